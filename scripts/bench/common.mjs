// What the parts of `npm run bench` share: the repository root, the pages measured, the browser, the log,
// a server for the generated site, and sizes of files and folders.
import { spawn } from 'node:child_process'
import { cpSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
/** The pages the weight and Lighthouse parts measure. */
export const PAGES = ['/', '/patterns', '/patterns/notebook-resume', '/deep-dives/s3-client-and-data-layout', '/explore']

export const log = (...args) => console.log('[bench]', ...args)

/** Serves `dir` with scripts/serve.mjs (a separate process, as in production) until `stop()`. */
export async function serve(dir, port) {
  const origin = `http://127.0.0.1:${port}`
  let child
  const start = async () => {
    child = spawn(process.execPath, [join(root, 'scripts/serve.mjs')], {
      env: { ...process.env, SITE_DIR: dir, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${origin}/`)).ok) return
      }
      catch {
        // Not listening yet: try again.
      }
      await new Promise(r => setTimeout(r, 100))
    }
    throw new Error(`scripts/serve.mjs did not answer on ${origin}`)
  }
  const exited = () => child.exitCode != null || child.signalCode != null
  await start()
  return {
    origin,
    /** Starts the server again if it has stopped (another process may have ended it). */
    ensure: async () => {
      if (!exited()) return
      log(`the server on ${origin} had stopped (${child.exitCode ?? child.signalCode}); starting it again`)
      await start()
    },
    stop: () => new Promise(r => (exited() ? r() : (child.once('exit', r), child.kill('SIGTERM')))),
  }
}

export function dirSize(dir) {
  let bytes = 0
  let files = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      const sub = dirSize(path)
      bytes += sub.bytes
      files += sub.files
    }
    // Precompressed copies (.br, .gz next to the file) are not part of the site's size.
    else if (entry.isFile() && !/\.(?:br|gz)$/.test(entry.name)) {
      bytes += statSync(path).size
      files++
    }
  }
  return { bytes, files }
}

/** The HTML pages of a build: how many, and their average size (what every page carries). */
export function htmlPages(dir) {
  let bytes = 0
  let pages = 0
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && entry.name.endsWith('.html')) {
        bytes += statSync(path).size
        pages++
      }
    }
  }
  walk(dir)
  return { pages, averageBytes: pages ? Math.round(bytes / pages) : 0 }
}

export function fileSizes(path) {
  const body = readFileSync(path)
  return { bytes: body.length, gzip: gzipSync(body, { level: 9 }).length }
}

/** Copies the repository to `dest` without its builds and caches; node_modules is linked, not copied. */
export function copyRepo(dest) {
  const skip = new Set(['node_modules', '.output', '.nuxt', '.data', '.venv-examples', 'test-results', 'bench'].map(d => join(root, d)))
  cpSync(root, dest, { recursive: true, filter: src => !skip.has(src) && !src.startsWith(join(root, 'dist')) })
  symlinkSync(join(root, 'node_modules'), join(dest, 'node_modules'))
}
