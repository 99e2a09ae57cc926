/**
 * Where a link to a slide lands: `#/7`, `#/member-map`, `#/999`, `#/abc`, `#/3?clicks=x`.
 * Pure, so that the route guard in setup/main.ts and its unit test share one rule.
 */

/** What the deck knows about its slides: how many, and which `routeAlias` each one has. */
export interface DeckIndex {
  readonly total: number
  /** `routeAlias` of each slide, by slide number (1-based); slides without one are absent. */
  readonly aliases: ReadonlyMap<number, string>
}

/** A slide's route as Slidev gives it, as far as its `routeAlias` goes. */
interface AliasedRoute {
  readonly meta: { readonly slide?: { readonly frontmatter?: { readonly routeAlias?: unknown } } }
}

/** The `routeAlias` of a slide's route (the lesson plans of data/lesson.ts name slides by it); undefined when it has none. */
export function routeAlias(route: { readonly meta: unknown }): string | undefined {
  const alias = (route.meta as AliasedRoute['meta']).slide?.frontmatter?.routeAlias
  return typeof alias === 'string'
    ? alias
    : undefined
}

export type SlideLanding
  = | { readonly kind: 'slide' }
    | { readonly kind: 'nearest', readonly no: number }
    | { readonly kind: 'not-found' }

const signedInteger = /^[-+]?\d+$/

/**
 * A slide number or alias that exists lands on its slide; a number outside the deck lands on the
 * nearest slide (`0` on the first, `999` on the last); anything else is not a slide.
 */
export function landingFor(param: string, deck: DeckIndex): SlideLanding {
  if ([
    ...deck.aliases.values(),
  ].includes(param)) {
    return { kind: 'slide' }
  }
  if (!signedInteger.test(param) || deck.total < 1)
    return { kind: 'not-found' }
  const no = Number(param)
  if (String(no) === param && no >= 1 && no <= deck.total)
    return { kind: 'slide' }
  return {
    kind: 'nearest',
    no: Math.min(Math.max(no, 1), deck.total),
  }
}

/** The path Slidev itself gives a slide: its alias if it has one, else its number. */
export function slidePath(no: number, deck: DeckIndex, presenter: boolean): string {
  const name = deck.aliases.get(no) ?? String(no)
  return presenter
    ? `/presenter/${name}`
    : `/${name}`
}

/**
 * `?clicks=` is kept only as a whole number of clicks; `x`, `-2` or `1.5` would leave Slidev
 * computing with NaN or counting back through clicks that do not exist. Slidev itself lowers a
 * count above the slide's total once the slide has mounted.
 */
export function isValidClicks(clicks: string): boolean {
  return /^\d+$/.test(clicks)
}
