// Headers of every response of the deployed Node server. A plugin, not middleware: Nitro's static handler
// answers files before any middleware runs, so a header must be set when the request arrives.
// - Cache-Control: files outside /_nuxt/ (pages, payloads, feeds, images) keep their URLs across builds, so
//   browsers revalidate them (ETag, Last-Modified: a 304 when unchanged). Hashed /_nuxt/ files get
//   `public, max-age=31536000, immutable` from the route rule Nuxt sets for its build assets, which runs
//   after this and overrides it.
// - No x-powered-by (Nuxt's renderer adds it; at run time it renders only error pages).
import { removeResponseHeader, setResponseHeader } from 'h3'
import type { H3Event } from 'h3'
import type { NitroApp } from 'nitropack'

export function setCacheControl(event: H3Event): void {
  if (!event.path.startsWith('/_nuxt/')) setResponseHeader(event, 'cache-control', 'no-cache')
}

export function dropPoweredBy(event: H3Event): void {
  removeResponseHeader(event, 'x-powered-by')
}

// A plain function (what defineNitroPlugin returns), so the unit tests can import this file outside Nitro.
export default function responseHeaders(nitroApp: NitroApp): void {
  if (import.meta.prerender || import.meta.dev) return
  nitroApp.hooks.hook('request', setCacheControl)
  nitroApp.hooks.hook('beforeResponse', dropPoweredBy)
}
