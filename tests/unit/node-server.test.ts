// The Node server's middleware and response headers (server/middleware/static-only.ts,
// server/plugins/response-headers.ts), in an h3 app shaped like Nitro's: a static handler first, then the
// middleware, then a stand-in for Nuxt's renderer that records every request it would have rendered.
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { createApp, createError, defineEventHandler, setResponseHeader, toNodeListener } from 'h3'
import { parseURL } from 'ufo'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticOnlyHandler } from '~/server/middleware/static-only'
import { dropPoweredBy, setCacheControl } from '~/server/plugins/response-headers'
import { guardUnservedPaths, isUnservedPath } from '~/server/plugins/unserved-paths'

const NOT_FOUND = '<!doctype html><title>Page not found | Metaflow Patterns</title>'
const rendered: string[] = []
let server: Server
let base = ''

beforeAll(async () => {
  const app = createApp({ onRequest: setCacheControl, onBeforeResponse: dropPoweredBy })
  // Nitro's static handler answers files for GET and HEAD and throws 404 for missing /_nuxt/ files. Like
  // it, this one reads the path with ufo's parseURL (`//feed.xml` becomes the home page).
  app.use(defineEventHandler((event) => {
    if (event.method !== 'GET' && event.method !== 'HEAD') return
    const path = parseURL(event.path).pathname || '/'
    if (path === '/') return '<!doctype html><title>Home</title>'
    if (path === '/_headers') return '/*\n  X-Frame-Options: DENY\n'
    if (event.path === '/patterns/x') return '<!doctype html><title>Article</title>'
    if (event.path.startsWith('/_nuxt/')) {
      if (event.path === '/_nuxt/app.js') return 'js'
      throw createError({ statusCode: 404 })
    }
  }))
  const staticOnly = createStaticOnlyHandler({ notFoundPage: async () => NOT_FOUND })
  app.use(defineEventHandler(staticOnly))
  guardUnservedPaths(app, staticOnly)
  app.use(defineEventHandler((event) => {
    rendered.push(`${event.method} ${event.path}`)
    setResponseHeader(event, 'x-powered-by', 'Nuxt')
    return '<!doctype html><title>Rendered</title>'
  }))
  server = createServer(toNodeListener(app))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

describe('the Node server outside prerender', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s to a page with 405 and Allow: GET, HEAD, without rendering', async (method) => {
    rendered.length = 0
    const reply = await fetch(`${base}/patterns/x`, { method })
    expect(reply.status).toBe(405)
    expect(reply.headers.get('allow')).toBe('GET, HEAD')
    expect(rendered).toEqual([])
  })

  it('answers unknown paths with the prerendered 404 page and status 404, without rendering', async () => {
    rendered.length = 0
    for (const path of ['/nope', '/patterns/nope', '/constructor/x', '//feed.xml', '//', '/_headers', '/_redirects?x=1']) {
      const reply = await fetch(`${base}${path}`)
      expect(reply.status, path).toBe(404)
      expect(reply.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await reply.text()).toBe(NOT_FOUND)
    }
    expect(rendered).toEqual([])
  })

  it('still serves the home page and files', async () => {
    expect(await (await fetch(`${base}/`)).text()).toContain('<title>Home</title>')
    expect(await (await fetch(`${base}/patterns/x`)).text()).toContain('<title>Article</title>')
    expect(['/feed.xml', '/patterns/_headers', '/a//b'].map(isUnservedPath)).toEqual([false, false, false])
  })

  it('gives Nuxt\'s error handler the 404 page for a 404 and leaves other errors to it', async () => {
    rendered.length = 0
    const notFound = await fetch(`${base}/__nuxt_error?url=/_nuxt/gone.js&statusCode=404&statusMessage=Not+Found`)
    expect(notFound.status).toBe(404)
    expect(await notFound.text()).toBe(NOT_FOUND)
    await fetch(`${base}/__nuxt_error?url=/x&statusCode=500`)
    expect(rendered).toEqual(['GET /__nuxt_error?url=/x&statusCode=500'])
  })

  it('makes Nuxt Content\'s query endpoint and SQL dumps unreachable', async () => {
    rendered.length = 0
    const query = await fetch(`${base}/__nuxt_content/patterns/query`, { method: 'POST', body: JSON.stringify({ sql: 'SELECT * FROM _content_patterns' }), headers: { 'content-type': 'application/json' } })
    expect(query.status).toBe(404)
    expect(await query.text()).toBe('Not found\n')
    expect((await fetch(`${base}/__nuxt_content/patterns/sql_dump.txt`)).status).toBe(404)
    expect((await fetch(`${base}/__nuxt_content`)).status).toBe(404)
    expect(rendered).toEqual([])
  })

  it('revalidates everything but hashed /_nuxt/ files, and sends no x-powered-by', async () => {
    expect((await fetch(`${base}/patterns/x`)).headers.get('cache-control')).toBe('no-cache')
    expect((await fetch(`${base}/nope`)).headers.get('cache-control')).toBe('no-cache')
    expect((await fetch(`${base}/_nuxt/app.js`)).headers.get('cache-control')).toBeNull()
    const error = await fetch(`${base}/__nuxt_error?statusCode=500`)
    expect(error.headers.get('x-powered-by')).toBeNull()
  })

  it('falls back to a plain 404 page when 404.html cannot be read, and tries again on the next request', async () => {
    let reads = 0
    const handler = createStaticOnlyHandler({ notFoundPage: async () => {
      reads++
      throw new Error('no 404.html')
    } })
    const event = { path: '/nope', method: 'GET', node: { req: { headers: {} }, res: { statusCode: 200, setHeader: () => {}, getHeader: () => undefined } } } as never
    expect(await handler(event)).toContain('<title>Page not found</title>')
    await handler(event)
    expect(reads).toBe(2)
  })
})
