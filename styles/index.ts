// The deck's own fonts, Latin subset only (the deck is in English). A character outside it would
// print in a fallback font: the export test fails on any font in the PDF that is not one of these.
import '@fontsource/source-sans-3/latin-400.css'
import '@fontsource/source-sans-3/latin-400-italic.css'
import '@fontsource/source-sans-3/latin-600.css'
import '@fontsource/source-sans-3/latin-700.css'
import '@fontsource/source-sans-3/latin-700-italic.css'
import '@fontsource/source-serif-4/latin-600.css'
import '@fontsource/source-serif-4/latin-400-italic.css'
import '@fontsource/source-serif-4/latin-600-italic.css'
import '@fontsource/source-code-pro/latin-400.css'
import './palette'
import './deck.css'
