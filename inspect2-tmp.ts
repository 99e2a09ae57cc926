import { pdfAccessibility, structElements } from './tests/support/pdf.ts'
const a = await pdfAccessibility(process.argv[2]!)
const walk = (n: any, d = 0): void => { if (n.role) console.log(' '.repeat(d) + n.role + (n.alt ? ` alt=${n.alt.slice(0, 40)}` : '') + ' ' + (n.children ?? []).filter((c: any) => c.type === 'content').length); if (d < 7) (n.children ?? []).forEach((c: any) => walk(c, d + 1)) }
walk(a.structure[Number(process.argv[3]) - 1])
const show = (items: any[], d = 0): void => items.forEach(i => { console.log(' '.repeat(d * 2) + i.title); show(i.items, d + 1) })
if (process.argv[4]) show(a.outline)
