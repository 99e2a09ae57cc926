/** Written by scripts/lean-first-slide.ts: each slide's notes as HTML, in slide order. */
declare module 'virtual:deck-notes' {
  const notes: readonly string[]
  export default notes
}
