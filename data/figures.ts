/**
 * Every count a slide shows, by id: slides and notes render them from here
 * (`<CountText of="blacklistOrganizations" />`), never typing the number a second time.
 * Add a group of figures with `defineFigures` (data/figure-schema.ts) beside its data, then spread it in below.
 */
import { blacklistFigures } from './blacklist'
import { extraditionFigures } from './extraditions'
import { defineFigures } from './figure-schema'

export const figures = defineFigures({
  ...blacklistFigures,
  ...extraditionFigures,
})

export type FigureId = keyof typeof figures
