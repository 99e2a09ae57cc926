/**
 * Performance budgets, in one place: `npm run bench` prints the deck against them, and
 * tests/e2e/quality.spec.ts holds the byte budget on every run.
 */

/**
 * Bytes of JavaScript and fonts the browser requests before the first slide is visible
 * (body sizes as served, uncompressed). Established by `npm run bench`: a plain Slidev deck's
 * first-slide JavaScript and fonts times `firstSlideRatioBudget`, rounded down to 10 kB
 * (bench of 2 December 2026, 54 slides: plain 570,390 bytes; this deck 439,223).
 */
export const firstSlideScriptAndFontBytes = 570_000

/** The first slide may cost at most this much of a plain Slidev deck's, in bytes and in time (issue 12: no more). */
export const firstSlideRatioBudget = 1.0

/**
 * Seconds per page the slides PDF may take in the export (scripts/export-pdfs.ts), from a built site:
 * what `slidev export` took here before the export was our own (bench of 28 November 2026).
 */
export const exportSecondsPerPageBudget = 0.24

/**
 * Bytes a phone may fetch on its first visit to the reading view (read.html), uncompressed as a static
 * host that does not compress serves them (compressed, about a third of it). 400 kB until 7 December
 * 2026, when the lesson became two lessons and a self-study part (21 claims, the other side's sources,
 * learner's notes): the page then weighed about 437 kB uncompressed and 150 kB compressed.
 */
export const readingViewFirstVisitBytes = 450_000

/**
 * The teacher's kit's single-file deck (issue 28), opened from a file, may show its first slide at most
 * this many times later than the hosted deck does in the same run: it reads the whole lesson (1.6 MB)
 * before it shows anything, the hosted deck only what its first slide needs.
 */
export const singleFileFirstSlideRatioBudget = 1.5
