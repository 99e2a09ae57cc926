import type { Question, QuestionOption } from '../data/questions'
import { correctOption, optionLetter, questionNumber } from '../data/questions'

/** One line of an answer key: the question, its number in the bank, and its right answer. */
export interface AnswerKeyEntry {
  readonly question: Question
  readonly number: number
  /** The right option's letter as the learner saw it: A, B, C… */
  readonly letter: string
  readonly answer: QuestionOption
}

/** The answer key to `chosen`, in order; throws naming a question that has no right option. */
export function answerKeyEntries(chosen: readonly Question[]): AnswerKeyEntry[] {
  return chosen.map((question) => {
    const answer = correctOption(question)
    if (!answer)
      throw new Error(`Answer key: question "${question.id}" has no correct option`)
    return {
      question,
      number: questionNumber(question),
      letter: optionLetter(question.options.indexOf(answer)),
      answer,
    }
  })
}
