import type { Printed } from '../data/phrase'
import type { CountFigure } from '../data/types'

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/** 1100 -> "1,100" */
export function formatNumber(value: number): string {
  return integer.format(value)
}

/** "at least 42", "over 1,100", "28" — the source's own wording, for sentences and labels. */
export function formatCount(figure: Pick<CountFigure, 'value' | 'qualifier'>): string {
  const number = formatNumber(figure.value)
  return figure.qualifier === 'exactly'
    ? number
    : `${figure.qualifier} ${number}`
}

/** "at least 42 organizations on the shared blacklist": the count followed by what it counts. */
export function formatCountWithWhat(figure: Pick<CountFigure, 'value' | 'qualifier' | 'what'>): string {
  return `${formatCount(figure)} ${figure.what}`
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' })

function utcDate(isoDay: string): Date {
  const date = new Date(`${isoDay}T00:00:00Z`)
  if (Number.isNaN(date.getTime()))
    throw new RangeError(`Not a date (YYYY-MM-DD): "${isoDay}"`)
  return date
}

/** "2011-05-30" -> "30 May"; with the year: "30 May 2011". */
export function formatDay(isoDay: string, withYear = false): string {
  const date = utcDate(isoDay)
  return withYear
    ? `${dayMonth.format(date)} ${date.getUTCFullYear()}`
    : dayMonth.format(date)
}

/** "2011-06-14", "2011-06-15" -> "14–15 June"; across months: "30 May – 9 June"; one day: "9 June". */
export function formatDayRange(startIsoDay: string, endIsoDay: string, withYear = false): string {
  const start = utcDate(startIsoDay)
  const end = utcDate(endIsoDay)
  const year = withYear
    ? ` ${end.getUTCFullYear()}`
    : ''
  if (start.getTime() === end.getTime())
    return `${dayMonth.format(end)}${year}`
  if (start.getUTCMonth() === end.getUTCMonth() && start.getUTCFullYear() === end.getUTCFullYear())
    return `${start.getUTCDate()}–${dayMonth.format(end)}${year}`
  return `${formatDay(startIsoDay, withYear && start.getUTCFullYear() !== end.getUTCFullYear())} – ${dayMonth.format(end)}${year}`
}

/** Words as printed: a phrase's figures composed with their qualifiers ("over 1,100"), plain words as they are. */
export function sentence(text: Printed): string {
  if (typeof text === 'string')
    return text
  return text.parts.map((part) => {
    if (typeof part === 'string')
      return part
    return part.withWhat
      ? formatCountWithWhat(part.figure)
      : formatCount(part.figure)
  }).join('')
}
