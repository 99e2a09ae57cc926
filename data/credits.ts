import { sources } from './sources'

/**
 * Who made what in the lesson, and under which licence each part may be reused. The licences of
 * the npm packages are those their own package.json declares (tests/unit/credits.test.ts checks).
 */

/** The lesson's own licences: the teaching materials and the code. */
export const lessonLicences = {
  content: {
    name: 'Creative Commons Attribution 4.0 International',
    spdx: 'CC-BY-4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    covers: 'The teaching materials: slide text, notes, handouts, questions, glossary and the data in data/, except where a credit below says otherwise.',
  },
  code: {
    name: 'MIT License',
    spdx: 'MIT',
    url: 'https://opensource.org/licenses/MIT',
    covers: 'The code: components, lib, scripts, tests, setup and configuration.',
  },
} as const

/** How to credit the lesson when reusing it, as CC BY 4.0 asks. */
export const suggestedAttribution = '“Reading ‘The Dubious Agenda of the SCO’”, a lesson by the SCO essay teaching module contributors, CC BY 4.0. Changes: [say what you changed].'

export interface Credit {
  readonly work: string
  readonly by: string
  /** The licence, as a reader would name it. */
  readonly licence: string
  /** Its SPDX identifier, where it has one: what the packages' own package.json must declare. */
  readonly spdx?: string
  /** The npm packages it comes in, whose package.json states the licence. */
  readonly npmPackages?: readonly string[]
  readonly usedFor: string
}

const { essay } = sources

export const credits: readonly Credit[] = [
  {
    work: `“${essay.title}” (${essay.publishedIn}, ${essay.date}), ${essay.address}`,
    by: `${essay.author}: ${essay.voice}`,
    licence: 'Not covered by this lesson’s licence: rights remain with their holders',
    usedFor: 'The essay the lesson teaches. It is not reproduced: read it at its address. The deck quotes it only in short quotations, each attributed in place to the essay or to the person the essay quotes, with its paragraph (¶N). Every other source, with the kind of voice it is, is listed in the reading view’s sources and in the claims handout.',
  },
  {
    work: 'Natural Earth, Admin 0 country boundaries (1:50m)',
    by: 'Natural Earth, via the world-atlas package by Mike Bostock (package: ISC)',
    licence: 'Public domain',
    usedFor: 'The country shapes of the member map.',
  },
  {
    work: 'Source Sans 3, Source Serif 4, Source Code Pro',
    by: 'Adobe, packaged by Fontsource',
    licence: 'SIL Open Font License 1.1',
    spdx: 'OFL-1.1',
    npmPackages: ['@fontsource/source-sans-3', '@fontsource/source-serif-4', '@fontsource/source-code-pro'],
    usedFor: 'The typefaces of the slides, the PDFs and these handouts.',
  },
  {
    work: 'Carbon icons',
    by: 'IBM, via @iconify-json/carbon',
    licence: 'Apache License 2.0',
    spdx: 'Apache-2.0',
    npmPackages: ['@iconify-json/carbon'],
    usedFor: 'Icons in the slides.',
  },
  {
    work: 'Phosphor icons',
    by: 'Phosphor Icons, via @iconify-json/ph',
    licence: 'MIT License',
    spdx: 'MIT',
    npmPackages: ['@iconify-json/ph'],
    usedFor: 'Icons in the slides.',
  },
  {
    work: 'Slidev',
    by: 'Anthony Fu and contributors',
    licence: 'MIT License',
    spdx: 'MIT',
    npmPackages: ['@slidev/cli'],
    usedFor: 'The slide framework.',
  },
  {
    work: 'Vue',
    by: 'Evan You and contributors',
    licence: 'MIT License',
    spdx: 'MIT',
    npmPackages: ['vue'],
    usedFor: 'The components.',
  },
  {
    work: 'd3-geo and topojson-client',
    by: 'Mike Bostock and contributors',
    licence: 'ISC License',
    spdx: 'ISC',
    npmPackages: ['d3-geo', 'topojson-client'],
    usedFor: 'Drawing the map.',
  },
]
