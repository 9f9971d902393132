// scripts/serve.mjs, the static server of `npm start`, the browser tests and the benchmarks, run as a
// process (as they run it) on a free port, against a small site made here.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentSecurityPolicy, headersFile } from '../../security-headers.mjs'

const script = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url))
const HOME = '<!doctype html><title>Home</title><p>home page</p>'
const NOT_FOUND = '<!doctype html><title>Not found</title><p>page not found</p>'
const FEED = `<?xml version="1.0"?><rss>${'<item>entry</item>'.repeat(200)}</rss>`
const APP = `console.log(${JSON.stringify('x'.repeat(3000))})`
const VIDEO = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256))
// Larger than what the server keeps in memory: streamed from disk.
const BIG = Buffer.from(Array.from({ length: 1536 * 1024 }, (_, i) => (i * 7) % 251))

let dir = ''
let server: ChildProcess | undefined
let port = 0

function write(path: string, data: string | Buffer) {
  mkdirSync(dirname(join(dir, path)), { recursive: true })
  writeFileSync(join(dir, path), data)
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

interface Reply { status: number, headers: IncomingHttpHeaders, body: Buffer }

/** A raw HTTP request (no client-side decoding or path normalisation). */
function request(path: string, { method = 'GET', headers = {} as Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', c => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-'))
  write('index.html', HOME)
  write('404.html', NOT_FOUND)
  write('feed.xml', FEED)
  write('explore/index.html', '<!doctype html><title>Explore</title>')
  // The build's own _headers: applied to every response, never served as a file.
  write('_headers', headersFile(contentSecurityPolicy(['sha256-built'])))
  write('.env', 'SECRET=1')
  write('video.mp4', VIDEO)
  write('media/clip.webm', VIDEO)
  write('media/clip.en.vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n')
  write('big.mp4', BIG)
  write('_nuxt/app.js', APP)
  // Precompressed variants as the build writes them; the gzip one is marked so the test can tell it
  // from gzip made on the fly.
  write('_nuxt/app.js.br', brotliCompressSync(APP))
  write('_nuxt/app.js.gz', gzipSync(`${APP}//precompressed`))
  utimesSync(join(dir, 'video.mp4'), new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'))
  port = await freePort()
  server = spawn(process.execPath, [script], { env: { ...process.env, SITE_DIR: dir, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' })
  for (let i = 0; i < 100; i++) {
    if (await request('/').then(() => true, () => false)) return
    await new Promise(r => setTimeout(r, 100))
  }
  throw new Error('scripts/serve.mjs did not start')
}, 30_000)

afterAll(() => {
  server?.kill()
  rmSync(dir, { recursive: true, force: true })
})

describe('Accept-Encoding', () => {
  it('does not gzip when gzip;q=0 refuses it', async () => {
    const reply = await request('/feed.xml', { headers: { 'accept-encoding': 'gzip;q=0' } })
    expect(reply.headers['content-encoding']).toBeUndefined()
    expect(reply.body.toString()).toBe(FEED)
    expect((await request('/feed.xml', { headers: { 'accept-encoding': 'gzip; q=0.000, identity' } })).headers['content-encoding']).toBeUndefined()
    expect((await request('/feed.xml', { headers: { 'accept-encoding': '*, gzip;q=0' } })).headers['content-encoding']).toBeUndefined()
  })

  it('reads tokens case-insensitively: GZIP is gzip', async () => {
    const reply = await request('/feed.xml', { headers: { 'accept-encoding': 'GZIP' } })
    expect(reply.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(reply.body).toString()).toBe(FEED)
    expect(reply.headers.vary).toBe('Accept-Encoding')
  })

  it('sends the precompressed file the reader prefers, else the server\'s preference', async () => {
    const br = await request('/_nuxt/app.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(br.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(br.body).toString()).toBe(APP)
    const gz = await request('/_nuxt/app.js', { headers: { 'accept-encoding': 'br;q=0.5, gzip' } })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(`${APP}//precompressed`)
    expect(gz.headers.etag).not.toBe(br.headers.etag)
    expect((await request('/_nuxt/app.js', { headers: { 'accept-encoding': 'br;q=0, *' } })).headers['content-encoding']).toBe('gzip')
    expect((await request('/_nuxt/app.js', { headers: { 'accept-encoding': 'identity' } })).body.toString()).toBe(APP)
    expect((await request('/_nuxt/app.js')).headers['content-encoding']).toBeUndefined()
  })

  it('leaves files that are not text alone', async () => {
    expect((await request('/video.mp4', { headers: { 'accept-encoding': 'gzip, br' } })).headers['content-encoding']).toBeUndefined()
  })
})

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s answers 405 with Allow: GET, HEAD', async (method) => {
    const reply = await request('/feed.xml', { method })
    expect(reply.status).toBe(405)
    expect(reply.headers.allow).toBe('GET, HEAD')
    expect(reply.body.toString()).not.toContain('rss')
  })

  it('HEAD answers like GET, without a body', async () => {
    const reply = await request('/feed.xml', { method: 'HEAD' })
    expect(reply.status).toBe(200)
    expect(Number(reply.headers['content-length'])).toBe(Buffer.byteLength(FEED))
    expect(reply.body).toHaveLength(0)
  })
})

describe('paths', () => {
  it('serves clean URLs and 404.html with status 404 for anything else', async () => {
    expect((await request('/explore')).body.toString()).toContain('<title>Explore</title>')
    expect((await request('/explore/?q=x')).body.toString()).toContain('<title>Explore</title>')
    expect((await request('/')).body.toString()).toBe(HOME)
    const missing = await request('/nope')
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toBe(NOT_FOUND)
  })

  it('answers //feed.xml with 404, not the home page', async () => {
    const reply = await request('//feed.xml')
    expect(reply.status).toBe(404)
    expect(reply.body.toString()).toBe(NOT_FOUND)
    expect((await request('//explore')).status).toBe(404)
  })

  it('does not serve /_headers, dotfiles or anything outside the site', async () => {
    for (const path of ['/_headers', '/%5Fheaders', '/_headers/', '/.env', '/%2e%2e/package.json', '/../package.json', '/..%2f..%2fetc%2fpasswd', '/%00', '/%E0%A4%A']) {
      const reply = await request(path)
      expect(reply.status, path).toBe(404)
      expect(reply.body.toString(), path).toBe(NOT_FOUND)
    }
  })

  it('sends the build\'s _headers and cache rules: hashed assets immutable, the rest revalidated', async () => {
    const asset = await request('/_nuxt/app.js')
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const page = await request('/')
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['content-security-policy']).toContain('script-src \'self\' \'wasm-unsafe-eval\' \'sha256-built\';')
    expect((await request('/nope')).headers['cache-control']).toBe('no-cache')
    expect((await request('/', { method: 'POST' })).headers['x-content-type-options']).toBe('nosniff')
  })

  it('answers a matching If-None-Match with 304', async () => {
    const first = await request('/feed.xml', { headers: { 'accept-encoding': 'gzip' } })
    const again = await request('/feed.xml', { headers: { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag! } })
    expect(again.status).toBe(304)
    expect(again.body).toHaveLength(0)
  })
})

describe('Range requests', () => {
  const range = (value: string, headers: Record<string, string> = {}) => request('/video.mp4', { headers: { range: value, ...headers } })

  it('answers one byte range with 206 and exactly those bytes', async () => {
    const reply = await range('bytes=0-0')
    expect(reply.status).toBe(206)
    expect(reply.headers['content-range']).toBe('bytes 0-0/1000')
    expect([...reply.body]).toEqual([0])
    const middle = await range('bytes=100-199')
    expect(middle.headers['content-range']).toBe('bytes 100-199/1000')
    expect(middle.body.equals(VIDEO.subarray(100, 200))).toBe(true)
    expect((await request('/video.mp4')).headers['accept-ranges']).toBe('bytes')
  })

  it('answers open and suffix ranges with the right end of the file', async () => {
    const open = await range('bytes=990-')
    expect(open.headers['content-range']).toBe('bytes 990-999/1000')
    expect(open.body.equals(VIDEO.subarray(990))).toBe(true)
    const suffix = await range('bytes=-10')
    expect(suffix.status).toBe(206)
    expect(suffix.headers['content-range']).toBe('bytes 990-999/1000')
    expect(suffix.body.equals(VIDEO.subarray(990))).toBe(true)
    expect((await range('bytes=900-5000')).headers['content-range']).toBe('bytes 900-999/1000')
  })

  it('answers a range past the end with 416, and ignores ranges it cannot serve exactly', async () => {
    const past = await range('bytes=1000-')
    expect(past.status).toBe(416)
    expect(past.headers['content-range']).toBe('bytes */1000')
    for (const value of ['bytes=5-2', 'bytes=0-1,5-6', 'items=0-1', 'bytes=x-y']) {
      const whole = await range(value)
      expect(whole.status, value).toBe(200)
      expect(whole.body.equals(VIDEO), value).toBe(true)
    }
    const stale = await range('bytes=0-0', { 'if-range': 'W/"stale"' })
    expect(stale.status).toBe(200)
  })

  it('streams large files whole or in ranges', async () => {
    const whole = await request('/big.mp4')
    expect(whole.body.equals(BIG)).toBe(true)
    const part = await request('/big.mp4', { headers: { range: 'bytes=1048570-1048579' } })
    expect(part.status).toBe(206)
    expect(part.headers['content-range']).toBe(`bytes 1048570-1048579/${BIG.length}`)
    expect(part.body.equals(BIG.subarray(1048570, 1048580))).toBe(true)
  })

  it('answers a WebM with its type and byte ranges (a self-hosted video seeks with them), and a WebVTT track as text/vtt', async () => {
    const part = await request('/media/clip.webm', { headers: { range: 'bytes=500-' } })
    expect(part.status).toBe(206)
    expect(part.headers['content-type']).toBe('video/webm')
    expect(part.headers['content-range']).toBe('bytes 500-999/1000')
    expect(part.body.equals(VIDEO.subarray(500))).toBe(true)
    // nosniff: a track of any other type is refused by the browser.
    const track = await request('/media/clip.en.vtt')
    expect(track.status).toBe(200)
    expect(track.headers['content-type']).toBe('text/vtt; charset=utf-8')
    expect(track.headers['x-content-type-options']).toBe('nosniff')
  })

  it('serves ranges of the file itself, never of a compressed body', async () => {
    const reply = await request('/feed.xml', { headers: { 'range': 'bytes=0-4', 'accept-encoding': 'gzip' } })
    expect(reply.status).toBe(206)
    expect(reply.headers['content-encoding']).toBeUndefined()
    expect(reply.body.toString()).toBe('<?xml')
  })
})
