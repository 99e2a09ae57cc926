import { describe, expect, it } from 'vitest'
import { hrefOf, scormManifest } from '../../scripts/scorm-manifest'

const input = {
  identifier: 'sco-test',
  title: 'Rights & "wrongs" <1>',
  description: 'A lesson',
  launch: 'index.html',
  files: ['index.html', 'assets/a b.js'],
}

describe('the SCORM 1.2 manifest', () => {
  it('escapes the title and lists each file once, percent-encoded', () => {
    const xml = scormManifest(input)
    expect(xml).toContain('<title>Rights &amp; &quot;wrongs&quot; &lt;1&gt;</title>')
    expect(xml).toContain('<file href="assets/a%20b.js"/>')
    expect(xml.match(/<file /g)).toHaveLength(2)
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"')
  })

  it('refuses a launch file that is not in the package, and an identifier XML cannot hold', () => {
    expect(() => scormManifest({ ...input, launch: 'read.html' })).toThrow('"read.html" is not among')
    expect(() => scormManifest({ ...input, identifier: 'a b' })).toThrow('identifier "a b"')
  })

  it('encodes what a URI cannot hold, segment by segment', () => {
    expect(hrefOf('assets/fonts/x#1.woff2')).toBe('assets/fonts/x%231.woff2')
  })
})
