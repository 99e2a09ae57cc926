import type { CheckedClaim } from '../../data/claims'
import type { Quotation, Speaker } from '../../data/essay'
import type { Source } from '../../data/sources'
import type { VoiceQuotation } from '../../data/voices'
import type { DeckRecords } from '../../scripts/source-check'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { checkSources, claimProblems, copiedProblems, numberedParagraphs, quotationProblems, rowAddresses, sentenceAround, standpointProblems, standpoints, textsAroundProblems, voiceQuotationProblems, withheldProblems } from '../../scripts/source-check'

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

## The texts around the essay (where to read them)

| What | What the source says | Source |
|---|---|---|
| The essay itself | Published by the Harbour Trust | example.org/essay ; mirror.example.net/essay |
| Ms. Ozola's speech, the essay's target | She called the plan "a door to the sea" | example.org/ozola-speech ; archive.example.com/ozola |

## The council's own case, in their words

| Speaker, date | What they say | Source |
|---|---|---|
| The council, 3 April | the plan "will be paid for by the port fees" | example.org/riga |
| The port authority, May (the Gazette) | ships “won’t be turned away” | port.example.com/news/may (a repost; cite as the Gazette) |

Standpoints: the Harbour Trust and Friends of the Bay are harbour advocacy groups (and allied); RFE/RL and RFA are
U.S.-government-funded broadcasters; example.net speaks for the SCO or member governments; the Gazette is a
news agency. A lesson that labels one standpoint should label every source's.
`

const sources: Record<string, Source> = {
  riga: {
    title: 'Council minutes',
    author: 'The council',
    date: 'n.d.',
    address: 'example.org/riga',
    usedFor: 'the meeting',
    voice: 'the SCO or a government',
  },
  minutes: {
    title: 'More minutes',
    author: 'A paper',
    date: 'n.d.',
    address: 'example.net/minutes',
    usedFor: 'the meeting',
    voice: 'the SCO or a government',
  },
  essay: {
    title: 'A Plan for the Harbour',
    author: 'The Harbour Trust',
    date: 'n.d.',
    address: 'example.org/essay',
    usedFor: 'the essay',
    voice: 'advocacy group',
  },
  ozola: {
    title: 'A speech',
    author: 'Ms. Ozola',
    date: 'n.d.',
    address: 'example.org/ozola-speech',
    usedFor: 'the speech the essay answers',
    voice: 'think tank',
  },
  rferl: {
    title: 'A report',
    author: 'Radio Free Europe/Radio Liberty',
    date: 'n.d.',
    address: 'archive.example.com/rferl',
    usedFor: 'a report',
    voice: 'state-funded broadcaster',
  },
  rfa: {
    title: 'Another report',
    author: 'Staff reporters',
    date: 'n.d.',
    address: 'rfa.org/english/1',
    usedFor: 'another report',
    voice: 'state-funded broadcaster',
  },
  portNews: {
    title: 'The port authority on ships',
    author: 'The Gazette (a repost on port.example.com)',
    date: 'n.d.',
    address: 'port.example.com/news/may',
    usedFor: 'the port authority\'s words',
    voice: 'news agency',
  },
  gazetteer: {
    title: 'A gazetteer of the coast',
    author: 'The Gazetteer',
    date: 'n.d.',
    address: 'gazetteer.example.com',
    usedFor: 'place names',
    voice: 'research',
  },
}

const voiceQuotations: Record<string, VoiceQuotation> = {
  ozolaDoor: {
    speaker: 'Ms. Ozola',
    date: 'n.d.',
    text: 'a door to the sea',
    context: 'the plan',
    source: 'ozola' as never,
  },
  councilFees: {
    speaker: 'The council',
    date: '3 April',
    text: 'will be paid for by the port fees',
    context: 'the cost',
    source: 'riga' as never,
  },
  portShips: {
    speaker: 'The port authority',
    date: 'May',
    text: 'won\'t be turned away',
    context: 'ships',
    source: 'portNews' as never,
  },
}

function withVoiceQuotation(id: string, change: Partial<VoiceQuotation>): Record<string, VoiceQuotation> {
  return {
    ...voiceQuotations,
    [id]: {
      ...voiceQuotations[id] ?? voiceQuotations.councilFees!,
      ...change,
    },
  }
}

function withSource(id: string, change: Partial<Source>): Record<string, Source> {
  return {
    ...sources,
    [id]: {
      ...sources[id]!,
      ...change,
    },
  }
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
      voiceQuotations,
      files: [],
    }
    expect(checkSources({ essay, factSheet }, records)).toEqual([
      'Claim 2 (Claim 2): "More than 12" is not how the essay words it',
    ])
  })
})

describe('the texts around the essay', () => {
  /** The made-up records and two changed copies of them, each with what the check says of it. */
  const cases = [
    {
      does: 'passes when each can be read at an address a source record has: the first its row gives',
      records: sources,
      problems: [],
    },
    {
      does: 'fails naming the row whose place to read it no source record has',
      records: withSource('essay', { address: 'example.org/essay-copy' }),
      problems: ['The essay itself: data/sources.ts cites no source at example.org/essay'],
    },
    {
      does: 'counts only the first address: a record at the row\'s second address is not the place to read it',
      records: withSource('ozola', { address: 'archive.example.com/ozola' }),
      problems: ['Ms. Ozola\'s speech, the essay\'s target: data/sources.ts cites no source at example.org/ozola-speech'],
    },
  ]
  for (const { does, records, problems } of cases) {
    it(does, () => {
      expect(textsAroundProblems(factSheet, records)).toEqual(problems)
    })
  }

  it('fails on a fact sheet without the section', () => {
    const without = factSheet.replace('## The texts around the essay', '## Other texts')
    expect(textsAroundProblems(without, sources)).toEqual([
      'fact-check.md has no table under "The texts around the essay"',
    ])
  })

  it('read a Source cell\'s addresses without splitting a bracketed note at its ";"', () => {
    expect(rowAddresses('port.example.com/news/may (a repost; cite as the Gazette) ; example.org/riga')).toEqual([
      'port.example.com/news/may (a repost; cite as the Gazette)',
      'example.org/riga',
    ])
    expect(rowAddresses('—')).toEqual([])
  })
})

describe('the other voices\' quotations', () => {
  it('pass when each is word for word inside quotation marks in a row that cites its source, curly or straight', () => {
    expect(voiceQuotationProblems(factSheet, { voiceQuotations, sources })).toEqual([])
  })

  it('fail on a quotation changed by one word, naming it', () => {
    const changed = withVoiceQuotation('councilFees', { text: 'will be paid by the port fees' })
    expect(voiceQuotationProblems(factSheet, { voiceQuotations: changed, sources })).toEqual([
      'Voice quotation "councilFees" (“will be paid by the port fees”): not word for word in the fact sheet',
    ])
  })

  it('fail on a quotation cut inside a word', () => {
    const cut = withVoiceQuotation('councilFees', { text: 'ill be paid for' })
    expect(voiceQuotationProblems(factSheet, { voiceQuotations: cut, sources })).toEqual([
      'Voice quotation "councilFees" (“ill be paid for”): not word for word in the fact sheet',
    ])
  })

  it('fail on the fact sheet\'s own words, outside quotation marks', () => {
    const paraphrase = withVoiceQuotation('trust', { speaker: 'The Harbour Trust', text: 'Published by the Harbour Trust', source: 'essay' as never })
    expect(voiceQuotationProblems(factSheet, { voiceQuotations: paraphrase, sources })).toEqual([
      'Voice quotation "trust" (“Published by the Harbour Trust”): in the fact sheet, but not inside quotation marks in a row of its tables: the sheet does not give these as anyone\'s words',
    ])
  })

  it('fail on a quotation whose source its row does not cite, though another row does', () => {
    const elsewhere = withVoiceQuotation('councilFees', { source: 'ozola' as never })
    expect(voiceQuotationProblems(factSheet, { voiceQuotations: elsewhere, sources })).toEqual([
      'Voice quotation "councilFees" (“will be paid for by the port fees”): its source "ozola" (example.org/ozola-speech) is not one the fact sheet cites for these words (example.org/riga)',
    ])
  })

  it('fail on a quotation whose source record is unknown or has no address', () => {
    const unknown = withVoiceQuotation('councilFees', { source: 'nowhere' as never })
    expect(voiceQuotationProblems(factSheet, { voiceQuotations: unknown, sources })).toEqual([
      'Voice quotation "councilFees" (“will be paid for by the port fees”): unknown source "nowhere"',
    ])
    const printOnly = withSource('riga', { address: undefined })
    expect(voiceQuotationProblems(factSheet, { voiceQuotations, sources: printOnly })).toEqual([
      'Voice quotation "councilFees" (“will be paid for by the port fees”): its source "riga" has no address to match the fact sheet\'s',
    ])
  })
})

describe('the standpoints', () => {
  it('read the "Standpoints:" paragraph as the sources it names and the kind of voice it gives them', () => {
    expect(standpoints(factSheet)).toEqual([
      {
        clause: 'the Harbour Trust and Friends of the Bay are harbour advocacy groups (and allied)',
        names: ['Harbour Trust', 'Friends of the Bay'],
        wording: 'are harbour advocacy groups (and allied)',
        voice: 'advocacy group',
      },
      {
        clause: 'RFE/RL and RFA are U.S.-government-funded broadcasters',
        names: ['RFE/RL', 'RFA'],
        wording: 'are U.S.-government-funded broadcasters',
        voice: 'state-funded broadcaster',
      },
      {
        clause: 'example.net speaks for the SCO or member governments',
        names: ['example.net'],
        wording: 'speaks for the SCO or member governments',
        voice: 'the SCO or a government',
      },
      {
        clause: 'the Gazette is a news agency',
        names: ['Gazette'],
        wording: 'is a news agency',
        voice: 'news agency',
      },
    ])
  })

  it('do not end a sentence at an abbreviation such as "U.S."', () => {
    const abbreviated = factSheet.replace('the Gazette is a\nnews agency', 'the Gazette is a U.S. Wire-service news agency')
    expect(standpoints(abbreviated)?.at(-1)).toEqual({
      clause: 'the Gazette is a U.S. Wire-service news agency',
      names: ['Gazette'],
      wording: 'is a U.S. Wire-service news agency',
      voice: 'news agency',
    })
  })

  it('pass when every source they name, by author or by site, has their kind of voice', () => {
    expect(standpointProblems(factSheet, sources)).toEqual([])
  })

  it('fail on a source named by its full name whose kind differs, naming the record, its kind and the sheet\'s', () => {
    expect(standpointProblems(factSheet, withSource('rferl', { voice: 'news outlet' }))).toEqual([
      'Source "rferl" (Radio Free Europe/Radio Liberty): data/sources.ts says "news outlet", the fact sheet\'s standpoints "state-funded broadcaster" (RFE/RL: "RFE/RL and RFA are U.S.-government-funded broadcasters")',
    ])
  })

  it('fail on a source named by its site, and on one named in its author, but not on a longer word', () => {
    const wrong = {
      ...withSource('minutes', { voice: 'news agency' }),
      rfa: { ...sources.rfa!, voice: 'news outlet' as const },
      portNews: { ...sources.portNews!, voice: 'news outlet' as const },
      gazetteer: { ...sources.gazetteer!, voice: 'advocacy group' as const },
    }
    expect(standpointProblems(factSheet, wrong)).toEqual([
      'Source "rfa" (Staff reporters): data/sources.ts says "news outlet", the fact sheet\'s standpoints "state-funded broadcaster" (RFA: "RFE/RL and RFA are U.S.-government-funded broadcasters")',
      'Source "minutes" (A paper): data/sources.ts says "news agency", the fact sheet\'s standpoints "the SCO or a government" (example.net: "example.net speaks for the SCO or member governments")',
      'Source "portNews" (The Gazette (a repost on port.example.com)): data/sources.ts says "news outlet", the fact sheet\'s standpoints "news agency" (Gazette: "the Gazette is a news agency")',
    ])
  })

  it('fail on a wording the check does not know, rather than guess its kind', () => {
    const wire = factSheet.replace('the Gazette is a\nnews agency', 'the Gazette is a wire service')
    expect(standpointProblems(wire, sources)).toEqual([
      'fact-check.md, Standpoints: "the Gazette is a wire service": the check does not know what kind of voice "is a wire service" is; add the wording to standpointWordings in scripts/source-check.ts',
    ])
    const negated = factSheet.replace('the Gazette is a\nnews agency', 'the Gazette is not a news agency')
    expect(standpointProblems(negated, sources)).toEqual([
      'fact-check.md, Standpoints: "the Gazette is not a news agency": the check does not know what kind of voice "is not a news agency" is; add the wording to standpointWordings in scripts/source-check.ts',
    ])
  })

  it('fail on a fact sheet without the paragraph', () => {
    expect(standpointProblems(factSheet.replace('Standpoints:', 'Voices:'), sources)).toEqual([
      'fact-check.md has no "Standpoints:" paragraph',
    ])
  })
})

describe('the whole check', () => {
  it('runs the checks of the texts around the essay, the other voices\' quotations and the standpoints too', () => {
    const records: DeckRecords = {
      ...deck,
      claims,
      sources: {
        ...withSource('essay', { address: 'example.org/essay-copy' }),
        gazetteer: { ...sources.gazetteer!, voice: 'advocacy group' },
        portNews: { ...sources.portNews!, voice: 'news outlet' },
      },
      voiceQuotations: withVoiceQuotation('councilFees', { text: 'will be paid by the port fees' }),
      files: [],
    }
    expect(checkSources({ essay, factSheet }, records)).toEqual([
      'The essay itself: data/sources.ts cites no source at example.org/essay',
      'Voice quotation "councilFees" (“will be paid by the port fees”): not word for word in the fact sheet',
      'Source "portNews" (The Gazette (a repost on port.example.com)): data/sources.ts says "news outlet", the fact sheet\'s standpoints "news agency" (Gazette: "the Gazette is a news agency")',
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
