/**
 * The worksheet's tracing table's column headings as a student must read them, written out once for the
 * two tests that expect them: the handout as Vue renders it (tests/unit/materials.test.ts) and its Word
 * copy (tests/e2e/editable.spec.ts).
 */
export const expectedTracingColumns: readonly string[] = [
  'Row',
  'The figure, as the essay words it (¶)',
  'Whose figure is it?',
  'Source, with its address',
  'Status: confirmed, partly contradicted or unverified',
  'What would change if it were wrong?',
]
