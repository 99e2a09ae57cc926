import type { CheckedClaim } from '../../data/claims'
import type { Quotation, Speaker } from '../../data/essay'
import type { Source } from '../../data/sources'
import type { DeckRecords } from '../../scripts/source-check'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { checkSources, claimProblems, copiedProblems, numberedParagraphs, quotationProblems, sentenceAround, withheldProblems } from '../../scripts/source-check'

/** A made-up essay, laid out as the course's essay is: title twice, a standfirst, three paragraphs. */
const title = 'A Plan for the Harbour'
const paragraphs = [
  'The council met in Riga last spring. Ms. Ozola said the new harbour plan would “open every door” for the town.',
  'The plan is costly and slow. Officials were told that objecting would “upset the neighbours.” We say the plan “cannot be rushed” by anyone.',
  'So the town must wait. Its “next steps” need care, and at least 12 boats and over 300 jobs depend on them.',
]
const essay = [
  title,
  title,
  'A standfirst the editors wrote.',
  '',
  ...paragraphs,
].join('\n\n')

const speakers: Record<string, Speaker> = {
  author: { name: 'the essay\'s author', citeAs: 'the essay' },
  ozola: { name: 'Ms. Ozola', citeAs: 'Ms. Ozola, quoted in the essay', attributedBy: 'Ozola' },
  officials: { name: 'the officials', citeAs: 'officials, as the essay reports them', attributedBy: 'were told' },
}

const quotations: Record<string, Quotation> = {
  openDoors: { text: 'open every door', paragraph: 1, speaker: 'ozola' as never },
  upset: { text: 'upset the neighbours.', paragraph: 2, speaker: 'officials' as never },
  rushed: { text: 'cannot be rushed', paragraph: 2, speaker: 'author' as never },
  nextSteps: { text: 'next steps', paragraph: 3, speaker: 'author' as never },
}

const deck = {
  essayTitle: title,
  paragraphCount: 3,
  quotations,
  speakers,
}

function withQuotation(id: string, change: Partial<Quotation>): typeof deck {
  return {
    ...deck,
    quotations: {
      ...quotations,
      [id]: {
        ...quotations[id]!,
        ...change,
      },
    },
  }
}

describe('the essay\'s numbered paragraphs', () => {
  it('leave out the title, printed twice, and the standfirst: ¶1 is the first paragraph after them', () => {
    const numbered = numberedParagraphs(essay, title)
    expect(numbered).toHaveLength(3)
    expect(numbered[0]).toMatch(/^The council met in Riga/)
    expect(numbered[2]).toMatch(/^So the town must wait/)
  })

  it('find the sentence around a quotation without ending it at "Ms."', () => {
    const text = numberedParagraphs(essay, title)[0]!
    expect(sentenceAround(text, text.indexOf('open every door'))).toBe('Ms. Ozola said the new harbour plan would "open every door" for the town.')
  })
})

describe('the quotation check', () => {
  it('passes when every quotation is word for word in its paragraph and attributed as the essay does', () => {
    expect(quotationProblems(essay, deck)).toEqual([])
  })

  it('fails on an essay cut short, naming the quotation from the missing paragraph', () => {
    const cut = [
      title,
      title,
      'A standfirst the editors wrote.',
      ...paragraphs.slice(0, 2),
    ].join('\n\n')
    const problems = quotationProblems(cut, deck)
    expect(problems).toContain('The essay has 2 numbered paragraphs, but data/essay.ts numbers 3: the essay is incomplete or the numbering has changed')
    expect(problems).toContain('Quotation "nextSteps" (“next steps”, ¶3): the essay has no ¶3 (only 2 paragraphs), and these words are nowhere in it: is the essay complete?')
    expect(problems).toHaveLength(2)
  })

  it('fails on a quotation changed by one word, naming it', () => {
    expect(quotationProblems(essay, withQuotation('openDoors', { text: 'open each door' }))).toEqual([
      'Quotation "openDoors" (“open each door”, ¶1): not word for word in ¶1 of the essay, nor anywhere else in it',
    ])
  })

  it('fails on a quotation given the wrong paragraph, naming the right one', () => {
    expect(quotationProblems(essay, withQuotation('rushed', { paragraph: 3 }))).toEqual([
      'Quotation "rushed" (“cannot be rushed”, ¶3): is in ¶2 of the essay, not ¶3',
    ])
  })

  it('fails when someone the essay quotes is credited to the essay\'s author', () => {
    expect(quotationProblems(essay, withQuotation('openDoors', { speaker: 'author' as never }))).toEqual([
      'Quotation "openDoors" (“open every door”, ¶1): attributed to the essay\'s author, but the essay gives these words to Ms. Ozola',
    ])
  })

  it('fails when a quotation is attributed to someone the essay does not give it to', () => {
    expect(quotationProblems(essay, withQuotation('upset', { speaker: 'ozola' as never }))).toEqual([
      'Quotation "upset" (“upset the neighbours.”, ¶2): attributed to Ms. Ozola, but the essay\'s sentence does not attribute them so (no "Ozola" in it)',
    ])
  })

  it('fails when the essay\'s own words are attributed to someone it quotes', () => {
    const own = {
      ...deck,
      quotations: {
        ...quotations,
        wait: { text: 'the town must wait', paragraph: 3 as const, speaker: 'ozola' as never },
      },
    }
    expect(quotationProblems(essay, own)).toEqual([
      'Quotation "wait" (“the town must wait”, ¶3): attributed to Ms. Ozola, but the essay does not put these words in quotation marks: they are the essay\'s own',
    ])
  })

  it('counts curly and straight quotation marks and apostrophes as the same', () => {
    const straight = essay.replace(/[“”]/g, '"')
    expect(quotationProblems(straight, deck)).toEqual([])
  })
})

const factSheet = `# A fact sheet

## The essay's claims, checked

| # | Claim in the essay | Status | What the sources say | Source |
|---|---|---|---|---|
| 1 | The council met in Riga | confirmed | Met on 3 April | example.org/riga ; example.net/minutes |
| 2 | At least 12 boats | unverified | No source found | — |
| 3 | Harbour law | unverified detail | Often given as law 12/34; not confirmed: do not print the law number | — |

## After the essay

| Year | Change | Source |
|---|---|---|
| 2020 | Something else | example.com |
`

const sources: Record<string, Source> = {
  riga: {
    title: 'Council minutes',
    author: 'The council',
    date: 'n.d.',
    address: 'example.org/riga',
    usedFor: 'the meeting',
  },
  minutes: {
    title: 'More minutes',
    author: 'A paper',
    date: 'n.d.',
    address: 'example.net/minutes',
    usedFor: 'the meeting',
  },
}

function claim(number: number, status: CheckedClaim['status'], cited: string[], text = 'A claim.'): CheckedClaim {
  return {
    number,
    label: `Claim ${number}`,
    claim: text,
    status,
    finding: '',
    sources: cited as never,
    paragraph: 1,
  } as CheckedClaim
}

const claims = [
  claim(1, 'confirmed', ['riga', 'minutes']),
  claim(2, 'unverified', [], 'At least 12 boats.'),
  claim(3, 'unverified', []),
]

describe('the claim check', () => {
  it('passes when every claim has the fact sheet\'s status and addresses', () => {
    expect(claimProblems(factSheet, { claims, sources })).toEqual([])
  })

  it('fails on a claim whose status differs from the fact sheet\'s, naming it', () => {
    const wrong = [
      claim(1, 'confirmed', ['riga', 'minutes']),
      claim(2, 'confirmed', []),
      claim(3, 'unverified', []),
    ]
    expect(claimProblems(factSheet, { claims: wrong, sources })).toEqual([
      'Claim 2 (Claim 2): data/claims.ts says "confirmed", the fact sheet "unverified"',
    ])
  })

  it('fails on a claim that lacks an address the fact sheet gives, and on a claim the sheet lacks', () => {
    const wrong = [
      claim(1, 'confirmed', ['riga']),
      claim(2, 'unverified', []),
      claim(3, 'unverified', []),
      claim(4, 'confirmed', []),
    ]
    expect(claimProblems(factSheet, { claims: wrong, sources })).toEqual([
      'Claim 1 (Claim 1): cites no source at example.net/minutes, which the fact sheet gives',
      'Claim 4 (Claim 4): in data/claims.ts, but not in the fact sheet',
    ])
  })

  it('fails on a file that prints a detail the fact sheet says not to print', () => {
    const files = [
      { name: 'pages/ok.md', text: 'No number here.' },
      { name: 'pages/bad.md', text: 'It was law 12/34.' },
    ]
    expect(withheldProblems(factSheet, files)).toEqual([
      'pages/bad.md: prints 12/34, which the fact sheet (claim 3) says not to print',
    ])
  })

  it('runs every check together, and fails on a qualifier the essay does not use', () => {
    const records: DeckRecords = {
      ...deck,
      claims: [
        claims[0]!,
        claim(2, 'unverified', [], 'More than 12 boats.'),
        claims[2]!,
      ],
      sources,
      files: [],
    }
    expect(checkSources({ essay, factSheet }, records)).toEqual([
      'Claim 2 (Claim 2): "More than 12" is not how the essay words it',
    ])
  })
})

describe('the own-words check', () => {
  it('fails on a file that copies ten words in a row from the essay, outside quotation marks', () => {
    const files = [
      { name: 'pages/own.md', text: 'The town council, we think, is in no hurry at all.' },
      { name: 'pages/quoted.md', text: 'The essay: "Officials were told that objecting would upset the neighbours."' },
      { name: 'pages/copied.md', text: 'Officials were told that objecting would upset the neighbours, we say.' },
    ]
    expect(copiedProblems(essay, files)).toEqual([
      'pages/copied.md: copies 10 words in a row from the essay outside quotation marks: "officials were told that objecting would upset the neighbours we"',
    ])
  })

  it('lets a work\'s title through', () => {
    const files = [
      { name: 'pages/title.md', text: 'Read the council met in Riga last spring Ms Ozola said, a report.' },
    ]
    expect(copiedProblems(essay, files, ['the council met in Riga last spring Ms Ozola said'])).toEqual([])
    expect(copiedProblems(essay, files)).toHaveLength(1)
  })
})

describe('npm run check:sources', () => {
  const script = resolve(import.meta.dirname, '../../scripts/check-sources.ts')

  it('stops with a clear message when the folder does not exist', () => {
    const missing = join(tmpdir(), 'no-such-source-folder')
    const run = spawnSync(process.execPath, [script, missing], { encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`check:sources: the folder ${missing} does not exist`)
  })

  it('stops with a clear message when the folder lacks the fact sheet', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sources-'))
    writeFileSync(join(folder, 'essay.txt'), essay)
    const run = spawnSync(process.execPath, [script, folder], { encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`check:sources: ${join(folder, 'fact-check.md')} is missing`)
  })

  it('fails naming the quotations that an essay without them lacks', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sources-'))
    writeFileSync(join(folder, 'essay.txt'), essay)
    writeFileSync(join(folder, 'fact-check.md'), factSheet)
    const run = spawnSync(process.execPath, [script, folder], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('Quotation "insiderAccess" (“insider access”, ¶8)')
  })
})
