/**
 * The students' and teacher's materials, each printed from `#/handout/<slug>` (contract between the
 * lesson, PDF and reading-view work; the lesson engineer owns this list and fills it).
 */
export interface Material {
  slug: string
  title: string
  audience: 'student' | 'teacher'
  description: string
}

export const materials: readonly Material[] = []
