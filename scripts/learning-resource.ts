/**
 * What search engines and learning platforms read about the lesson: a schema.org LearningResource
 * (JSON-LD) in the built site's head, made at build from the deck's headmatter and data/ (the
 * objectives, the plans' minutes, the licence, the essay), so that it says what the lesson is today.
 */
import type { Plugin } from 'vite'
import { lessonLicences } from '../data/credits.ts'
import { deckPlans } from '../data/lesson.ts'
import { lessonName } from '../data/materials.ts'
import { objectives } from '../data/objectives.ts'
import { sources } from '../data/sources.ts'
import { deckDescription } from './deck-source.ts'

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "June 2011" as ISO 8601: "2011-06". */
export function isoMonth(date: string): string {
  const [month, year] = date.split(' ')
  const number = months.indexOf(month ?? '') + 1
  if (number === 0 || !/^\d{4}$/.test(year ?? ''))
    throw new RangeError(`not a month and year: "${date}"`)
  return `${year}-${String(number).padStart(2, '0')}`
}

/** 151 minutes as ISO 8601: "PT2H31M". */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  return `PT${hours > 0
    ? `${hours}H`
    : ''}${minutes % 60}M`
}

export function learningResource(root: string): Record<string, unknown> {
  const { essay } = sources
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    'name': lessonName,
    'description': deckDescription(root).description,
    'teaches': objectives,
    'educationalLevel': 'Upper secondary (ages 16-18) or first-year university',
    // Every plan of the deck: the two lessons in class and the self-study after them.
    'timeRequired': isoDuration(deckPlans.reduce((sum, { plan }) => sum + plan.minutes, 0)),
    'license': lessonLicences.content.url,
    'inLanguage': 'en',
    'learningResourceType': [
      'lesson plan',
      'presentation',
      'worksheet',
      'assessment',
    ],
    'educationalUse': ['classroom', 'self-study'],
    'audience': {
      '@type': 'EducationalAudience',
      'educationalRole': ['student', 'teacher'],
    },
    'isBasedOn': {
      '@type': 'Article',
      'name': essay.title,
      'url': `https://${essay.address}`,
      'author': { '@type': 'Organization', 'name': essay.author },
      'publisher': { '@type': 'Organization', 'name': essay.publishedIn },
      'datePublished': isoMonth(essay.date),
    },
  }
}

/** Puts the LearningResource into the built index.html's head. */
export function learningResourceHead(root: string): Plugin {
  return {
    name: 'sco-learning-resource',
    transformIndexHtml: () => [
      {
        tag: 'script',
        attrs: { type: 'application/ld+json' },
        // `<` escaped, so that no text in the data can close the script element.
        children: JSON.stringify(learningResource(root), null, 2).replace(/</g, '\\u003c'),
        injectTo: 'head',
      },
    ],
  }
}
