import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * `types/` declares the part of Slidev's client the deck uses, so vue-tsc need not check Slidev's own
 * sources. If a Slidev update renames or drops one of those functions, the shim would go on type-checking
 * while the build breaks: this test compares the shim's names with what the real package exports.
 */
const root = resolve(import.meta.dirname, '../..')

/** The names a module exports, read from its syntax alone (following `export *` to relative files). */
function exportedNames(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const names: string[] = []
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.exportClause && ts.isNamedExports(statement.exportClause))
        names.push(...statement.exportClause.elements.map(element => element.name.text))
      else if (statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier))
        names.push(...exportedNames(moduleFile(dirname(file), statement.moduleSpecifier.text)))
      continue
    }
    const exported = ts.canHaveModifiers(statement)
      && ts.getModifiers(statement)?.some(modifier => modifier.kind === ts.SyntaxKind.ExportKeyword)
    if (!exported)
      continue
    if (ts.isVariableStatement(statement))
      names.push(...statement.declarationList.declarations.map(declaration => declaration.name.getText(source)))
    else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name)
      names.push(statement.name.text)
  }
  return names
}

function moduleFile(folder: string, specifier: string): string {
  const candidates = [specifier, `${specifier}.ts`, `${specifier}/index.ts`].map(name => resolve(folder, name))
  const found = candidates.find(candidate => existsSync(candidate) && candidate.endsWith('.ts'))
  if (!found)
    throw new Error(`cannot find ${specifier} from ${folder}`)
  return found
}

const shims = [
  { shim: 'types/slidev-client.d.ts', real: 'node_modules/@slidev/client/index.ts' },
  // The unit tests' stand-in for the client (its test-only helpers aside).
  { shim: 'tests/support/slidev-client.ts', real: 'node_modules/@slidev/client/index.ts' },
  { shim: 'types/slidev-client-clicks.d.ts', real: 'node_modules/@slidev/client/composables/useClicks.ts' },
]

/** What the unit tests' stand-in adds to drive the deck: not Slidev's names. */
const testOnly = new Set(['slidev', 'resetSlidev'])

describe('the Slidev client shim in types/ and the unit tests\' stand-in', () => {
  for (const { shim, real } of shims) {
    it(`${shim} declares only functions that ${real.replace('node_modules/', '')} really exports`, () => {
      const declared = exportedNames(resolve(root, shim))
        .filter(name => /^[a-z]/.test(name) && !testOnly.has(name))
      const exported = new Set(exportedNames(resolve(root, real)))
      expect(declared.length).toBeGreaterThan(0)
      expect(declared.filter(name => !exported.has(name))).toEqual([])
    })
  }
})

describe('the Slidev internals the printed handouts use (types/slidev-*.d.ts)', () => {
  it('exist: the slide container and wrapper, the print view, CLICKS_MAX', () => {
    for (const file of ['internals/SlideContainer.vue', 'internals/SlideWrapper.vue', 'pages/print.vue'])
      expect(existsSync(resolve(root, 'node_modules/@slidev/client', file)), file).toBe(true)
    expect(exportedNames(resolve(root, 'node_modules/@slidev/client/constants.ts'))).toContain('CLICKS_MAX')
  })
})
