// The generated output as the static server sends it: nothing of Nuxt Content's database is published,
// text files come precompressed, and the requests a probe found answered wrongly are answered right.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { expect, test } from './fixtures'
import { SITE } from './site-files'

/** A raw request: no client that resolves `//feed.xml` as a host or decodes the body. */
function raw(baseURL: string, path: string, { method = 'GET', headers = {} as Record<string, string> } = {}): Promise<{ status: number, headers: Record<string, string | string[] | undefined>, body: Buffer }> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', c => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

test('no SQL dump or other Nuxt Content endpoint is published', async ({ baseURL }) => {
  expect(existsSync(join(SITE, '__nuxt_content')), '.output/public/__nuxt_content').toBe(false)
  for (const collection of ['pages', 'patterns', 'deepDives', 'projects', 'tags']) {
    expect((await raw(baseURL!, `/__nuxt_content/${collection}/sql_dump.txt`)).status, collection).toBe(404)
  }
})

test('the browser build holds no SQLite database: content is queried at build time only', () => {
  // Nuxt Content's browser query path (SQLite WASM, its workers) is left out of the client build
  // (modules/lean-client/server-only-queries.ts); before, two 864 KB copies of the .wasm shipped unused.
  const assets = readdirSync(join(SITE, '_nuxt'))
  expect(assets.filter(name => /sqlite|\.wasm(\.|$)/i.test(name))).toEqual([])
  const scripts = assets.filter(name => name.endsWith('.js'))
  expect(scripts.length).toBeGreaterThan(0)
  expect(scripts.filter(name => readFileSync(join(SITE, '_nuxt', name), 'utf8').includes('sqlite3'))).toEqual([])
})

test('pages and scripts are precompressed, and sent as brotli to a reader that accepts it', async ({ baseURL }) => {
  for (const file of ['index.html', 'explore/index.html', 'patterns/notebook-resume/index.html', 'search.json']) {
    expect(existsSync(join(SITE, `${file}.br`)), `${file}.br`).toBe(true)
    expect(existsSync(join(SITE, `${file}.gz`)), `${file}.gz`).toBe(true)
  }
  const home = await raw(baseURL!, '/', { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } })
  expect(home.headers['content-encoding']).toBe('br')
  expect(brotliDecompressSync(home.body).equals(readFileSync(join(SITE, 'index.html')))).toBe(true)
  expect((await raw(baseURL!, '/', { headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } })).headers['content-encoding']).toBeUndefined()
})

test('//feed.xml, /_headers and POST are not answered as pages', async ({ baseURL }) => {
  const home = readFileSync(join(SITE, 'index.html'))
  const doubled = await raw(baseURL!, '//feed.xml')
  expect(doubled.status).toBe(404)
  expect(doubled.body.equals(home)).toBe(false)
  expect((await raw(baseURL!, '/_headers')).status).toBe(404)
  const post = await raw(baseURL!, '/patterns/notebook-resume', { method: 'POST' })
  expect(post.status).toBe(405)
  expect(post.headers.allow).toBe('GET, HEAD')
})

test('byte ranges are answered, as video seeking needs', async ({ baseURL }) => {
  const favicon = readFileSync(join(SITE, 'favicon.svg'))
  const part = await raw(baseURL!, '/favicon.svg', { headers: { range: 'bytes=-16' } })
  expect(part.status).toBe(206)
  expect(part.headers['content-range']).toBe(`bytes ${favicon.length - 16}-${favicon.length - 1}/${favicon.length}`)
  expect(part.body.equals(favicon.subarray(favicon.length - 16))).toBe(true)
})
