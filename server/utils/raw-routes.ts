// Every content page is also served as its source Markdown at /raw/<path>.md, with `<<< examples/...`
// includes expanded so readers (and LLMs) get the tested code rather than a pointer to it (raw-markdown.ts).
// Pure path mapping, also used at build time by modules/machine-routes.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { contentDirs } from '../../utils/site-fixtures'
import { rawUrlForPage } from '../../shared/utils/page-links'

// Only plain slug segments map to files: anything else (dots, encoded slashes, `..`) is never a page.
const SEGMENT = /^[a-z0-9][a-z0-9-]*$/i

/** The route of the page a content stem renders at: `index` is `/`, a section's `index` is the section. */
export function pagePathForStem(stem: string): string {
  if (stem === 'index') return '/'
  return `/${stem.replace(/\/index$/, '')}`
}

/**
 * The content stem a /raw/ path names, or undefined when it names no known page. `rawPath` is what
 * follows /raw/ (`patterns/notebook-resume.md`). Only stems in `known` are returned, so no path
 * outside content/ can be reached whatever the input.
 */
export function stemForRawPath(rawPath: string, known: ReadonlySet<string>): string | undefined {
  const match = /^\/?(.+)\.md$/.exec(rawPath)
  if (!match) return undefined
  const segments = match[1]!.split('/')
  if (!segments.every(s => SEGMENT.test(s))) return undefined
  const name = segments.join('/')
  if (name === 'index') return known.has('index') ? 'index' : undefined
  // `/raw/patterns/index.md` is not a page route; the section index is `/raw/patterns.md`.
  if (segments[segments.length - 1] === 'index') return undefined
  if (known.has(name)) return name
  if (known.has(`${name}/index`)) return `${name}/index`
  return undefined
}

/** Stems (`patterns/notebook-resume`, `index`) of every Markdown page under `contentDir`. */
export function contentStems(contentDir: string): string[] {
  const walk = (dir: string, prefix: string[]): string[] => {
    if (!existsSync(dir)) return []
    return readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => {
        if (entry.isDirectory()) return SEGMENT.test(entry.name) ? walk(join(dir, entry.name), [...prefix, entry.name]) : []
        const stem = entry.name.replace(/\.md$/, '')
        return entry.name.endsWith('.md') && SEGMENT.test(stem) ? [[...prefix, stem].join('/')] : []
      })
  }
  return walk(contentDir, [])
}

/** Stems of every page this build has: content/, and in a test build the fixtures' (utils/site-fixtures.ts). */
export function siteStems(rootDir: string = process.cwd()): string[] {
  return [...new Set(contentDirs().flatMap(dir => contentStems(join(rootDir, dir))))]
}

/** Every /raw/... URL of the site, for prerendering. `rootDir` is the repository root. */
export function listRawRoutes(rootDir: string = process.cwd()): string[] {
  return siteStems(rootDir).map(stem => rawUrlForPage(pagePathForStem(stem)))
}
