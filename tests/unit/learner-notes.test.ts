import { describe, expect, it } from 'vitest'
import { learnerNotes } from '../../lib/learner-notes'

const notes = '<p><strong>Say:</strong> Give students two minutes to read ¶2.</p>'
  + '<p><strong>On your own:</strong> Read ¶2 and ¶3, about two minutes.</p>'
  + '<ul><li>a teacher\'s list</li></ul>'
  + '<p><strong>Model answers:</strong> Question 1: a sketch.</p>'
  + '<p><strong>Time:</strong> 3 min</p>'

describe('learnerNotes', () => {
  it('shows the learner what is addressed to them, puts answers behind their own disclosure and keeps the rest for the teacher', () => {
    const split = learnerNotes(notes)
    expect(split.own).toBe('<p><strong>On your own:</strong> Read ¶2 and ¶3, about two minutes.</p>')
    expect(split.answers).toBe('<p><strong>Model answers:</strong> Question 1: a sketch.</p>')
    expect(split.teacher).toBe('<p><strong>Say:</strong> Give students two minutes to read ¶2.</p><ul><li>a teacher\'s list</li></ul><p><strong>Time:</strong> 3 min</p>')
  })

  it('leaves notes without a learner\'s paragraph to the teacher, whole', () => {
    expect(learnerNotes('<p><strong>Say:</strong> Reference.</p>')).toEqual({ own: '', answers: '', teacher: '<p><strong>Say:</strong> Reference.</p>' })
  })
})
