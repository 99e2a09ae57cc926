import type { SourceId } from '../../data/sources'
import { describe, expect, it } from 'vitest'
import { orderSources, sourceBlocks } from '../../lib/source-groups'

// Ids are cast: the grouping reads them as names, whatever the table holds.
const ids = (...names: string[]) => names as SourceId[]

const allIds = ids('essay', 'boland', 'hricWhitePaper', 'claimA', 'claimB', 'shanghaiConvention', 'scoThreeEvils', 'cgtnThreeEvils', 'hricThreeEvils', 'refugeeConvention', 'unhcrNonRefoulement', 'fidh2012', 'later')
const claims = [
  {
    sources: ids('claimB', 'essay'),
  },
  {
    sources: ids('claimA', 'claimB'),
  },
  { sources: [] },
]

describe('orderSources', () => {
  it('puts the essay group first, then the claims\' sources in the order of the claims, background, the SCO\'s own words, then the rest', () => {
    expect(orderSources(allIds, claims).map(item => `${item.group}:${item.id}`)).toEqual([
      'essay:essay',
      'essay:boland',
      'essay:bolandPaper',
      'essay:hricWhitePaper',
      'claims:claimB',
      'claims:claimA',
      'background:shanghaiConvention',
      'background:scoThreeEvils',
      'background:cgtnThreeEvils',
      'background:hricThreeEvils',
      'background:refugeeConvention',
      'background:unhcrNonRefoulement',
      'background:fidh2012',
      'background:eurasianetFidh',
      'background:rferlFidh',
      'background:rfaFidh',
      'voices:convention2009',
      'voices:scoStatement2017',
      'voices:alimov2017',
      'voices:kazakhAssurances',
      'voices:chinaOnIsrail',
      'since:later',
    ])
  })
})

describe('sourceBlocks', () => {
  const ordered = orderSources(allIds, claims)

  it('gathers one part under its groups', () => {
    expect(sourceBlocks(ordered, 1, 1).map(block => [block.group, block.ids.length, block.continued])).toEqual([
      ['essay', 4, false],
      ['claims', 2, false],
      ['background', 10, false],
      ['voices', 5, false],
      ['since', 1, false],
    ])
  })

  it('says a group is continued when the previous part cut it', () => {
    const second = sourceBlocks(ordered, 2, 2)
    expect(second[0]).toEqual({
      group: 'background',
      continued: true,
      ids: ids('unhcrNonRefoulement', 'fidh2012', 'eurasianetFidh', 'rferlFidh', 'rfaFidh'),
    })
    expect(second.slice(1).map(block => block.continued)).toEqual([false, false])
  })

  it('does not call a group continued when the part starts with it', () => {
    const parts = sourceBlocks(ordered.slice(0, 8), 2, 2)
    expect(parts[0]).toEqual({
      group: 'claims',
      continued: false,
      ids: ids('claimB', 'claimA'),
    })
  })
})
