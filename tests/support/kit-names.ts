/**
 * The editable copies' file names as the build must write them (the slides as PPTX, each material as
 * DOCX, in the materials' order), written out once for the two tests that expect them: the kit's list
 * (tests/unit/kit.test.ts) and the files in dist/ (tests/e2e/editable.spec.ts).
 */
export const expectedEditableCopies: readonly string[] = [
  'sco-dubious-agenda.pptx',
  'sco-dubious-agenda-reading-guide.docx',
  'sco-dubious-agenda-worksheet.docx',
  'sco-dubious-agenda-claims.docx',
  'sco-dubious-agenda-exit-ticket.docx',
  'sco-dubious-agenda-debate.docx',
  'sco-dubious-agenda-answer-key.docx',
  'sco-dubious-agenda-keywords.docx',
  'sco-dubious-agenda-statuses.docx',
  'sco-dubious-agenda-lesson-at-a-glance.docx',
  'sco-dubious-agenda-teachers-guide.docx',
  'sco-dubious-agenda-misconceptions.docx',
  'sco-dubious-agenda-content-guidance.docx',
  'sco-dubious-agenda-glossary.docx',
  'sco-dubious-agenda-credits.docx',
]
