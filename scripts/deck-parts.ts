import type { LessonPart } from '../data/lesson.ts'
import { basename, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

/**
 * The heading each slide's part of the lesson gets in the printed outline, by slide (index 0 is
 * slide 1): "Part 3 · Growth beyond expectations" for a slide of an agenda part's pages/ file; the
 * file's name in words ("Reference") for a pages/ file outside the agenda; null for a slide of
 * slides.md itself (the cover, which carries the deck's own title).
 */
export function partHeadings(slideFiles: readonly string[], agenda: readonly LessonPart[], entry = 'slides.md'): (string | null)[] {
  return slideFiles.map((file) => {
    if (file === entry)
      return null
    const index = agenda.findIndex(part => part.page === file)
    if (index >= 0)
      return `Part ${index + 1} · ${agenda[index]!.title}`
    const words = file.replace(/\.md$/, '').replace(/^\d+-/, '').replace(/-/g, ' ')
    return words.charAt(0).toUpperCase() + words.slice(1)
  })
}

/** The file (`slides.md` or a pages/ file name) of every slide of the deck at `root`, in deck order. */
export async function slideFiles(root: string): Promise<string[]> {
  const data = await load({
    userRoot: root,
    roots: [root],
  }, resolve(root, 'slides.md'))
  return data.slides.map(slide => basename(slide.source.filepath))
}
