// Serves the generated static site (.output/public) the way a static host or CDN does, for `npm start`,
// the browser tests and the benchmarks: clean URLs (/x -> /x/index.html), 404.html with status 404 for
// anything unknown, GET and HEAD only, precompressed .br/.gz files (written by the build) chosen by a real
// reading of Accept-Encoding, gzip made on the fly for text without a .gz, ETags, and single byte ranges
// (video seeking needs them). Files are looked up in an index made at start, never by joining the URL to
// a folder, so no path can leave the site; dotfiles and host configuration (_headers) are not served.
// No library: sirv 3.0.2 (considered) answers `Range: bytes=0-0` with the whole file and `bytes=-3` with
// the first bytes, and matches Accept-Encoding by substring (gzip for `gzip;q=0`, none for `GZIP`).
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { parseHeadersFile, SECURITY_HEADERS } from '../security-headers.mjs'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.cast': 'application/x-asciicast',
  '.wasm': 'application/wasm',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.md', '.vtt', '.cast'])
// Server preference when the reader accepts both equally: brotli is smaller.
const CODINGS = [{ name: 'br', suffix: '.br' }, { name: 'gzip', suffix: '.gz' }]
// Configuration for static hosts, in the output but not part of the site.
const NOT_SERVED = new Set(['/_headers', '/_redirects'])

/**
 * The content coding to send, of `available` (in server preference), by an Accept-Encoding header
 * (RFC 9110 12.5.3): tokens are case-insensitive, `q=0` refuses, `*` stands for codings not named,
 * `x-gzip` is gzip. undefined means identity (also for a missing or empty header).
 */
export function chooseEncoding(header, available) {
  if (!header) return undefined
  const weights = new Map()
  for (const part of String(header).split(',')) {
    const [token, ...params] = part.split(';').map(s => s.trim().toLowerCase())
    if (!token) continue
    let q = 1
    for (const param of params) {
      const match = /^q\s*=\s*([01](?:\.\d{0,3})?)$/.exec(param)
      if (param.startsWith('q')) q = match ? Number(match[1]) : 0
    }
    weights.set(token === 'x-gzip' ? 'gzip' : token, Math.min(q, 1))
  }
  let best
  let bestQ = 0
  for (const coding of available) {
    const q = weights.get(coding) ?? weights.get('*') ?? 0
    if (q > bestQ) {
      best = coding
      bestQ = q
    }
  }
  return best
}

/**
 * The byte range a Range header asks of a file of `size` bytes: `{ start, end }` (inclusive), 'unsatisfiable'
 * (answer 416), or undefined to ignore it and send the whole file (other units, several ranges, bad
 * syntax; RFC 9110 14.2 lets a server ignore Range).
 */
export function parseRange(header, size) {
  const match = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(String(header ?? '').trim())
  if (!match || (!match[1] && !match[2])) return undefined
  if (!match[1]) {
    const suffix = Number(match[2])
    if (suffix === 0 || size === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(match[1])
  const end = match[2] ? Number(match[2]) : Infinity
  if (end < start) return undefined
  if (start >= size) return 'unsatisfiable'
  return { start, end: Math.min(end, size - 1) }
}

// Files up to this size are read once and answered from memory (the site's pages, scripts and their
// precompressed copies); larger ones, such as videos, are streamed.
const CACHED_MAX_BYTES = 1024 * 1024
const cache = new Map()

function pipe(file, res, range) {
  if (file.size <= CACHED_MAX_BYTES) {
    if (!cache.has(file.path)) cache.set(file.path, readFileSync(file.path))
    const data = cache.get(file.path)
    return res.end(range ? data.subarray(range.start, range.end + 1) : data)
  }
  // A file removed while the server runs ends the response instead of the process.
  createReadStream(file.path, range).on('error', () => res.destroy()).pipe(res)
}

/** Every regular file under `root` by its URL path (`/explore/index.html`); dotfiles and links left out. */
function indexFiles(root) {
  const files = new Map()
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile()) {
        const { size, mtimeMs } = statSync(path)
        files.set(`/${relative(root, path).split(sep).join('/')}`, { path, size, mtime: new Date(mtimeMs) })
      }
    }
  }
  walk(root)
  return files
}

/**
 * A request handler serving the static site in `root` (a folder with index.html, usually 404.html) under
 * `basePath` (as on a GitHub project site, '/metaflow-patterns/'): only URLs under it resolve, and the bare
 * path redirects to it with a slash. The headers are the build's own `_headers` file for every path, as a
 * static host applies it (its Content-Security-Policy holds the hashes of that build's inline scripts).
 */
export function createSiteHandler(root, { basePath = '/' } = {}) {
  const files = indexFiles(resolve(root))
  const base = String(basePath).replace(/\/*$/, '/')
  const headersPath = join(resolve(root), '_headers')
  const siteHeaders = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : SECURITY_HEADERS
  // Gzipped bodies of text files that have no .gz next to them, made once.
  const gzipped = new Map()

  const lookUp = (url) => {
    // The raw request path, not a URL parsed against a base: `//feed.xml` is a path, not a host.
    const full = String(url ?? '/').split(/[?#]/)[0]
    if (!full.startsWith(base)) return undefined
    const raw = full.slice(base.length - 1)
    if (!raw.startsWith('/')) return undefined
    let pathname
    try {
      pathname = decodeURIComponent(raw)
    }
    catch {
      return undefined
    }
    const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}/index.html`, `${pathname}.html`]
    const found = candidates.find(c => files.has(c) && !NOT_SERVED.has(c))
    return found && { url: found, ...files.get(found) }
  }

  const etagOf = (file, coding) => `W/"${file.size.toString(16)}-${file.mtime.getTime().toString(16)}${coding ? `-${coding}` : ''}"`

  const notModified = (req, etag) => {
    const header = req.headers['if-none-match']
    if (!header) return false
    return header.trim() === '*' || header.split(',').some(tag => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''))
  }

  const send = (req, res, file, status) => {
    const ext = extname(file.url)
    const compressible = COMPRESSIBLE.has(ext)
    const variants = CODINGS.filter(c => files.has(file.url + c.suffix) || (c.name === 'gzip' && compressible))
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Last-Modified': file.mtime.toUTCString(),
      // Hashed build assets never change; everything else is checked again (ETag) on every visit.
      'Cache-Control': status === 200 && file.url.startsWith('/_nuxt/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(variants.length ? { Vary: 'Accept-Encoding' } : {}),
      ...siteHeaders,
    }
    const head = req.method === 'HEAD'

    // Ranges are of the file itself (identity): what a video element asks for when seeking.
    if (status === 200) {
      headers['Accept-Ranges'] = 'bytes'
      const ifRange = req.headers['if-range']
      const range = req.headers.range && (!ifRange || ifRange === etagOf(file) || ifRange === headers['Last-Modified'])
        ? parseRange(req.headers.range, file.size)
        : undefined
      if (range === 'unsatisfiable') {
        res.writeHead(416, { ...headers, 'Content-Range': `bytes */${file.size}`, 'Content-Length': 0 })
        return res.end()
      }
      if (range) {
        res.writeHead(206, { ...headers, 'ETag': etagOf(file), 'Content-Range': `bytes ${range.start}-${range.end}/${file.size}`, 'Content-Length': range.end - range.start + 1 })
        if (head) return res.end()
        return pipe(file, res, range)
      }
    }

    const coding = chooseEncoding(req.headers['accept-encoding'], variants.map(c => c.name))
    const etag = etagOf(file, coding)
    if (status === 200 && notModified(req, etag)) {
      delete headers['Content-Type']
      res.writeHead(304, { ...headers, ETag: etag })
      return res.end()
    }
    const variant = coding && files.get(file.url + CODINGS.find(c => c.name === coding).suffix)
    if (!coding || variant) {
      const body = variant ?? file
      res.writeHead(status, { ...headers, 'ETag': etag, 'Content-Length': body.size, ...(coding ? { 'Content-Encoding': coding } : {}) })
      if (head) return res.end()
      return pipe(body, res)
    }
    const key = `${file.path}:${file.mtime.getTime()}`
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(file.path), { level: 9 }))
    const data = gzipped.get(key)
    res.writeHead(status, { ...headers, 'ETag': etag, 'Content-Length': data.length, 'Content-Encoding': 'gzip' })
    res.end(head ? undefined : data)
  }

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'Allow': 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...siteHeaders })
      return res.end('Method Not Allowed: this site answers GET and HEAD only.\n')
    }
    if (`${String(req.url).split(/[?#]/)[0]}/` === base) {
      res.writeHead(301, { 'Location': base, 'Cache-Control': 'no-cache', ...siteHeaders })
      return res.end()
    }
    const file = lookUp(req.url)
    if (file) return send(req, res, file, 200)
    const notFound = lookUp(`${base}404.html`)
    if (notFound) return send(req, res, notFound, 404)
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...siteHeaders })
    res.end(req.method === 'HEAD' ? undefined : 'Not found\n')
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.env.SITE_DIR ?? '.output/public')
  const port = Number(process.env.PORT ?? 3000)
  const host = process.env.HOST ?? 'localhost'
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No generated site in ${root}: run "npm run generate" first.`)
    process.exit(1)
  }
  const basePath = (process.env.BASE_PATH ?? '/').replace(/\/*$/, '/')
  createServer(createSiteHandler(root, { basePath })).listen(port, host, () => {
    console.log(`Metaflow Patterns is served at http://localhost:${port}${basePath} (from ${root})`)
  })
}
