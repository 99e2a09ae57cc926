import { describe, expect, it } from 'vitest'
import { isDeadInPrint, markUnmarkedAsArtifact } from '../../scripts/export-tagging'

const mark = (content: string): string => new TextDecoder().decode(markUnmarkedAsArtifact(new TextEncoder().encode(content)))

describe('markUnmarkedAsArtifact', () => {
  it('wraps what is painted outside marked content in an Artifact, and leaves tagged content alone', () => {
    expect(mark('q 1 1 1 rg 0 0 9 9 re f Q\n/P <</MCID 0 >>BDC BT (a) Tj ET EMC\n0 0 1 1 re S\n')).toBe(
      '/Artifact BMC\nq 1 1 1 rg 0 0 9 9 re f Q\nEMC\n/P <</MCID 0 >>BDC BT (a) Tj ET EMC\n/Artifact BMC\n0 0 1 1 re S\n\nEMC\n',
    )
  })

  it('reads strings, names and dictionaries as operands, not as operators', () => {
    expect(mark('/Span <</MCID 1 /ActualText (EMC\\) BDC) >>BDC [(x)-3(y)] TJ EMC')).toBe('/Span <</MCID 1 /ActualText (EMC\\) BDC) >>BDC [(x)-3(y)] TJ EMC')
  })
})

describe('isDeadInPrint', () => {
  it('is true of the export\'s loopback server and of files, false of public addresses', () => {
    expect(isDeadInPrint('http://127.0.0.1:42533/read.html')).toBe(true)
    expect(isDeadInPrint('http://localhost:4317/')).toBe(true)
    expect(isDeadInPrint('file:///home/teacher/read.html')).toBe(true)
    expect(isDeadInPrint('https://hrichina.org/content/5197')).toBe(false)
  })
})
