/** Set at build by vite.config.ts. */

/** The date the handouts carry, YYYY-MM-DD (scripts/deck-date.ts). */
declare const __DECK_DATE__: string
/** Each slide's part heading in the printed outline, slide 1 first (scripts/deck-parts.ts). */
declare const __DECK_PARTS__: readonly (string | null)[]
