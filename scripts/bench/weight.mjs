// First-visit page weight, measured in Chromium: every response of a fresh browser context is collected,
// its body gzipped with zlib, and counted by type. Shared by `npm run bench` and tests/e2e/budget.spec.ts.
// Byte counts only: nothing here measures or asserts times.
import { gzipSync } from 'node:zlib'

export const TYPES = ['html', 'js', 'css', 'font', 'image', 'data', 'wasm', 'other']

/** The type of a response, from its resource type, content type and extension. */
export function typeOf({ url, resourceType, contentType }) {
  const path = new URL(url).pathname
  if (/\.wasm$/i.test(path) || /application\/wasm/.test(contentType)) return 'wasm'
  if (resourceType === 'document' || /text\/html/.test(contentType)) return 'html'
  if (resourceType === 'script' || /\.m?js$/i.test(path) || /javascript/.test(contentType)) return 'js'
  if (resourceType === 'stylesheet' || /\.css$/i.test(path) || /text\/css/.test(contentType)) return 'css'
  if (resourceType === 'font' || /\.(woff2?|ttf|otf|eot)$/i.test(path) || /^font\//.test(contentType)) return 'font'
  if (resourceType === 'image' || /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i.test(path) || /^image\//.test(contentType)) return 'image'
  if (/\.json$/i.test(path) || /json/.test(contentType)) return 'data'
  return 'other'
}

/** Gzipped size of a body (zlib, level 9: what a static host's precompressed files would be). */
export function gzipSize(body) {
  return body.length ? gzipSync(body, { level: 9 }).length : 0
}

/**
 * Loads `url` in a new context of `browser` (cache empty) and waits until the network is idle.
 * Returns every response (url, type, status, raw and gzipped bytes), the totals by type, and every
 * requested URL.
 */
export async function measurePage(browser, url, { settle = 500 } = {}) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const pending = []
  const files = []
  // Every request URL, answered or not (a request to another host may fail and leave no response).
  const requests = []
  page.on('request', (request) => {
    const requestUrl = request.url()
    if (!requestUrl.startsWith('data:') && !requestUrl.startsWith('blob:')) requests.push(requestUrl)
  })
  page.on('response', (response) => {
    const responseUrl = response.url()
    if (responseUrl.startsWith('data:') || responseUrl.startsWith('blob:')) return
    pending.push((async () => {
      let body = Buffer.alloc(0)
      const request = response.request()
      try {
        body = await response.body()
      }
      catch {
        // A body the browser did not keep (a redirect, an aborted request): fetched again below.
      }
      // Chromium keeps no body for <link rel="prefetch"> responses (it may throw or return an empty one):
      // download the file again so that it is counted. Redirects have no body and count as zero bytes.
      if (!body.length && response.status() === 200) {
        try {
          body = await (await context.request.get(responseUrl)).body()
        }
        catch {
          // Gone by now: counted as empty.
        }
      }
      files.push({
        url: responseUrl,
        type: typeOf({ url: responseUrl, resourceType: request.resourceType(), contentType: response.headers()['content-type'] ?? '' }),
        resourceType: request.resourceType(),
        status: response.status(),
        bytes: body.length,
        gzip: gzipSize(body),
      })
    })())
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  // Late requests (hydration, prefetches started by idle callbacks), then idle again.
  await page.waitForTimeout(settle)
  await page.waitForLoadState('networkidle')
  await Promise.all(pending)
  await context.close()
  return { ...summarize(url, files), requests }
}

export function summarize(url, files) {
  const byType = Object.fromEntries(TYPES.map(type => [type, { requests: 0, bytes: 0, gzip: 0 }]))
  for (const file of files) {
    byType[file.type].requests++
    byType[file.type].bytes += file.bytes
    byType[file.type].gzip += file.gzip
  }
  const total = files.reduce((sum, f) => ({ requests: sum.requests + 1, bytes: sum.bytes + f.bytes, gzip: sum.gzip + f.gzip }), { requests: 0, bytes: 0, gzip: 0 })
  files.sort((a, b) => b.gzip - a.gzip)
  return { url, total, byType, files }
}

export const kib = bytes => `${(bytes / 1024).toFixed(1)} KiB`

/** A plain-text breakdown by type and the largest files, for failure messages and logs. */
export function describeWeight(weight, { largest = 8 } = {}) {
  const lines = [`${weight.url}: ${weight.total.requests} requests, ${kib(weight.total.gzip)} gzipped (${kib(weight.total.bytes)} raw)`]
  for (const type of TYPES) {
    const t = weight.byType[type]
    if (t.requests) lines.push(`  ${type.padEnd(6)} ${String(t.requests).padStart(3)} req  ${kib(t.gzip).padStart(11)} gz  ${kib(t.bytes).padStart(11)} raw`)
  }
  lines.push(`  largest files (gzipped):`)
  for (const f of weight.files.slice(0, largest)) lines.push(`    ${kib(f.gzip).padStart(11)}  ${f.type.padEnd(5)} ${new URL(f.url).pathname} (${f.resourceType})`)
  return lines.join('\n')
}
