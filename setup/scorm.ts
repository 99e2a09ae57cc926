/**
 * Inside a learning platform (a SCORM 1.2 `API` on a parent or opener window), the deck keeps its
 * record there: furthest slide reached, self-check answers, score and status, and on launch goes
 * back to where the learner stopped. Outside one it does nothing. Called from setup/main.ts.
 */
import type { Router } from 'vue-router'
import type { Question } from '../data/questions'
import type { Scorm12Api } from '../lib/scorm'
import type { DeckIndex } from '../lib/slide-link'
import { watch } from 'vue'
import { findScormApi, ScormConnection, ScormLessonRecord, slideAt } from '../lib/scorm'
import { selfCheckProgress } from '../lib/self-check-progress'
import { slidePath } from '../lib/slide-link'

export function keepRecordInLearningPlatform(router: Router, deckIndex: () => DeckIndex): void {
  if (typeof window === 'undefined')
    return
  const api = findScormApi(window)
  if (!api)
    return
  // The question bank is fetched only inside a platform: outside one, the first slide does not need it.
  import('../data/questions')
    .then(({ questions }) => keepRecord(api, questions, router, deckIndex))
    .catch(error => console.warn('SCORM: the self-check questions did not load; no record is kept.', error))
}

function keepRecord(api: Scorm12Api, questions: readonly Question[], router: Router, deckIndex: () => DeckIndex): void {
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
