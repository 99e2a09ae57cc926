/**
 * The presenter view's first layout, before a teacher resizes it: Slidev 53 (pages/presenter.vue) gives the
 * notes a 360 × 280 px corner under a large "next" preview, which shows six lines of notes; the notes are the
 * teacher's script, so here they take most of the right-hand column: on a 1920 × 1080 screen every slide's
 * notes fit without scrolling (styles/deck.css sets them a little tighter than Slidev's prose; the
 * presenter test in tests/e2e/deck.spec.ts holds it). Slidev keeps the sizes in these localStorage keys and
 * writes them when the teacher drags a resizer; only missing values are set, so a teacher's own layout is kept.
 */
export const presenterNotesDefaults = {
  'slidev-presenter-notes-width': 680,
  'slidev-presenter-notes-row-size': 760,
} as const

export function setPresenterNotesDefaults(storage: Pick<Storage, 'getItem' | 'setItem'>): void {
  for (const [key, value] of Object.entries(presenterNotesDefaults)) {
    if (storage.getItem(key) === null)
      storage.setItem(key, String(value))
  }
}
