import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { checkPdfUa, pdfUaRules } from '../support/pdf-ua'

/**
 * A one-page PDF that looks tagged but breaks four rules: a link to loopback, a path painted outside
 * marked content, a Figure without /Alt, a TH without Scope. Everything else is as PDF/UA asks.
 */
async function brokenPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const page = pdf.addPage([200, 100])
  const { context } = pdf
  const content = '/Figure <</MCID 0>> BDC 0 0 20 20 re f EMC\n50 50 20 20 re f\n'
  page.node.set(PDFName.of('Contents'), context.register(context.stream(content)))
  page.node.set(PDFName.of('StructParents'), context.obj(0))
  page.node.set(PDFName.of('Tabs'), PDFName.of('S'))

  const documentRef = context.nextRef()
  const figureRef = context.register(context.obj({
    Type: 'StructElem',
    S: 'Figure',
    P: documentRef,
    Pg: page.ref,
    K: 0,
  }))
  const headerRef = context.nextRef()
  const rowRef = context.register(context.obj({
    Type: 'StructElem',
    S: 'TR',
    K: [headerRef],
  }))
  context.assign(headerRef, context.obj({
    Type: 'StructElem',
    S: 'TH',
    P: rowRef,
    K: [],
  }))
  const tableRef = context.register(context.obj({
    Type: 'StructElem',
    S: 'Table',
    P: documentRef,
    K: [rowRef],
  }))
  const headingRef = context.register(context.obj({
    Type: 'StructElem',
    S: 'H1',
    P: documentRef,
    K: [],
  }))
  const linkRef = context.nextRef()
  const annotationRef = context.register(context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [100, 10, 180, 30],
    Contents: PDFHexString.fromText('Read the whole lesson'),
    StructParent: 1,
    A: {
      S: 'URI',
      URI: PDFString.of('http://127.0.0.1:4317/read.html'),
    },
  }))
  context.assign(linkRef, context.obj({
    Type: 'StructElem',
    S: 'Link',
    P: documentRef,
    K: [
      context.obj({ Type: 'OBJR', Obj: annotationRef }),
    ],
  }))
  page.node.set(PDFName.of('Annots'), context.obj([annotationRef]))
  context.assign(documentRef, context.obj({
    Type: 'StructElem',
    S: 'Document',
    K: [
      headingRef,
      figureRef,
      tableRef,
      linkRef,
    ],
  }))
  const root = context.register(context.obj({
    Type: 'StructTreeRoot',
    K: documentRef,
    ParentTree: {
      Nums: [
        0,
        [figureRef],
        1,
        linkRef,
      ],
    },
    ParentTreeNextKey: 2,
  }))
  pdf.catalog.set(PDFName.of('StructTreeRoot'), root)
  pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }))
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of('en'))
  pdf.setTitle('A broken PDF', { showInWindowTitleBar: true })
  const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">A broken PDF</rdf:li></rdf:Alt></dc:title><pdfuaid:part>1</pdfuaid:part></rdf:Description></rdf:RDF></x:xmpmeta>'
  pdf.catalog.set(PDFName.of('Metadata'), context.register(context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })))
  return pdf.save({ useObjectStreams: false })
}

describe('checkPdfUa', () => {
  it('reports each broken rule with the file, the page and the element, and nothing else', async () => {
    const violations = await checkPdfUa(await brokenPdf(), 'broken.pdf')
    const found = (rule: string) => violations.filter(violation => violation.rule === rule)

    expect(found(pdfUaRules.linkTarget)).toEqual([
      {
        rule: pdfUaRules.linkTarget,
        file: 'broken.pdf',
        page: 1,
        element: 'Link annotation 1 to http://127.0.0.1:4317/read.html',
      },
    ])
    expect(found(pdfUaRules.untaggedContent)).toEqual([
      {
        rule: pdfUaRules.untaggedContent,
        file: 'broken.pdf',
        page: 1,
        element: '1 painting operator(s) outside tagged content or an Artifact, the first a fill',
      },
    ])
    expect(found(pdfUaRules.figureAlt)).toEqual([
      {
        rule: pdfUaRules.figureAlt,
        file: 'broken.pdf',
        page: 1,
        element: 'Document[0] > Figure[1]',
      },
    ])
    expect(found(pdfUaRules.headerScope).map(violation => violation.element)).toEqual(['Document[0] > Table[2] > TR[0] > TH[0]'])
    expect(violations.map(violation => violation.rule).sort()).toEqual([
      pdfUaRules.figureAlt,
      pdfUaRules.headerScope,
      pdfUaRules.linkTarget,
      pdfUaRules.untaggedContent,
    ].sort())
  })
})
