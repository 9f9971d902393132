// Reads content/ from disk and checks it: front matter, tag registry and cross-references.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { checkContent, parseTagRegistry } from './front-matter'
import type { CheckedDocument, SourceFile } from './front-matter'
import { contentDirs } from '../../utils/site-fixtures'

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)])
}

export function scanContent(rootDir: string): { documents: CheckedDocument[], errors: string[] } {
  const rel = (path: string) => relative(rootDir, path).split('\\').join('/')
  // content/, and in a test build the fixtures' content (utils/site-fixtures.ts), checked alike.
  const sources: SourceFile[] = contentDirs().flatMap(dir => listFiles(join(rootDir, dir)))
    .filter(f => f.endsWith('.md'))
    .map(f => ({ file: rel(f), text: readFileSync(f, 'utf8') }))
  const registryPath = join(rootDir, 'content/tags.yml')
  const registry = existsSync(registryPath)
    ? parseTagRegistry('content/tags.yml', readFileSync(registryPath, 'utf8'))
    : { tags: [], errors: ['content/tags.yml: the tag registry is missing'] }
  const checked = checkContent(sources, registry.tags)
  return { documents: checked.documents, errors: [...registry.errors, ...checked.errors] }
}
