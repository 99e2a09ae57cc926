import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** The course's source texts sit beside the repository, in ../shared/source, as they do in CI. */
const sourceFolder = resolve(import.meta.dirname, '../../../shared/source')

function read(name: string): string {
  const path = resolve(sourceFolder, name)
  if (!existsSync(path))
    throw new Error(`${path} is missing: the tests check quotations and facts against the course's source texts in ../shared/source`)
  return readFileSync(path, 'utf8')
}

export const essayText = (): string => read('essay.txt')
export const factSheetText = (): string => read('fact-check.md')
