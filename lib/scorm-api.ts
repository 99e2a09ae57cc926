/**
 * Finding a learning platform's SCORM 1.2 `API`. Apart from lib/scorm.ts so that the deck's first
 * load carries only this search; the rest of the SCORM code loads when an API is found.
 */
/** The SCORM 1.2 run-time API a platform puts on a window as `API`: the calls this lesson makes. */
export interface Scorm12Api {
  LMSInitialize: (empty: '') => unknown
  LMSFinish: (empty: '') => unknown
  LMSGetValue: (element: string) => unknown
  LMSSetValue: (element: string, value: string) => unknown
  LMSCommit: (empty: '') => unknown
  LMSGetLastError: () => unknown
}

/** A window as the API search sees it; another origin's window throws on any property. */
export interface WindowLike {
  readonly API?: unknown
  readonly parent?: WindowLike | null
  readonly opener?: WindowLike | null
}

/** How many parents the search climbs, as in ADL's reference search. */
export const maxParentHops = 7

function isScorm12Api(value: unknown): value is Scorm12Api {
  return typeof value === 'object'
    && value !== null
    && [
      'LMSInitialize',
      'LMSFinish',
      'LMSGetValue',
      'LMSSetValue',
      'LMSCommit',
      'LMSGetLastError',
    ].every(name => typeof (value as Record<string, unknown>)[name] === 'function')
}

/** `read(window)`, or undefined where another origin's window forbids it. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read()
  }
  catch {
    return undefined
  }
}

function searchUp(start: WindowLike): Scorm12Api | undefined {
  let current: WindowLike | null | undefined = start
  for (let hops = 0; current && hops <= maxParentHops; hops++) {
    const here: WindowLike = current
    const api = safely(() => here.API)
    if (isScorm12Api(api))
      return api
    const parent = safely(() => here.parent)
    if (!parent || parent === here)
      return undefined
    current = parent
  }
  return undefined
}

/**
 * The standard search: this window and up to seven parents, then the window that opened this one
 * and its parents. Undefined outside a platform.
 */
export function findScormApi(start: WindowLike): Scorm12Api | undefined {
  const found = searchUp(start)
  if (found)
    return found
  const opener = safely(() => start.opener)
  return opener
    ? searchUp(opener)
    : undefined
}
