/**
 * Printed words with figures in them, kept apart until they are rendered. A sentence that states a
 * count names the figure record, never its number:
 *
 *   phrase`The shared blacklist holds ${blacklistOrganizations} organizations.`
 *
 * and the component or script that prints it composes the words (`sentence` in lib/format.ts:
 * "… holds at least 42 organizations."). data/ formats nothing itself.
 */
import type { CountFigure } from './types'

/** A figure inside a phrase: its qualifier and number ("at least 42"), and with `withWhat` what it counts. */
export interface FigureMention {
  readonly figure: Pick<CountFigure, 'value' | 'qualifier' | 'what'>
  readonly withWhat: boolean
}

/** Words and figures in reading order. */
export interface Phrase {
  readonly parts: readonly (string | FigureMention)[]
}

/** What data/ gives to print: plain words, or words with figures in them. */
export type Printed = string | Phrase

/** "at least 42 organizations on the shared blacklist": the count followed by what it counts. */
export function withWhat(figure: FigureMention['figure']): FigureMention {
  return { figure, withWhat: true }
}

function isMention(value: FigureMention | FigureMention['figure']): value is FigureMention {
  return 'withWhat' in value
}

/** A tagged template: the words as written, each `${figure}` kept as the record it names. */
export function phrase(words: TemplateStringsArray, ...figures: (FigureMention | FigureMention['figure'])[]): Phrase {
  const parts: (string | FigureMention)[] = []
  words.forEach((word, index) => {
    if (word !== '')
      parts.push(word)
    const figure = figures[index]
    if (figure) {
      parts.push(isMention(figure)
        ? figure
        : { figure, withWhat: false })
    }
  })
  return { parts }
}
