import type { Verification } from '../../data/types'
import { describe, expect, it } from 'vitest'
import { claimNumber, claims } from '../../data/claims'
import { sources } from '../../data/sources'
import { essayText, factSheetText } from '../support/source-texts'

const factSheet = factSheetText()
const essay = essayText()

interface SheetRow {
  number: number
  status: string
  says: string
  source: string
}

/** The rows of the fact sheet's table under "The essay's claims, checked". */
function sheetRows(): SheetRow[] {
  const section = factSheet.split(/^## /m).find(part => part.startsWith('The essay\'s claims, checked'))
  if (!section)
    throw new Error('fact-check.md has no section "The essay\'s claims, checked"')
  return section
    .split('\n')
    .filter(line => /^\|\s*\d+\s*\|/.test(line))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map(cell => cell.trim())
      const [number, , status, says, source] = cells
      if (cells.length !== 5 || !number || !status || says === undefined || source === undefined)
        throw new Error(`fact-check.md: a claims row without five cells: ${line}`)
      return {
        number: Number(number),
        status,
        says,
        source,
      }
    })
}

const rows = sheetRows()
const verifications: readonly Verification[] = ['confirmed', 'partly contradicted', 'unverified']

/** The sheet words some statuses more finely ("unverified detail"): read the status it starts with. */
function verificationOf(row: SheetRow): Verification {
  const found = verifications.find(status => row.status.toLowerCase().startsWith(status))
  if (!found)
    throw new Error(`fact-check.md row ${row.number}: unknown status "${row.status}"`)
  return found
}

/** The addresses a row cites; "as 2" stands for row 2's, "—" for none. */
function citedAddresses(row: SheetRow): string[] {
  if (row.source === '—')
    return []
  return row.source.split(';').map(part => part.trim()).flatMap((part) => {
    const reference = part.match(/\bas (\d+)\b/)
    if (reference) {
      const target = rows.find(other => other.number === Number(reference[1]))
      if (!target)
        throw new Error(`fact-check.md row ${row.number} refers to a missing row ${reference[1]}`)
      return citedAddresses(target)
    }
    return [part]
  })
}

describe('the checked claims follow the fact sheet', () => {
  it('reads the fact sheet\'s claims table', () => {
    expect(rows.length).toBeGreaterThan(0)
  })

  it('has one record for every row of the fact sheet, and no other', () => {
    expect(claims.map(claim => claim.number)).toEqual(rows.map(row => row.number))
  })

  it.each(rows.map(row => [row.number, row] as const))('claim %i has the fact sheet\'s status', (number, row) => {
    expect(claimNumber(number).status).toBe(verificationOf(row))
  })

  it.each(rows.map(row => [row.number, row] as const))('claim %i cites every address the fact sheet gives for it', (number, row) => {
    const addresses = claimNumber(number).sources.map(id => sources[id]).map(source => 'address' in source
      ? source.address
      : '')
    for (const cited of citedAddresses(row))
      expect(addresses.some(address => address !== '' && cited.startsWith(address)), `claim ${number} lacks a source at ${cited}`).toBe(true)
  })

  it('never prints a detail the fact sheet says not to print', () => {
    const withheld = rows
      .filter(row => /do not print/i.test(row.says))
      .flatMap(row => row.says.match(/\b\d+\/\d+\b/g) ?? [])
    expect(withheld.length).toBeGreaterThan(0)
    const printed = JSON.stringify(claims)
    for (const detail of withheld)
      expect(printed).not.toContain(detail)
  })
})

describe('each checked claim', () => {
  it('says, for every claim not confirmed, what that changes in the argument', () => {
    for (const claim of claims.filter(claim => claim.status !== 'confirmed'))
      expect(claim.bearing?.trim(), `claim ${claim.number}`).toBeTruthy()
  })

  it('cites a source unless the fact sheet found none', () => {
    for (const row of rows)
      expect(claimNumber(row.number).sources.length > 0, `claim ${row.number}`).toBe(citedAddresses(row).length > 0)
  })

  it('keeps the essay\'s qualifiers: every "at least N" or "over N" in a claim is the essay\'s own', () => {
    const essayWords = essay.replace(/(\d),(\d)/g, '$1$2')
    const qualified = claims.flatMap(claim => [
      ...claim.claim.matchAll(/\b(at least|over|more than) ([\d,]+)/g),
    ])
    expect(qualified.length).toBeGreaterThan(0)
    for (const [, qualifier, number] of qualified)
      expect(essayWords).toContain(`${qualifier} ${number!.replace(/,/g, '')}`)
  })

  it('has a short label and distinct numbers', () => {
    expect(new Set(claims.map(claim => claim.number)).size).toBe(claims.length)
    for (const claim of claims)
      expect(claim.label.split(/\s+/).length, claim.label).toBeLessThanOrEqual(5)
  })

  it('cannot be looked up by a number the fact sheet lacks', () => {
    const missing = Math.max(...rows.map(row => row.number)) + 1
    expect(() => claimNumber(missing)).toThrow(`No checked claim number ${missing}`)
  })
})
