/**
 * Every count a slide shows, by id: slides and notes render them from here
 * (`<CountText of="blacklistOrganizations" />`), never typing the number a second time.
 * Add a group of figures with `defineFigures` beside its data, then spread it in below.
 */
import { defineFigures } from '../lib/figures'
import { blacklistFigures } from './blacklist'

export const figures = defineFigures({
  ...blacklistFigures,
})

export type FigureId = keyof typeof figures
