import type { ParagraphNumber } from './essay'
import type { SourceId } from './sources'
import type { CountFigure, Verification } from './types'

/** The paragraph in which the essay cites the joint exercises. */
export const exercisesParagraph: ParagraphNumber = 5

/** A joint exercise the essay cites (¶5), beside what other sources found. */
export interface Exercise {
  readonly year: number
  readonly name: string
  readonly essaySays: string
  readonly checked: string
  readonly verification: Verification
  readonly troops?: CountFigure
  readonly sources: readonly SourceId[]
}

export const exercises: readonly Exercise[] = [
  {
    year: 2002,
    name: 'China–Kyrgyzstan exercise',
    essaySays: 'Several hundred Chinese and Kyrgyz soldiers on Kyrgyz soil; China’s first joint exercise with another country in decades.',
    checked: '10–11 October 2002 near the Irkeshtam crossing, partly staged in Xinjiang; other SCO states observed.',
    verification: 'confirmed',
    troops: {
      what: 'troops',
      value: 300,
      qualifier: 'about',
      source: 'yaleGlobalExercise2002',
      verification: 'confirmed',
      asOf: 'October 2002',
    },
    sources: ['yaleGlobalExercise2002', 'hricExercises'],
  },
  {
    year: 2003,
    name: '“Coalition-2003”',
    essaySays: 'China’s first multinational exercise on its own territory: more than a thousand Chinese and Kyrgyz troops, with Russia, Kazakhstan and Tajikistan observing.',
    checked: '6–12 August 2003, held in Kazakhstan (Ucharal) as well as Xinjiang (Ili); Russia, Kazakhstan and Tajikistan took part rather than only observing.',
    verification: 'partly contradicted',
    troops: {
      what: 'troops',
      value: 1300,
      qualifier: 'about',
      source: 'scioCoalition2003',
      verification: 'confirmed',
      asOf: 'August 2003',
    },
    sources: ['hricExercises', 'scioCoalition2003'],
  },
  {
    year: 2005,
    name: '“Peace Mission 2005”',
    essaySays: 'A bilateral Sino-Russian exercise, “supposedly directed against terrorists”.',
    checked: '18–25 August 2005, Vladivostok and Shandong.',
    verification: 'confirmed',
    sources: ['peaceMission2005'],
  },
  {
    year: 2007,
    name: '“Peace Mission 2007”',
    essaySays: 'A multilateral SCO exercise.',
    checked: '9–17 August 2007 at Chebarkul, Russia; the first with all six members.',
    verification: 'confirmed',
    troops: {
      what: 'troops',
      value: 6500,
      qualifier: 'about',
      source: 'peaceMission2007',
      verification: 'confirmed',
      asOf: 'August 2007',
    },
    sources: ['peaceMission2007'],
  },
]
