/**
 * The sources list's groups: the essay and what it answers, the sources on the essay's claims (in the
 * order of the claims they check), background, the SCO's and its members' own words, then everything
 * else as "since 2011"; and one part of
 * that list, gathered under its groups, for a list spread over several slides.
 */
import type { SourceId } from '../data/sources'
import { partOf } from './paging'

export type SourceGroup = 'essay' | 'claims' | 'background' | 'voices' | 'since'

export interface GroupedSource {
  readonly id: SourceId
  readonly group: SourceGroup
}

export interface SourceBlock {
  readonly group: SourceGroup
  /** The group began on the previous part. */
  readonly continued: boolean
  readonly ids: readonly SourceId[]
}

const essayGroup: readonly SourceId[] = [
  'essay',
  'boland',
  'bolandPaper',
  'hricWhitePaper',
]

const backgroundGroup: readonly SourceId[] = [
  'shanghaiConvention',
  'scoThreeEvils',
  'cgtnThreeEvils',
  'hricThreeEvils',
  'refugeeConvention',
  'unhcrNonRefoulement',
  'fidh2012',
  'eurasianetFidh',
  'rferlFidh',
  'rfaFidh',
]

/** The SCO and its members' governments, heard in their own words (data/voices.ts). */
const voicesGroup: readonly SourceId[] = [
  'convention2009',
  'scoStatement2017',
  'alimov2017',
  'kazakhAssurances',
  'chinaOnIsrail',
]

/** Every source of `allIds` once, grouped, the groups in order. */
export function orderSources(allIds: readonly SourceId[], claims: readonly { readonly sources: readonly SourceId[] }[]): GroupedSource[] {
  const claimsGroup = [
    ...new Set(claims.flatMap(claim => claim.sources)),
  ].filter(id => !essayGroup.includes(id))
  const sinceGroup = allIds.filter(id => ![
    ...essayGroup,
    ...claimsGroup,
    ...backgroundGroup,
    ...voicesGroup,
  ].includes(id))
  return [
    ...essayGroup.map(id => ({ id, group: 'essay' as const })),
    ...claimsGroup.map(id => ({ id, group: 'claims' as const })),
    ...backgroundGroup.map(id => ({ id, group: 'background' as const })),
    ...voicesGroup.map(id => ({ id, group: 'voices' as const })),
    ...sinceGroup.map(id => ({ id, group: 'since' as const })),
  ]
}

/** Part `part` of `parts` of the ordered list, gathered under its groups; a group cut by the previous part says so. */
export function sourceBlocks(ordered: readonly GroupedSource[], part: number, parts: number): SourceBlock[] {
  const shown = partOf(ordered, part, parts)
  const first = shown[0]
  const before = first === undefined
    ? undefined
    : ordered[ordered.indexOf(first) - 1]
  const blocks: { group: SourceGroup, continued: boolean, ids: SourceId[] }[] = []
  for (const { id, group } of shown) {
    const last = blocks.at(-1)
    if (last?.group === group) {
      last.ids.push(id)
    }
    else {
      blocks.push({
        group,
        continued: blocks.length === 0 && before?.group === group,
        ids: [id],
      })
    }
  }
  return blocks
}
