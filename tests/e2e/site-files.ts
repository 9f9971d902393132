import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

/** The generated site: SITE_DIR as for scripts/serve.mjs (the base-path build is in .output-base/public). */
export const SITE = resolve(process.env.SITE_DIR ?? '.output/public')
/** The path the site is served under (BASE_PATH, as for scripts/serve.mjs): `/` or `/metaflow-patterns/`. */
export const BASE_PATH = (process.env.BASE_PATH ?? '/').replace(/\/*$/, '/')

export function htmlFiles(dir = SITE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === '_nuxt' ? [] : htmlFiles(path)
    return entry.name.endsWith('.html') ? [path] : []
  })
}

/** The route a generated HTML file serves (without the base path). */
export function routeOf(file: string): string {
  const rel = `/${relative(SITE, file).split('\\').join('/')}`
  return rel.replace(/\/index\.html$/, '') || '/'
}

/** The URL path a generated HTML file is served at: its route under the base path. */
export function urlPathOf(file: string): string {
  return `${BASE_PATH}${routeOf(file).slice(1)}`
}

/** The file a static host serves for a URL path, as scripts/serve.mjs does; nothing outside the base path. */
export function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE_PATH)) return undefined
  const base = join(SITE, decodeURIComponent(pathname.slice(BASE_PATH.length - 1)))
  for (const candidate of [base, join(base, 'index.html'), `${base}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return undefined
}

export function read(file: string): string {
  return readFileSync(file, 'utf8')
}
