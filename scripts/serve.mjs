// Serves the generated static site (.output/public) the way a static host or CDN does:
// clean URLs (/x -> /x/index.html), 404.html with status 404 for anything unknown, and gzip for text (as
// every static host does: without it Lighthouse's simulated network would see the raw bytes).
// Hand-written (no dependency) because it is 70 lines and the tests need exactly this behaviour.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { SECURITY_HEADERS } from '../security-headers.mjs'

const root = resolve(process.env.SITE_DIR ?? '.output/public')
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? 'localhost'
// The path the site is served under, as on a GitHub project site (BASE_PATH=/metaflow-patterns/ for a build
// made with that base path): only URLs under it resolve, and the bare path redirects to it with a slash.
const basePath = (process.env.BASE_PATH ?? '/').replace(/\/*$/, '/')

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
}

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No generated site in ${root}: run "npm run generate" first.`)
  process.exit(1)
}

function resolveFile(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '')
  const base = join(root, safe)
  if (!base.startsWith(root)) return undefined
  for (const candidate of [base, join(base, 'index.html'), `${base}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return undefined
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.md'])
// Gzipped bodies, compressed once per file version.
const gzipped = new Map()

function body(file, acceptEncoding) {
  const raw = readFileSync(file)
  if (!COMPRESSIBLE.has(extname(file)) || !/\bgzip\b/.test(acceptEncoding ?? '')) return { data: raw }
  const key = `${file}:${statSync(file).mtimeMs}`
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(raw, { level: 9 }))
  return { data: gzipped.get(key), encoding: 'gzip' }
}

function send(req, res, file, status) {
  const { data, encoding } = body(file, req.headers['accept-encoding'])
  res.writeHead(status, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': data.length,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    'Vary': 'Accept-Encoding',
    'Cache-Control': file.includes('/_nuxt/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...SECURITY_HEADERS,
  })
  res.end(req.method === 'HEAD' ? undefined : data)
}

createServer((req, res) => {
  let pathname = '/'
  try {
    pathname = new URL(req.url ?? '/', 'http://localhost').pathname
  }
  catch {}
  if (`${pathname}/` === basePath) return res.writeHead(301, { Location: basePath }).end()
  let file
  try {
    if (pathname.startsWith(basePath)) file = resolveFile(pathname.slice(basePath.length - 1))
  }
  catch {}
  if (file) return send(req, res, file, 200)
  const notFound = join(root, '404.html')
  if (existsSync(notFound)) return send(req, res, notFound, 404)
  res.writeHead(404).end('Not found')
}).listen(port, host, () => {
  console.log(`Metaflow Patterns is served at http://localhost:${port}${basePath} (from ${root})`)
})
