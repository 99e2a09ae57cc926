/**
 * How the deck's Markdown prints its quotation marks. Slidev's Markdown has markdown-it's typographer
 * on but sets straight double quotes (`quotes: "\"\"''"`, @slidev/cli 53); the deck prints curly ones
 * and curly apostrophes, as data/ does. vite.config.ts gives Slidev these options; the unit test of
 * printed text renders the slides with them.
 */
export const deckMarkdownOptions = {
  typographer: true,
  quotes: '“”‘’',
} as const
