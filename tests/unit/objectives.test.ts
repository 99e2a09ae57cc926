import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { objectives } from '../../data/objectives'

describe('the lesson\'s objectives', () => {
  it('are the five the exit tickets assess, each led by what students do', () => {
    expect(objectives.map(objective => objective.verb)).toEqual([
      'Summarize',
      'Explain',
      'Trace',
      'State',
      'Argue',
    ])
  })

  it('are the ones TEACHING.md words for the teacher, in the same order', () => {
    const guide = readFileSync(resolve(import.meta.dirname, '../../TEACHING.md'), 'utf8')
    const section = guide.split('## Learning objectives')[1]!.split('\n## ')[0]!
    const listed = [
      ...section.matchAll(/^\d+\. (\w+)/gm),
    ].map(match => match[1])
    expect(listed).toEqual(objectives.map(objective => objective.verb.toLowerCase()))
  })
})
