import type { CountFigure, Qualifier } from '../data/types'

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/** 1100 -> "1,100" */
export function formatNumber(value: number): string {
  return integer.format(value)
}

const symbols: Record<Qualifier, string> = {
  'exactly': '',
  'at least': '≥ ',
  'over': '> ',
  'more than': '> ',
  'about': '≈ ',
}

/** "at least 42", "over 1,100", "28" — the source's own wording, for sentences and labels. */
export function formatCount(figure: Pick<CountFigure, 'value' | 'qualifier'>): string {
  const number = formatNumber(figure.value)
  return figure.qualifier === 'exactly'
    ? number
    : `${figure.qualifier} ${number}`
}

/** "≥ 29", "> 1,100" — the compact form, for chart axes and tight labels. */
export function formatCountShort(figure: Pick<CountFigure, 'value' | 'qualifier'>): string {
  return `${symbols[figure.qualifier]}${formatNumber(figure.value)}`
}
