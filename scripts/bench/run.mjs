// `npm run bench`: page weight, Lighthouse, search, scale and load figures of the generated site, written to
// bench/results.json and bench/results.md (and bench/scale.svg). Not part of `npm test`; reports, never asserts.
//
//   npm run bench                         everything, against .output/public (run `npm run generate` first)
//   npm run bench -- --only=weight,search  some parts; the others are kept from the previous results.json
//   SITE_DIR=... BENCH_PORT=4600 BENCH_SCALE=10,100,1000 BENCH_SCALE_FORCE=1 (run 1,000 even when slow)
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { describeWeight, measurePage } from './weight.mjs'
import { writeSyntheticPatterns } from './synthetic.mjs'
import { scaleChart } from './chart.mjs'
import { searchFigures, searchMarkdown } from './search.mjs'
import { median, percentile, round } from './stats.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const outDir = join(root, 'bench')
const site = resolve(process.env.SITE_DIR ?? join(root, '.output/public'))
const basePort = Number(process.env.BENCH_PORT ?? 4600)
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
const PAGES = ['/', '/patterns', '/patterns/notebook-resume', '/deep-dives/s3-client-and-data-layout', '/explore']
const PARTS = ['weight', 'lighthouse', 'search', 'load', 'scale']
const onlyArg = process.argv.find(a => a.startsWith('--only='))
const parts = onlyArg ? onlyArg.slice(7).split(',') : PARTS
const unknown = parts.filter(p => !PARTS.includes(p))
if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(', ')}: use ${PARTS.join(', ')}`)

const log = (...args) => console.log('[bench]', ...args)

/** Serves `dir` with scripts/serve.mjs (a separate process, as in production) until `stop()`. */
async function serve(dir, port) {
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
      catch {}
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

function dirSize(dir) {
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
function htmlPages(dir) {
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

function fileSizes(path) {
  const body = readFileSync(path)
  return { bytes: body.length, gzip: gzipSync(body, { level: 9 }).length }
}

// ---- weight ----------------------------------------------------------------------------------------
async function weight(origin) {
  const { chromium: pw } = await import('@playwright/test')
  const browser = await pw.launch({ executablePath: chromium, args: CHROME_ARGS })
  const pages = []
  try {
    for (const path of PAGES) {
      const w = await measurePage(browser, origin + path)
      log(describeWeight(w, { largest: 5 }))
      pages.push({
        path,
        total: w.total,
        byType: w.byType,
        foreignRequests: w.requests.filter(u => new URL(u).origin !== origin),
        largest: w.files.slice(0, 10).map(f => ({ path: new URL(f.url).pathname, type: f.type, resourceType: f.resourceType, bytes: f.bytes, gzip: f.gzip })),
        files: w.files.map(f => ({ path: new URL(f.url).pathname, type: f.type, resourceType: f.resourceType, status: f.status, bytes: f.bytes, gzip: f.gzip })),
      })
    }
  }
  finally {
    await browser.close()
  }
  return { gzip: 'zlib level 9, per response body', pages }
}

// ---- lighthouse ------------------------------------------------------------------------------------
async function lighthouseRuns(origin, ensure, runs = 5) {
  try {
    const { default: lighthouse } = await import('lighthouse')
    const { launch } = await import('chrome-launcher')
    const pages = []
    for (const path of PAGES) {
      const samples = []
      const errors = []
      for (let i = 0; i < runs; i++) {
        await ensure()
        const chrome = await launch({ chromePath: chromium, chromeFlags: ['--headless=new', ...CHROME_ARGS] })
        try {
          const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] })
          const lhr = result.lhr
          if (lhr.runtimeError) errors.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
          const audit = id => lhr.audits[id]?.numericValue ?? null
          samples.push({
            score: lhr.categories.performance.score == null ? null : Math.round(lhr.categories.performance.score * 100),
            accessibility: lhr.categories.accessibility?.score == null ? null : Math.round(lhr.categories.accessibility.score * 100),
            fcp: audit('first-contentful-paint'),
            lcp: audit('largest-contentful-paint'),
            tbt: audit('total-blocking-time'),
            cls: audit('cumulative-layout-shift'),
          })
          log(`lighthouse ${path} run ${i + 1}: score ${samples.at(-1).score}`)
        }
        catch (error) {
          errors.push(String(error?.message ?? error))
          log(`lighthouse ${path} run ${i + 1} failed: ${errors.at(-1)}`)
        }
        finally {
          await chrome.kill()
        }
      }
      const med = key => median(samples.map(s => s[key]).filter(v => v != null))
      pages.push({ path, runs: samples.length, score: med('score'), accessibility: med('accessibility'), fcpMs: round(med('fcp'), 0), lcpMs: round(med('lcp'), 0), tbtMs: round(med('tbt'), 0), cls: round(med('cls'), 3), samples, errors })
    }
    return { version: '12.2.3', config: 'default (mobile, simulated throttling), performance and accessibility categories', median: `per metric, of ${runs} runs`, pages }
  }
  catch (error) {
    log(`lighthouse failed: ${error?.stack ?? error}`)
    return { error: String(error?.message ?? error) }
  }
}

// ---- search ----------------------------------------------------------------------------------------
// In scripts/bench/search.mjs (also runnable alone, with --baseline and --scale).

// ---- load ------------------------------------------------------------------------------------------
async function load(origin) {
  const { default: autocannon } = await import('autocannon')
  const url = `${origin}/patterns/notebook-resume`
  const result = await autocannon({ url, connections: 10, duration: 10 })
  return {
    url: '/patterns/notebook-resume',
    connections: 10,
    durationS: 10,
    requestsPerSecond: round(result.requests.average, 1),
    totalRequests: result.requests.total,
    latencyP99Ms: result.latency.p99,
    latencyMedianMs: result.latency.p50,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    throughputBytesPerSecond: round(result.throughput.average, 0),
  }
}

// ---- scale -----------------------------------------------------------------------------------------
function copyRepo(dest) {
  const skip = new Set(['node_modules', '.output', '.nuxt', '.data', '.venv-examples', 'test-results', 'bench'].map(d => join(root, d)))
  cpSync(root, dest, { recursive: true, filter: src => !skip.has(src) && !src.startsWith(join(root, 'dist')) })
  symlinkSync(join(root, 'node_modules'), join(dest, 'node_modules'))
}

async function scaleRun(n) {
  const dest = mkdtempSync(join(tmpdir(), `mfp-bench-scale-${n}-`))
  copyRepo(dest)
  writeSyntheticPatterns(dest, n)
  const patterns = readdirSync(join(dest, 'content/patterns')).filter(f => f.endsWith('.md') && f !== 'index.md').length
  log(`scale ${n}: generating ${patterns} patterns in ${dest}`)
  const t = performance.now()
  const build = spawnSync('npx', ['nuxt', 'generate'], {
    cwd: dest,
    env: { ...process.env, REPOSITORY_URL: process.env.REPOSITORY_URL ?? 'https://github.com/example-org/metaflow-patterns', NODE_OPTIONS: process.env.NODE_OPTIONS ?? '--max-old-space-size=4096' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  const buildS = (performance.now() - t) / 1000
  if (build.status !== 0) {
    const tail = `${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-25).join('\n')
    log(`scale ${n}: generate failed\n${tail}`)
    return { synthetic: n, patterns, error: `nuxt generate exited ${build.status}: ${tail.slice(-2000)}` }
  }
  const out = join(dest, '.output/public')
  const search = await searchFigures(out, { contentRoot: dest, baseline: !!process.env.BENCH_SEARCH_BASELINE, port: basePort + 10 })
  const result = {
    synthetic: n,
    patterns,
    buildS: round(buildS, 1),
    output: dirSize(out),
    html: htmlPages(out),
    searchJson: search.searchJson,
    exploreJson: fileSizes(join(out, 'explore.json')),
    sections: search.sections,
    queryMedianMs: search.medianMs,
    queryP95Ms: search.p95Ms,
    search,
  }
  if (!process.env.BENCH_KEEP) rmSync(dest, { recursive: true, force: true })
  log(`scale ${n}: ${JSON.stringify(result)}`)
  return result
}

async function scale(progress = () => {}) {
  const sizes = (process.env.BENCH_SCALE ?? '10,100,1000').split(',').map(Number)
  const runs = []
  const limitS = 15 * 60
  for (const n of sizes) {
    // Estimate from the two largest finished runs (a build has a large fixed cost, then grows with the pages).
    const done = runs.filter(r => r.buildS)
    if (done.length > 1 && !process.env.BENCH_SCALE_FORCE) {
      const [a, b] = done.slice(-2)
      const estimateS = b.buildS + ((b.buildS - a.buildS) / Math.max(1, b.synthetic - a.synthetic)) * (n - b.synthetic)
      if (estimateS > limitS) {
        runs.push({ synthetic: n, notRun: `estimated build of about ${Math.round(estimateS / 60)} min (extrapolated from the ${a.synthetic} and ${b.synthetic} synthetic pattern builds) exceeds the 15 min limit; set BENCH_SCALE_FORCE=1 to run it` })
        log(`scale ${n}: not run (${runs.at(-1).notRun})`)
        progress(runs)
        continue
      }
    }
    runs.push(await scaleRun(n))
    progress(runs)
  }
  return { note: 'synthetic patterns (about 800 words each) added to the real content in a temporary copy', runs }
}

// ---- report ----------------------------------------------------------------------------------------
function machine() {
  const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout.trim() || String(cpus().length)
  return { nproc: Number(nproc), cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: round(totalmem() / 2 ** 30, 1), freeMemoryGiB: round(freemem() / 2 ** 30, 1), node: process.version, platform: `${process.platform} ${process.arch}`, loadAverage: loadavg().map(x => round(x, 1)) }
}

const KB = b => (b == null ? '–' : `${(b / 1024).toFixed(1)}`)
const MB = b => (b == null ? '–' : `${(b / 2 ** 20).toFixed(1)}`)
const v = x => (x == null ? '–' : String(x))

function markdown(r) {
  const out = ['# Benchmark results', '', 'Written by `npm run bench` (scripts/bench/run.mjs); figures only, nothing here is asserted. KiB = 1024 bytes; gzip is zlib level 9 of each response body.', '']
  out.push('| Run | Value |', '| --- | --- |', `| Date | ${r.date} |`, `| Machine | ${r.machine.nproc} CPUs (${r.machine.cpu}), ${r.machine.memoryGiB} GiB memory, ${r.machine.platform} |`, `| Node.js | ${r.machine.node} |`, `| Load average when the run started (1, 5, 15 min) | ${r.machine.loadAverage?.join(', ') ?? '–'}${r.machine.loadAverage?.[0] > r.machine.nproc ? ' (other processes were busy: times are pessimistic)' : ''} |`, ...(r.loadAtEnd ? [`| Load average when the run ended | ${r.loadAtEnd.join(', ')} |`] : []), `| Site | ${r.site} (${r.siteSize ? `${r.siteSize.files} files, ${MB(r.siteSize.bytes)} MiB` : '–'}) |`, '')
  if (r.weight?.pages) {
    out.push('## First-visit weight (Chromium, empty cache)', '', 'Requests and gzipped KiB by type.', '')
    const types = ['html', 'js', 'css', 'font', 'image', 'data', 'wasm', 'other']
    out.push(`| Page | Total | ${types.map(t => (t === 'data' ? 'data (json)' : t.toUpperCase() === 'JS' ? 'JS' : t)).join(' | ')} |`, `| --- | --- | ${types.map(() => '---').join(' | ')} |`)
    for (const p of r.weight.pages) out.push(`| \`${p.path}\` | ${p.total.requests} req, ${KB(p.total.gzip)} KiB | ${types.map(t => (p.byType[t].requests ? `${p.byType[t].requests} req, ${KB(p.byType[t].gzip)} KiB` : '–')).join(' | ')} |`)
    out.push('', 'Largest files (gzipped):', '')
    for (const p of r.weight.pages) out.push(`- \`${p.path}\`: ${p.largest.slice(0, 5).map(f => `${f.path} ${KB(f.gzip)} KiB`).join(', ')}`)
    out.push('')
  }
  if (r.lighthouse) {
    out.push('## Lighthouse (mobile default config, median of 5 runs)', '')
    if (r.lighthouse.error) out.push(`Lighthouse did not run: \`${r.lighthouse.error}\``, '')
    else {
      out.push('| Page | Performance | Accessibility | FCP (ms) | LCP (ms) | TBT (ms) | CLS | Runs | Errors |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
      for (const p of r.lighthouse.pages) out.push(`| \`${p.path}\` | ${v(p.score)} | ${v(p.accessibility)} | ${v(p.fcpMs)} | ${v(p.lcpMs)} | ${v(p.tbtMs)} | ${v(p.cls)} | ${p.runs} | ${p.errors.length ? p.errors.map(e => e.replace(/\|/g, '/').slice(0, 120)).join('; ') : '–'} |`)
      out.push('')
    }
  }
  if (r.search) out.push('## Search', '', searchMarkdown({ site: r.search, ...Object.fromEntries((r.scale?.runs ?? []).filter(s => s.search).map(s => [`${s.synthetic} synthetic patterns`, s.search])) }), '')
  if (r.load) {
    const l = r.load
    out.push('## Load (autocannon against scripts/serve.mjs on 127.0.0.1)', '')
    if (l.error) out.push(`Did not run: \`${l.error}\``, '')
    else out.push('| Target | Requests/s | p99 latency | Requests | Errors | Timeouts | Non-2xx |', '| --- | --- | --- | --- | --- | --- | --- |', `| \`${l.url}\`, ${l.connections} connections, ${l.durationS} s | ${l.requestsPerSecond} | ${l.latencyP99Ms} ms | ${l.totalRequests} | ${l.errors} | ${l.timeouts} | ${l.non2xx} |`, '')
  }
  if (r.scale) {
    out.push('## Scale (synthetic patterns)', '', `${r.scale.note}. Chart: [scale.svg](scale.svg).`, '', '| Synthetic | Patterns | Build (s) | Output | Average HTML page | /search.json raw / gzip | /explore.json raw / gzip | Query median / p95 |', '| --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const s of r.scale.runs) {
      if (s.notRun || s.error) out.push(`| ${s.synthetic} | ${v(s.patterns)} | not run | ${(s.notRun ?? s.error).replace(/\|/g, '/').replace(/\n/g, ' ').slice(0, 300)} | | | | |`)
      else out.push(`| ${s.synthetic} | ${s.patterns} | ${s.buildS} | ${s.output.files} files, ${MB(s.output.bytes)} MiB | ${s.html ? `${KB(s.html.averageBytes)} KiB (${s.html.pages} pages)` : '–'} | ${KB(s.searchJson.bytes)} / ${KB(s.searchJson.gzip)} KiB | ${KB(s.exploreJson.bytes)} / ${KB(s.exploreJson.gzip)} KiB | ${s.queryMedianMs} / ${s.queryP95Ms} ms |`)
    }
    out.push('')
  }
  return `${out.join('\n')}\n`
}

async function main() {
  if (!existsSync(join(site, 'index.html'))) {
    console.error(`No generated site in ${site}: run "npm run generate" first (or set SITE_DIR).`)
    process.exit(1)
  }
  mkdirSync(outDir, { recursive: true })
  const previousFile = join(outDir, 'results.json')
  const previous = onlyArg && existsSync(previousFile) ? JSON.parse(readFileSync(previousFile, 'utf8')) : {}
  const results = { ...previous, date: new Date().toISOString(), machine: machine(), site: relative(root, site) || '.', siteSize: dirSize(site) }

  // Written after every part, so that an interrupted run keeps what it measured.
  const save = () => {
    results.loadAtEnd = loadavg().map(x => round(x, 1))
    writeFileSync(previousFile, `${JSON.stringify(results, null, 2)}\n`)
    writeFileSync(join(outDir, 'results.md'), markdown(results))
    if (results.scale) writeFileSync(join(outDir, 'scale.svg'), scaleChart(results.scale.runs))
  }
  const server = await serve(site, basePort)
  try {
    if (parts.includes('weight')) {
      await server.ensure()
      results.weight = await weight(server.origin)
      save()
    }
    if (parts.includes('lighthouse')) {
      results.lighthouse = await lighthouseRuns(server.origin, server.ensure)
      save()
    }
    if (parts.includes('search')) {
      results.search = await searchFigures(site, { contentRoot: root, baseline: !!process.env.BENCH_SEARCH_BASELINE, port: basePort + 10 })
      save()
    }
    if (parts.includes('load')) {
      await server.ensure()
      try { results.load = await load(server.origin) }
      catch (error) { results.load = { error: String(error?.message ?? error) } }
      save()
    }
  }
  finally {
    await server.stop()
  }
  const scaleNote = 'synthetic patterns (about 800 words each) added to the real content in a temporary copy'
  if (parts.includes('scale')) results.scale = await scale((runs) => {
    results.scale = { note: scaleNote, runs }
    save()
  })
  save()
  log(`wrote ${relative(process.cwd(), join(outDir, 'results.json'))}, results.md${results.scale ? ', scale.svg' : ''}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
