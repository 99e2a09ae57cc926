/**
 * Inside a learning platform (a SCORM 1.2 `API` on a parent or opener window), the deck keeps its
 * record there: furthest slide reached, self-check answers, score and status, and on launch goes
 * back to where the learner stopped. Outside one it does nothing. Called from setup/main.ts.
 */
import type { Router } from 'vue-router'
import type { DeckIndex } from '../lib/slide-link'
import { watch } from 'vue'
import { questions } from '../data/questions'
import { findScormApi, ScormConnection, ScormLessonRecord, slideAt } from '../lib/scorm'
import { selfCheckProgress } from '../lib/self-check-progress'
import { slidePath } from '../lib/slide-link'

export function keepRecordInLearningPlatform(router: Router, deckIndex: () => DeckIndex): void {
  if (typeof window === 'undefined')
    return
  const api = findScormApi(window)
  if (!api)
    return
  const record = new ScormLessonRecord(new ScormConnection(api), questions, deckIndex)
  const started = record.start()
  if (!started)
    return
  selfCheckProgress.restore(started.answers)
  selfCheckProgress.setKeptByPlatform(true)
  watch(() => selfCheckProgress.answers, answers => record.answersChanged(answers))

  function slideOf(route: { name?: unknown, params: Record<string, unknown> }): number | undefined {
    const param = route.params.no
    return route.name === 'play' && typeof param === 'string'
      ? slideAt(param, deckIndex())
      : undefined
  }

  router.afterEach((to) => {
    const no = slideOf(to)
    if (no !== undefined)
      record.reachSlide(no)
  })
  router.isReady().then(() => {
    const resumeAt = started.resumeAt
    if (resumeAt !== undefined && resumeAt > 1 && slideOf(router.currentRoute.value) === 1)
      return router.replace(slidePath(resumeAt, deckIndex(), false))
  }).catch(() => {})

  window.addEventListener('pagehide', () => record.finish())
}
