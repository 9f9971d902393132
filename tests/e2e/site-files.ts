import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export const SITE = join(process.cwd(), '.output/public')

export function htmlFiles(dir = SITE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === '_nuxt' ? [] : htmlFiles(path)
    return entry.name.endsWith('.html') ? [path] : []
  })
}

/** The route a generated HTML file serves. */
export function routeOf(file: string): string {
  const rel = `/${relative(SITE, file).split('\\').join('/')}`
  return rel.replace(/\/index\.html$/, '') || '/'
}

/** The file a static host serves for a path, as scripts/serve.mjs does. */
export function fileFor(pathname: string): string | undefined {
  const base = join(SITE, decodeURIComponent(pathname))
  for (const candidate of [base, join(base, 'index.html'), `${base}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return undefined
}

export function read(file: string): string {
  return readFileSync(file, 'utf8')
}
