// The deployed Node server (`npm run build`, `node .output/server/index.mjs`) serves a static site: every
// page, payload and feed is prerendered into .output/public, and Nitro's static handler answers those
// files before any middleware runs. What reaches this middleware at run time is therefore never a page,
// and must not reach Nuxt's renderer (a server render per request, a logged stack trace per 404):
// - any method but GET and HEAD: 405;
// - Nuxt Content's endpoints (/__nuxt_content/<collection>/query runs SQL, .../sql_dump.txt is the
//   whole database): 404, since the browser never queries content (the dumps are not prerendered either,
//   see nitro.prerender.ignore in nuxt.config.ts);
// - any other path: the prerendered 404.html with status 404, also when Nuxt's error handler asks for its
//   error page of a 404 (/__nuxt_error?statusCode=404, e.g. a missing /_nuxt/ file).
// Prerendering itself renders every page and queries content through these same paths, so all of this
// applies outside prerender (and outside `nuxt dev`) only.
import { defineEventHandler, getQuery, setResponseHeader, setResponseStatus } from 'h3'
import type { H3Event } from 'h3'

const FALLBACK_404 = '<!doctype html><html lang="en"><meta charset="utf-8"><title>Page not found</title><h1>Page not found</h1></html>'

export interface StaticOnlyOptions {
  /** The HTML of the prerendered 404 page. */
  notFoundPage: () => Promise<string>
}

export function createStaticOnlyHandler({ notFoundPage }: StaticOnlyOptions) {
  let page: Promise<string> | undefined
  const load = () => (page ??= notFoundPage().catch(() => {
    page = undefined
    return FALLBACK_404
  }))
  return async (event: H3Event): Promise<string | undefined> => {
    const path = event.path.split('?')[0]!
    if (path === '/__nuxt_content' || path.startsWith('/__nuxt_content/')) {
      setResponseStatus(event, 404, 'Not Found')
      setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8')
      return 'Not found\n'
    }
    if (event.method !== 'GET' && event.method !== 'HEAD') {
      setResponseStatus(event, 405, 'Method Not Allowed')
      setResponseHeader(event, 'allow', 'GET, HEAD')
      setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8')
      return 'Method Not Allowed: this site answers GET and HEAD only.\n'
    }
    // Errors other than 404 keep Nuxt's own error page.
    if (path === '/__nuxt_error' && String(getQuery(event).statusCode) !== '404') return undefined
    setResponseStatus(event, 404, 'Page not found')
    setResponseHeader(event, 'content-type', 'text/html; charset=utf-8')
    return await load()
  }
}

export default defineEventHandler(import.meta.prerender || import.meta.dev
  ? () => undefined
  // Read through the server itself, so it is the file Nitro's static handler serves.
  : createStaticOnlyHandler({ notFoundPage: () => $fetch<string>('/404.html', { responseType: 'text' }) }))
