import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { credits, lessonLicences } from '../../data/credits'

const root = resolve(import.meta.dirname, '../..')
/** The licence a package's own manifest declares (read from node_modules: not every package exports its package.json). */
function declaredLicence(npmPackage: string): string {
  return JSON.parse(readFileSync(resolve(root, 'node_modules', npmPackage, 'package.json'), 'utf8')).license
}

describe('licences and credits', () => {
  it('declares the code MIT and the teaching materials CC BY 4.0, as one SPDX expression', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'))
    expect(manifest.license).toBe('MIT AND CC-BY-4.0')
    expect(lessonLicences.code.spdx).toBe('MIT')
    expect(lessonLicences.content.spdx).toBe('CC-BY-4.0')
  })

  it('ships both licence texts', () => {
    expect(readFileSync(resolve(root, 'LICENSE'), 'utf8')).toContain('Permission is hereby granted, free of charge')
    const content = readFileSync(resolve(root, 'LICENSE-CONTENT.md'), 'utf8')
    expect(content).toContain('Creative Commons Attribution 4.0 International Public License')
  })

  it('credits each package under the licence its own package.json declares', () => {
    const checked = credits.filter(credit => credit.spdx && credit.npmPackages)
    expect(checked.length).toBeGreaterThan(4)
    for (const credit of checked) {
      for (const npmPackage of credit.npmPackages!)
        expect(declaredLicence(npmPackage), `${credit.work} (${npmPackage})`).toBe(credit.spdx)
    }
  })

  it('credits the map data, the fonts and both icon sets', () => {
    const licenceOf = (work: string) => credits.find(credit => credit.work.startsWith(work))?.licence
    expect(licenceOf('Natural Earth')).toBe('Public domain')
    expect(licenceOf('Source Sans 3')).toBe('SIL Open Font License 1.1')
    expect(licenceOf('Carbon icons')).toBe('Apache License 2.0')
    expect(licenceOf('Phosphor icons')).toBe('MIT License')
  })
})
