// Requests the deployed Node server must not answer with a file, although Nitro's static handler would:
// - a path that starts with `//` (`//feed.xml`): the static handler reads its path with ufo's parseURL,
//   which takes it for a protocol-relative URL (host `feed.xml`, empty path) and sends the home page;
// - the configuration for static hosts that the build writes into the output (`_headers`, `_redirects`).
// They get what any unknown path gets (server/middleware/static-only.ts: the 404 page, or 405). Nitro puts
// its static handler before every middleware, and its `request` hook cannot answer a request, so this
// plugin adds one handler in front of the h3 app's stack (`App.stack`, a public field of h3's App).
import { defineEventHandler } from 'h3'
import type { App, H3Event } from 'h3'
import staticOnly from '../middleware/static-only'

const HOST_CONFIGURATION = new Set(['/_headers', '/_redirects'])

/** Whether a request path (as h3 has it, query included) names something no file of the site answers. */
export function isUnservedPath(path: string): boolean {
  const pathname = path.split('?')[0]!
  return pathname.startsWith('//') || HOST_CONFIGURATION.has(pathname)
}

/** Puts a handler in front of `app`'s stack that gives unserved paths to `answer`. */
export function guardUnservedPaths(app: App, answer: (event: H3Event) => unknown): void {
  app.stack.unshift({ route: '', handler: defineEventHandler(event => (isUnservedPath(event.path) ? answer(event) : undefined)) })
}

// A plain function (what defineNitroPlugin returns), so the unit tests can import this file outside Nitro.
export default function unservedPaths(nitroApp: { h3App: App }): void {
  if (import.meta.prerender || import.meta.dev) return
  guardUnservedPaths(nitroApp.h3App, staticOnly)
}
