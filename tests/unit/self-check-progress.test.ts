import { describe, expect, it } from 'vitest'
import { nextTick, watch } from 'vue'
import { createSelfCheckProgress } from '../../lib/self-check-progress'

describe('self-check progress', () => {
  it('keeps the first option checked for each question', () => {
    const progress = createSelfCheckProgress()
    progress.record('un-embrace', 'standards-met')
    progress.record('un-embrace', 'legitimacy')
    expect(progress.answerOf('un-embrace')).toBe('standards-met')
    expect(progress.answerOf('origins-bargain')).toBeUndefined()
  })

  it('is restored wholesale, and tells a watcher of every change', async () => {
    const progress = createSelfCheckProgress()
    const seen: number[] = []
    watch(() => progress.answers, answers => seen.push(answers.size))
    progress.restore([
      ['un-embrace', 'legitimacy'],
      ['origins-bargain', 'anti-nato'],
    ])
    await nextTick()
    progress.record('growth-why-it-matters', 'weight')
    await nextTick()
    expect(seen).toEqual([2, 3])
    expect(progress.answers).toEqual(new Map([
      ['un-embrace', 'legitimacy'],
      ['origins-bargain', 'anti-nato'],
      ['growth-why-it-matters', 'weight'],
    ]))
  })

  it('is kept by no platform until one says so', () => {
    const progress = createSelfCheckProgress()
    expect(progress.keptByPlatform).toBe(false)
    progress.setKeptByPlatform(true)
    expect(progress.keptByPlatform).toBe(true)
  })
})
