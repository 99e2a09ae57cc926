/**
 * The learner's self-check answers, shared by every SelfCheck on every slide: the first option
 * checked for each question (the one that counts for the score; later tries only show feedback).
 * SelfCheck reports to it and, inside a learning platform, shows what it holds; setup/scorm.ts saves
 * it in the platform and restores it from there.
 */
import { computed, ref, shallowReactive } from 'vue'

export interface SelfCheckProgress {
  /** The option first checked for a question, if any. */
  answerOf: (questionId: string) => string | undefined
  /** Records a checked option, unless the question already has an answer. */
  record: (questionId: string, optionId: string) => void
  /** Replaces every answer, e.g. with those kept by the platform. */
  restore: (answers: Iterable<readonly [string, string]>) => void
  /** All answers, reactive: a watcher of it runs after every change. */
  readonly answers: ReadonlyMap<string, string>
  /** True once a learning platform keeps the answers (and scores them); reactive. */
  readonly keptByPlatform: boolean
  setKeptByPlatform: (kept: boolean) => void
}

export function createSelfCheckProgress(): SelfCheckProgress {
  const answers = shallowReactive(new Map<string, string>())
  const view = computed(() => new Map(answers))
  const kept = ref(false)
  return {
    answerOf: questionId => answers.get(questionId),
    record(questionId, optionId) {
      if (!answers.has(questionId))
        answers.set(questionId, optionId)
    },
    restore(restored) {
      answers.clear()
      for (const [questionId, optionId] of restored)
        answers.set(questionId, optionId)
    },
    get answers() {
      return view.value
    },
    get keptByPlatform() {
      return kept.value
    },
    setKeptByPlatform(value) {
      kept.value = value
    },
  }
}

/** The deck's one store. */
export const selfCheckProgress = createSelfCheckProgress()
