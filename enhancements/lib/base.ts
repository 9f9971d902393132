declare const __ENHANCE_DIR__: string

/**
 * The site's base path ('/' or '/docs/'), read from this script's own URL: reading pages have no runtime
 * config. Scripts live in `<base><__ENHANCE_DIR__>/`, a constant the build defines (modules/enhancements).
 */
export function siteBase(scriptUrl: string = import.meta.url): string {
  const dir = new URL('.', scriptUrl).pathname
  const suffix = `${__ENHANCE_DIR__}/`
  return dir.endsWith(suffix) ? dir.slice(0, dir.length - suffix.length) : '/'
}

/** A site path ('/search.json') under the base path. */
export function sitePath(path: string): string {
  return siteBase() + path.replace(/^\//, '')
}
