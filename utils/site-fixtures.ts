// The test build's fixture content. With SITE_TEST_FIXTURES=1 (scripts/test.mjs sets it for the base-path
// build only) the site is built with tests/fixtures/site/ added: its content/ is laid out like content/ and
// joins the same collections, and its public/ is served like public/. Tests use it for what the real content
// does not have (a self-hosted video). Every other build, the root one included, never sees it.
import { join } from 'node:path'

export const SITE_FIXTURES_ENV = 'SITE_TEST_FIXTURES'
export const SITE_FIXTURES_DIR = 'tests/fixtures/site'

/** Whether this build includes the fixtures; any value but "1", "0" or none is an error that says so. */
export function siteFixturesEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const value = env[SITE_FIXTURES_ENV]
  if (value === undefined || value === '' || value === '0') return false
  if (value === '1') return true
  throw new Error(`${SITE_FIXTURES_ENV}="${value}" is not allowed (allowed: 1 to build with the test fixtures of ${SITE_FIXTURES_DIR}/, 0 or unset without)`)
}

/** The content folders of this build, relative to the repository root: content/, then the fixtures'. */
export function contentDirs(env: Record<string, string | undefined> = process.env): string[] {
  return ['content', ...(siteFixturesEnabled(env) ? [`${SITE_FIXTURES_DIR}/content`] : [])]
}

/** The folders served at the site's root, relative to the repository root: public/, then the fixtures'. */
export function publicDirs(env: Record<string, string | undefined> = process.env): string[] {
  return ['public', ...(siteFixturesEnabled(env) ? [`${SITE_FIXTURES_DIR}/public`] : [])]
}

interface LocalSource { include: string, exclude?: string[], cwd?: string, prefix?: string }

/**
 * A collection's sources, and with the fixtures the same sources read from the fixtures' content/ (absolute
 * `cwd` under `rootDir`), so a fixture file joins the collection its path would put it in under content/.
 */
export function withFixtureSources<T extends LocalSource>(sources: T | T[], rootDir: string, env: Record<string, string | undefined> = process.env): T[] {
  const list = Array.isArray(sources) ? sources : [sources]
  return [...list, ...contentDirs(env).slice(1).flatMap(dir => list.map(source => ({ ...source, cwd: join(rootDir, dir) })))]
}
