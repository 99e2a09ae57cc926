/**
 * Every slide's speaker notes, out of the first slide's download: the build
 * (scripts/lean-first-slide.ts) leaves each slide's `noteHTML` reading `slideNote()`, and the
 * notes themselves in a chunk of their own, fetched the first time any note is read. Until it
 * arrives a note reads as empty and whatever shows it renders again once it has come.
 */
import type { Router } from 'vue-router'
import { shallowRef } from 'vue'

const notes = shallowRef<readonly string[]>()
let loading: Promise<void> | undefined

export function loadNotes(): Promise<void> {
  loading ??= import('virtual:deck-notes').then(({ default: html }) => {
    notes.value = html
  })
  return loading
}

/** The notes of the slide at this index (0-based), rendered to HTML at build time. */
export function slideNote(index: number): string {
  if (!notes.value) {
    void loadNotes()
    return ''
  }
  return notes.value[index] ?? ''
}

/**
 * The words of the slide's notes without their markup, for what reads the notes as text (the overview's
 * word count and its "no notes" fading, which Slidev bases on the notes' Markdown that the build leaves out).
 */
export function slideNoteText(index: number): string {
  return slideNote(index)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#\d+|\w+);/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Every view but the slides themselves (presenter, notes, overview, print, handouts) opens with
 * the notes already there, so what prints or reads them never sees them missing.
 */
export function notesBeforeOtherViews(router: Router): void {
  router.beforeEach((to) => {
    if (to.name === 'play')
      return true
    return loadNotes().then(() => true)
  })
}
