/**
 * The students' and teacher's materials, each printed by the export (scripts/export-pdfs.ts) from its
 * route `#/handout/<slug>` to `<PDF base name>-<slug>.pdf`. The lesson engineer fills this list.
 */
export interface Material {
  slug: string
  title: string
  audience: 'student' | 'teacher'
  description: string
}

export const materials: readonly Material[] = []
