/**
 * A slide's notes, as the reading view shows them to a learner alone: what is addressed to the learner
 * (paragraphs led by "On your own:") in the open, the answers (led by "Answer:" or "Model answers:")
 * behind their own disclosure, and everything else, addressed to the teacher, behind another.
 * `notesHtml` is the notes' rendered markup: one `<p><strong>Lead:</strong> …</p>` per paragraph.
 */
export interface LearnerNotes {
  /** For the learner, shown openly. */
  readonly own: string
  /** Answers and model answers, behind "Show the answer". */
  readonly answers: string
  /** The teacher's notes, behind "Teacher's notes". */
  readonly teacher: string
}

const blocks = /<(p|ul|ol)\b[^>]*>[\s\S]*?<\/\1>/g

/** What a block's bold lead says ("On your own"), if it starts with one. */
function leadOf(block: string): string | undefined {
  return block.match(/^<p\b[^>]*>\s*<strong>([^<]+?):?<\/strong>/)?.[1]?.replace(/:$/, '').trim()
}

export function learnerNotes(notesHtml: string): LearnerNotes {
  const own: string[] = []
  const answers: string[] = []
  const teacher: string[] = []
  for (const [block] of notesHtml.matchAll(blocks)) {
    const lead = leadOf(block)
    if (lead === 'On your own')
      own.push(block)
    else if (lead === 'Answer' || lead === 'Model answers' || lead === 'Model answer')
      answers.push(block)
    else
      teacher.push(block)
  }
  return {
    own: own.join(''),
    answers: answers.join(''),
    teacher: teacher.join(''),
  }
}
