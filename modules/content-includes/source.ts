// The Markdown a content file becomes once its `<<< examples/...` include lines are expanded: what Nuxt
// Content parses and what /raw/*.md serves, built once per file.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { contentDirs } from '../../utils/site-fixtures'
import { readExampleFile } from './example-files'
import { expandIncludes } from './expand'

/** `text` (the Markdown of `file`, repository-relative) with its includes read from `<rootDir>/examples/`. */
export function expandContentText(rootDir: string, file: string, text: string): string {
  // Nothing outside examples/ is read, also through symlinks (example-files.ts).
  return expandIncludes(text, { file, readFile: path => readExampleFile(rootDir, path) })
}

/** The expanded Markdown of one content file, read from disk (`file` like "content/patterns/x.md"). */
export function expandContentFile(rootDir: string, file: string): string {
  return expandContentText(rootDir, file, readFileSync(join(rootDir, file), 'utf8'))
}

/**
 * Every Markdown file of the site's content folders (content/, and in a test build the fixtures' content,
 * utils/site-fixtures.ts), repository-relative, sorted, each with its stem (`patterns/x`) in its folder.
 */
export function contentMarkdownFiles(rootDir: string, dirs: string[] = contentDirs()): Array<{ file: string, stem: string }> {
  const walk = (dir: string): string[] => existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
        entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [])
    : []
  return dirs.flatMap(dir => walk(join(rootDir, dir)).map((path) => {
    const file = relative(rootDir, path).split('\\').join('/')
    return { file, stem: file.slice(dir.length + 1, -'.md'.length) }
  })).sort((a, b) => a.file.localeCompare(b.file))
}
