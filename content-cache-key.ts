// Nuxt Content caches each parsed Markdown file by its own text and `content.build.markdown.cacheKey`. This
// key covers what else changes a parse, and nothing more: the content modules' code (the files
// CONTENT_MODULES import, followed from their entry points, so a new helper is covered the day it is
// imported), the data they read (examples/ for includes, content/images.yml and public/content/ for image
// alt text and sizes) and the git commit (each page's history). Code the parse does not run, such as the
// app's explore filtering, is not in it: editing that re-parses nothing.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The modules with content:file hooks, in the order nuxt.config.ts registers them. */
export const CONTENT_MODULES = [
  'modules/content-checks/index.ts',
  'modules/content-includes/index.ts',
  'modules/content-markup/index.ts',
  'modules/git-history/index.ts',
]

/** Files and folders the content modules read while parsing, and the highlighter's configuration. */
export const CONTENT_DATA = ['examples', 'content/images.yml', 'public/content', 'mdc.config.ts']

const SKIPPED = new Set(['node_modules', '__pycache__', '.metaflow', '.pytest_cache'])
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g
const EXTENSIONS = ['', '.ts', '.mts', '.js', '.mjs', '/index.ts']

/** Repository-relative local files `entries` import, directly or not, entries included, sorted. */
export function localImports(rootDir: string, entries: readonly string[]): string[] {
  const found = new Set<string>()
  const follow = (file: string) => {
    if (found.has(file)) return
    found.add(file)
    for (const [, spec] of readFileSync(join(rootDir, file), 'utf8').matchAll(IMPORT)) {
      const base = join(dirname(file), spec!)
      const target = EXTENSIONS.map(ext => base + ext).find(path => existsSync(join(rootDir, path)) && statSync(join(rootDir, path)).isFile())
      if (target) follow(target.split('\\').join('/'))
    }
  }
  for (const entry of entries) if (existsSync(join(rootDir, entry))) follow(entry)
  return [...found].sort()
}

/** The files the key is made of, repository-relative, sorted: module code, then data. */
export function contentCacheInputs(rootDir: string): string[] {
  const files: string[] = []
  const walk = (path: string) => {
    const full = join(rootDir, path)
    if (!existsSync(full) && !isLink(full)) return
    if (isLink(full) || !statSync(full).isDirectory()) {
      files.push(path)
      return
    }
    for (const name of readdirSync(full).sort()) if (!SKIPPED.has(name)) walk(`${path}/${name}`)
  }
  for (const path of CONTENT_DATA) walk(path)
  return [...localImports(rootDir, CONTENT_MODULES), ...files]
}

function isLink(path: string): boolean {
  try {
    return readlinkSync(path) !== undefined
  }
  catch {
    return false
  }
}

export function contentCacheKey(rootDir: string): string {
  const hash = createHash('sha256')
  for (const path of contentCacheInputs(rootDir)) {
    const full = join(rootDir, path)
    // A symlink is hashed by its target's name, never read: it may lead to a folder or a device (the
    // include check refuses links out of examples/ with a clear error).
    hash.update(path).update(isLink(full) ? readlinkSync(full) : readFileSync(full))
  }
  try {
    hash.update(execFileSync('git', ['rev-parse', 'HEAD'], { cwd: rootDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
  }
  catch {
    // Not a git checkout (a tarball): the key covers the files alone.
  }
  return hash.digest('hex').slice(0, 16)
}
