// Search figures for `npm run bench` (run.mjs calls searchFigures) and on their own:
//
//   node scripts/bench/search.mjs [--site=.output/public] [--baseline]
//       figures of a generated site's search files; --baseline adds the figures of the implementation this
//       replaced (one /search.json of every section, Nuxt Content's text extraction), built from the same
//       content database (.data/content/contents.sqlite, written by every build)
//   node scripts/bench/search.mjs --scale=10,100,1000 [--baseline]
//       the same at N synthetic patterns, writing only the search files: the content is parsed by Nuxt
//       (loadNuxt runs every module and content hook, as `nuxt generate` does) in a temporary copy, then the
//       files are built by the same functions the server routes call. Results go to bench/search.json.
//
// Reports, never asserts. Figures:
// - bytes: gzipped bytes a first query downloads before its results show (manifest, shards, page files)
// - query time: median and p95 over 200 varied queries (run.mjs's set) and the fixed queries, warm
// - time to first result: a fresh Chromium page, from the call to results (download + load + first query),
//   unthrottled and with Lighthouse's mobile throttling (150 ms RTT, 1.6 Mbit/s, 4x CPU)
// - quality: the fixed queries with hand-judged relevant sections of the real content (hit@1, recall@5,
//   MRR), whole-word matches of common words, glued words in the indexed text
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { createJiti } from 'jiti'
import { copyRepo } from './common.mjs'
import { createBaselineIndex, searchBaseline } from './search-baseline.mjs'
import { random, writeSyntheticPatterns } from './synthetic.mjs'
import { median, percentile, round } from './stats.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const log = (...args) => console.log('[bench:search]', ...args)
const gzipBytes = body => gzipSync(body, { level: 9 }).length

let modules
async function ts() {
  if (!modules) {
    const jiti = createJiti(import.meta.url)
    const load = path => jiti.import(join(root, path))
    modules = {
      text: await load('utils/search-text.ts'),
      files: await load('server/utils/search-files.ts'),
      sharded: await load('utils/sharded-search.ts'),
      minisearch: { MiniSearch: (await import('minisearch')).default },
    }
  }
  return modules
}

// ---- queries ---------------------------------------------------------------------------------------

/** 200 varied queries drawn from the index's own words: words, prefixes, pairs, typos and misses. */
export function variedQueries(sections, n = 200) {
  const rnd = random(42)
  const words = [...new Set(sections.flatMap(s => `${s.title} ${s.content}`.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? []))]
  const w = () => words[Math.floor(rnd() * words.length)]
  const typo = (word) => {
    const i = 1 + Math.floor(rnd() * (word.length - 2))
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
  }
  const kinds = [
    () => w(),
    () => w().slice(0, 3 + Math.floor(rnd() * 3)),
    () => `${w()} ${w()}`,
    () => `${w()} ${w().slice(0, 4)}`,
    () => {
      const word = w()
      return word.length > 5 ? typo(word) : word
    },
    () => `${w()} ${w()} ${w()}`,
    () => ['resume', 'notebook', 's3', 'deploy', 'argo', 'client api', 'fastapi', 'github actions', 'partition', 'namespace'][Math.floor(rnd() * 10)],
    () => `zz${w()}`,
  ]
  return Array.from({ length: n }, (_, i) => kinds[i % kinds.length]())
}

/**
 * The fixed queries. A common word (`word`) is judged by rule: the sections whose own heading (the page title
 * for a page's intro) contains the word are the relevant ones. The others list the sections of the real
 * content that answer them, judged by reading the pages (a section counts when it answers the query, not
 * when it merely mentions its words).
 */
export const FIXED_QUERIES = [
  { query: 'flow', word: 'flow' },
  { query: 'run', word: 'run' },
  { query: 'data', word: 'data' },
  { query: 'step', word: 'step' },
  { query: 'latest run', relevant: ['/deep-dives/client-api-and-namespaces#finding-the-right-run'] },
  { query: 'client api', relevant: ['/deep-dives/client-api-and-namespaces', '/deep-dives/client-api-and-namespaces#the-object-hierarchy', '/deep-dives/client-api-and-namespaces#finding-the-right-run', '/patterns/notebook-resume#inspecting-runs-with-the-client-api'] },
  { query: 'origin run id', relevant: ['/patterns/notebook-resume#choosing-the-origin-run-id', '/deep-dives/resume-and-iterative-development#choosing-the-origin-run'] },
  { query: 'resume a failed run', relevant: ['/deep-dives/resume-and-iterative-development', '/deep-dives/resume-and-iterative-development#what-resume-does', '/deep-dives/resume-and-iterative-development#where-execution-restarts', '/patterns/notebook-resume', '/patterns/notebook-resume#how-resume-works'] },
  { query: 'production namespace', relevant: ['/deep-dives/deploying-flows-with-the-deployer-api#production-tokens-and-namespaces', '/patterns/fastapi-endpoints#production-namespaces', '/deep-dives/client-api-and-namespaces#namespaces'] },
  { query: 'github actions ci', relevant: ['/patterns/flow-ci-github-actions', '/patterns/flow-ci-github-actions#what-runs-in-ci', '/patterns/flow-ci-github-actions#the-ci-environment'] },
  { query: 's3 partitions', relevant: ['/patterns/s3-hive-partitions', '/patterns/s3-hive-partitions#writing-partitions-from-a-flow', '/patterns/s3-hive-partitions#reading-partitions-back', '/deep-dives/s3-client-and-data-layout#hive-style-layout-as-key-prefixes'] },
  { query: 'trigger a deployed flow', relevant: ['/deep-dives/deploying-flows-with-the-deployer-api#deployedflow', '/deep-dives/deploying-flows-with-the-deployer-api#the-deployer', '/deep-dives/deploying-flows-with-the-deployer-api#triggeredrun', '/deep-dives/deploying-flows-with-the-deployer-api#event-triggering', '/patterns/fastapi-endpoints'] },
  { query: 'test flows with pytest', relevant: ['/deep-dives/testing-flows-with-the-runner-api', '/deep-dives/testing-flows-with-the-runner-api#a-pytest-fixture-style', '/patterns/flow-ci-github-actions#testing-with-the-runner'] },
  { query: 'project branch', relevant: ['/deep-dives/client-api-and-namespaces#projects-and-branches', '/patterns/flow-ci-github-actions#project-branches-for-pull-requests', '/deep-dives/testing-flows-with-the-runner-api#isolating-test-runs-with-project-branches'] },
  { query: 'paramters', relevant: ['/deep-dives/resume-and-iterative-development#parameters-and-options'] },
  { query: 'partit', relevant: ['/patterns/s3-hive-partitions', '/patterns/s3-hive-partitions#writing-partitions-from-a-flow', '/patterns/s3-hive-partitions#reading-partitions-back'] },
]

/** A whole word, case-insensitively (not a part of a longer word). */
const wordPattern = word => new RegExp(`(^|[^\\p{L}\\p{N}])${word}([^\\p{L}\\p{N}]|$)`, 'iu')

// ---- content and files -----------------------------------------------------------------------------

const COLLECTIONS = ['pages', 'patterns', 'deepDives', 'projects']

/** Every Markdown page of a parsed site (rootDir/.data/content/contents.sqlite), as the server routes read them. */
export async function contentDocuments(rootDir) {
  const file = join(rootDir, '.data/content/contents.sqlite')
  if (!existsSync(file)) throw new Error(`${file} does not exist: build the site (or run this script's --scale) first`)
  const { default: Database } = await import('better-sqlite3')
  const db = new Database(file, { readonly: true })
  try {
    return COLLECTIONS.map(collection => ({
      collection,
      docs: db.prepare(`SELECT path, title, description, body FROM _content_${collection} WHERE extension = 'md' ORDER BY stem ASC`).all()
        .map(row => ({ ...row, body: JSON.parse(row.body) })),
    }))
  }
  finally {
    db.close()
  }
}

/** The section records as server/utils/site-index.ts builds them now. */
export async function currentSections(rootDir) {
  const { text } = await ts()
  return (await contentDocuments(rootDir)).flatMap(({ collection, docs }) =>
    docs.flatMap(doc => text.pageSections(doc, collection === 'pages' ? 'page' : collection)))
}

/** The section records as the replaced implementation built them (Nuxt Content's queryCollectionSearchSections). */
export async function baselineSections(rootDir) {
  const { generateSearchSections } = await import(join(root, 'node_modules/@nuxt/content/dist/runtime/internal/search.js'))
  const out = []
  for (const { collection, docs } of await contentDocuments(rootDir)) {
    const query = {
      where() {
        return this
      },
      select() {
        return this
      },
      all: async () => docs,
    }
    const sections = await generateSearchSections(query, { ignoredTags: ['pre', 'style', 'script'] })
    const titles = new Map(docs.map(d => [d.path, d.title]))
    out.push(...sections.map((section) => {
      const path = section.id.split('#')[0]
      const page = titles.get(path) ?? section.title
      return { id: section.id, path, page, type: collection === 'pages' ? 'page' : collection, title: section.title, titles: section.titles.filter(t => t !== page), content: section.content.replace(/\s+/g, ' ').trim() }
    }))
  }
  return out
}

/** Writes the search files of `sections` under `dir` (as the prerender does). */
export async function writeSearchFiles(sections, dir) {
  const { files } = await ts()
  const built = files.buildSearchFiles(sections)
  for (const [path, value] of built.files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), JSON.stringify(value))
  }
  return built.manifest
}

/** Parses the content of `dir` with Nuxt (every module and content hook) into dir/.data, in a child process. */
export function parseContent(dir) {
  const script = join(dir, 'parse-content.tmp.mjs')
  writeFileSync(script, `import { loadNuxt } from '@nuxt/kit'\nconst nuxt = await loadNuxt({ cwd: ${JSON.stringify(dir)}, dev: false, ready: true })\nawait nuxt.close()\n`)
  const run = spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: process.env.NODE_OPTIONS ?? '--max-old-space-size=4096' } })
  rmSync(script)
  if (run.status !== 0) throw new Error(`parsing the content of ${dir} failed (exit ${run.status}):\n${`${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-20).join('\n')}`)
}

/** A temporary copy of the repository with `n` synthetic patterns, its content parsed. */
export function syntheticCopy(n) {
  const dest = mkdtempSync(join(tmpdir(), `mfp-bench-search-${n}-`))
  copyRepo(dest)
  writeSyntheticPatterns(dest, n)
  const t = performance.now()
  parseContent(dest)
  log(`${n} synthetic patterns parsed in ${round((performance.now() - t) / 1000, 1)} s (${dest})`)
  return dest
}

// ---- figures ---------------------------------------------------------------------------------------

/** A search index on disk: `sharded` (the manifest and its files) or `whole` (the replaced /search.json). */
function diskIndex(dir) {
  const gz = new Map()
  const read = path => readFileSync(join(dir, path))
  const gzipOf = (path) => {
    if (!gz.has(path)) gz.set(path, gzipBytes(read(path)))
    return gz.get(path)
  }
  return { dir, read, gzipOf, json: path => JSON.parse(read(path).toString('utf8')) }
}

/** Opens an engine over files on disk, recording which files it read. */
async function openEngine(disk, kind) {
  const { sharded } = await ts()
  const requested = []
  if (kind === 'whole') {
    requested.push('search.json')
    const index = createBaselineIndex(disk.json('search.json'))
    return { requested, search: async (q, limit = 30) => searchBaseline(index, q, limit) }
  }
  const engine = await sharded.openShardedSearch(async (path) => {
    requested.push(path)
    return disk.json(path)
  })
  return { requested, search: (q, limit = 30) => engine.search(q, limit) }
}

/** Query times of a warm engine (its files loaded): wall clock and this process's CPU time. */
async function queryTimes(engine, queries) {
  for (const q of queries) await engine.search(q) // loads what the queries need, warms the JIT
  for (const q of queries.slice(0, 20)) await engine.search(q)
  const wall = []
  const cpu = []
  let withResults = 0
  for (const q of queries) {
    const usage = process.cpuUsage()
    const t = performance.now()
    const groups = await engine.search(q)
    wall.push(performance.now() - t)
    const used = process.cpuUsage(usage)
    cpu.push((used.user + used.system) / 1000)
    if (groups.length) withResults++
  }
  return { queries: queries.length, withResults, medianMs: round(median(wall), 3), p95Ms: round(percentile(wall, 95), 3), cpuMedianMs: round(median(cpu), 3), cpuP95Ms: round(percentile(cpu, 95), 3) }
}

/** Gzipped bytes and files a first query downloads before its results show (a fresh engine per query). */
async function coldDownloads(disk, kind, queries) {
  const rows = []
  // The replaced format downloads the one file whatever the query.
  const whole = kind === 'whole' ? await openEngine(disk, kind) : undefined
  for (const query of queries) {
    if (whole) {
      const groups = await whole.search(query)
      rows.push({ query, files: 1, gzip: disk.gzipOf('search.json'), hits: groups.reduce((n, g) => n + g.hits.length, 0) })
      continue
    }
    const engine = await openEngine(disk, kind)
    const groups = await engine.search(query)
    rows.push({ query, files: engine.requested.length, gzip: engine.requested.reduce((sum, p) => sum + disk.gzipOf(p), 0), hits: groups.reduce((n, g) => n + g.hits.length, 0) })
  }
  const bytes = rows.map(r => r.gzip)
  return { rows, medianGzip: median(bytes), p95Gzip: percentile(bytes, 95), maxGzip: Math.max(...bytes), maxQuery: rows.find(r => r.gzip === Math.max(...bytes)).query }
}

/**
 * Gzipped bytes downloaded while a query is typed one letter at a time with a search after every key (a
 * dialog that does not wait for a pause in typing), with a fresh engine per query.
 */
async function typingDownloads(disk, kind, queries) {
  const rows = []
  for (const query of queries) {
    const engine = await openEngine(disk, kind)
    for (let i = 1; i <= query.length; i++) if (query.slice(0, i).trim()) await engine.search(query.slice(0, i))
    rows.push({ query, files: engine.requested.length, gzip: engine.requested.reduce((sum, p) => sum + disk.gzipOf(p), 0) })
  }
  return { rows, medianGzip: median(rows.map(r => r.gzip)), maxGzip: Math.max(...rows.map(r => r.gzip)) }
}

/**
 * The fixed queries' quality on the real content: hit@1 (the first hit is relevant), recall@5 (relevant
 * sections among the first five, out of at most five), reciprocal rank of the first relevant hit, and how
 * many pages the first ten hits come from.
 */
async function quality(disk, kind, sections) {
  const engine = await openEngine(disk, kind)
  const ids = new Set(sections.map(s => s.id))
  const byId = new Map(sections.map(s => [s.id, s]))
  const rows = []
  for (const { query, word, relevant } of FIXED_QUERIES) {
    const judged = word ? sections.filter(s => wordPattern(word).test(s.title)).map(s => s.id) : relevant.filter(id => ids.has(id))
    if (!judged.length) continue
    const hits = (await engine.search(query, 30)).flatMap(g => g.hits)
    const ranked = hits.map(h => h.id)
    const first = ranked.findIndex(id => judged.includes(id))
    const row = {
      query,
      relevant: judged.length,
      results: ranked.length,
      top: ranked.slice(0, 3),
      hitAt1: judged.includes(ranked[0]) ? 1 : 0,
      recallAt5: round(judged.filter(id => ranked.slice(0, 5).includes(id)).length / Math.min(5, judged.length), 3),
      reciprocalRank: first < 0 ? 0 : round(1 / (first + 1), 3),
      pagesInTop10: new Set(hits.slice(0, 10).map(h => h.path)).size,
    }
    // Common words: how many of the first ten hits contain the word itself (not only longer words).
    if (word) row.wholeWordInTop10 = hits.slice(0, 10).filter(h => wordPattern(word).test(`${h.title} ${byId.get(h.id)?.content ?? ''}`)).length
    rows.push(row)
  }
  const mean = key => round(rows.reduce((s, r) => s + r[key], 0) / rows.length, 3)
  return { queries: rows.length, hitAt1: mean('hitAt1'), recallAt5: mean('recallAt5'), mrr: mean('reciprocalRank'), pagesInTop10: mean('pagesInTop10'), rows }
}

/** Words in the replaced extraction's text that exist only because two elements' texts ran together. */
function gluedWords(baseline, current) {
  const { MiniSearch } = modules.minisearch
  const tokenize = MiniSearch.getDefault('tokenize')
  const vocabulary = list => new Set(list.flatMap(s => tokenize(`${s.title} ${s.titles.join(' ')} ${s.content}`).map(t => t.toLowerCase())).filter(Boolean))
  const now = vocabulary(current)
  const glued = [...vocabulary(baseline)].filter(w => !now.has(w))
  return { count: glued.length, examples: glued.slice(0, 12) }
}

// ---- time to first result in Chromium ----------------------------------------------------------------

const FIRST_RESULT_QUERIES = ['flow', 'data', 'latest run', 'client api', 'production namespace']
// Lighthouse's mobile throttling (slow 4G, mid-range phone), applied with Chromium's own emulation.
const MOBILE = { latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (675 * 1024) / 8, cpu: 4 }

/** The page code a first search runs, bundled for the browser: `sharded` is the dialog's engine as shipped. */
async function benchBundle(kind) {
  const { build } = await import('esbuild')
  const contents = kind === 'sharded'
    ? `import { loadSearchEngine } from ${JSON.stringify(join(root, 'enhancements/lib/search-engine.ts'))}
window.firstResult = async (q) => { const t = performance.now(); const groups = await (await loadSearchEngine()).search(q); return { ms: performance.now() - t, hits: groups.reduce((n, g) => n + g.hits.length, 0) } }`
    // The replaced engine: the whole /search.json, indexed by MiniSearch in the browser.
    : `import { createBaselineIndex, searchBaseline } from ${JSON.stringify(join(root, 'scripts/bench/search-baseline.mjs'))}
window.firstResult = async (q) => { const t = performance.now(); const response = await fetch('/search.json'); const groups = searchBaseline(createBaselineIndex(await response.json()), q, 30); return { ms: performance.now() - t, hits: groups.reduce((n, g) => n + g.hits.length, 0) } }`
  const result = await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', minify: true, target: 'es2022', write: false, define: { __ENHANCE_DIR__: '"_bench"' }, logLevel: 'warning' })
  return result.outputFiles[0].contents
}

/** A directory to serve: the index files (copied: scripts/serve.mjs serves no symbolic links), the bundle and a page that loads it. */
async function benchSite(disk, kind) {
  const dir = mkdtempSync(join(tmpdir(), `mfp-bench-search-site-${kind}-`))
  cpSync(join(disk.dir, 'search.json'), join(dir, 'search.json'))
  if (kind === 'sharded') cpSync(join(disk.dir, 'search'), join(dir, 'search'), { recursive: true })
  mkdirSync(join(dir, '_bench'))
  const bundle = await benchBundle(kind)
  writeFileSync(join(dir, '_bench/search.js'), bundle)
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search bench</title><script type="module" src="/_bench/search.js"></script></head><body></body></html>\n')
  return { dir, codeGzip: gzipBytes(Buffer.from(bundle)) }
}

async function serveDir(dir, port) {
  const child = spawn(process.execPath, [join(root, 'scripts/serve.mjs')], { env: { ...process.env, SITE_DIR: dir, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'inherit'] })
  const origin = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => new Promise(r => (child.exitCode != null ? r() : (child.once('exit', r), child.kill('SIGTERM')))) }
    }
    catch {
      // Not listening yet: try again.
    }
    await new Promise(r => setTimeout(r, 100))
  }
  child.kill('SIGTERM')
  throw new Error(`scripts/serve.mjs did not answer on ${origin}`)
}

/**
 * Time from asking for results to having them, on a fresh page (empty cache): downloading the index files
 * the query needs, loading them and running the query. The engine's code is already on the page (the
 * dialog loads it on first intent) and is reported as its own size.
 */
export async function firstResultTimes(disk, kind, { port = Number(process.env.BENCH_SEARCH_PORT ?? 4610), runs = 3, queries = FIRST_RESULT_QUERIES } = {}) {
  const { chromium } = await import('@playwright/test')
  const site = await benchSite(disk, kind)
  const server = await serveDir(site.dir, port)
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
  const measure = async (query, throttled) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${server.origin}/`)
    await page.waitForFunction(() => typeof window.firstResult === 'function')
    if (throttled) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: MOBILE.latency, downloadThroughput: MOBILE.downloadThroughput, uploadThroughput: MOBILE.uploadThroughput })
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpu })
    }
    const sizes = []
    page.on('requestfinished', request => sizes.push(request.sizes().then(s => s.responseBodySize)))
    const { ms, hits } = await page.evaluate(q => window.firstResult(q), query)
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0)
    await context.close()
    return { ms, hits, bytes, requests: sizes.length }
  }
  const result = { codeGzip: site.codeGzip, unthrottled: [], mobile: [] }
  try {
    for (const query of queries) {
      for (const [key, throttled] of [['unthrottled', false], ['mobile', true]]) {
        const samples = []
        for (let i = 0; i < runs; i++) samples.push(await measure(query, throttled))
        const ms = median(samples.map(s => s.ms))
        result[key].push({ query, ms: round(ms, 1), bytes: samples[0].bytes, requests: samples[0].requests, hits: samples[0].hits })
      }
    }
  }
  finally {
    await browser.close()
    await server.stop()
    rmSync(site.dir, { recursive: true, force: true })
  }
  for (const key of ['unthrottled', 'mobile']) result[`${key}MedianMs`] = round(median(result[key].map(r => r.ms)), 1)
  for (const key of ['unthrottled', 'mobile']) result[`${key}MaxMs`] = round(Math.max(...result[key].map(r => r.ms)), 1)
  return result
}

// ---- all figures -----------------------------------------------------------------------------------

/** The section records behind an index on disk (for query words and the quality judgments). */
function sectionsOf(disk, kind) {
  if (kind === 'whole') return disk.json('search.json')
  const manifest = disk.json('search.json')
  return manifest.pages.flatMap((_, p) => {
    const file = disk.json(`search/${manifest.version}/p${p}.json`)
    return file.sections.map(([anchor, title, titles, content]) => ({ id: anchor ? `${file.path}#${anchor}` : file.path, path: file.path, page: file.title, title, titles, content }))
  })
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
}

/**
 * Figures of the search index of `siteDir` (a generated site or a directory of search files; the replaced
 * single-file format is recognised too). With `contentRoot` (a directory whose .data holds the parsed
 * content) and `baseline`, the replaced implementation is built from the same content and measured the
 * same way, under `baseline`.
 */
export async function searchFigures(siteDir, { contentRoot, baseline = false, browser = true, port } = {}) {
  const disk = diskIndex(siteDir)
  const head = disk.json('search.json')
  const kind = Array.isArray(head) ? 'whole' : 'sharded'
  const sections = sectionsOf(disk, kind)
  const varied = variedQueries(sections)
  const fixed = FIXED_QUERIES.map(q => q.query)
  const manifestFile = { bytes: disk.read('search.json').length, gzip: disk.gzipOf('search.json') }
  let files = { count: 1, ...manifestFile }
  if (kind === 'sharded') {
    const all = filesUnder(join(siteDir, 'search', head.version)).map(f => f.slice(siteDir.length + 1))
    const shards = all.filter(f => /\/s\d+\.json$/.test(f))
    files = {
      count: all.length + 1,
      shards: shards.length,
      pages: all.length - shards.length,
      bytes: manifestFile.bytes + all.reduce((s, f) => s + disk.read(f).length, 0),
      gzip: manifestFile.gzip + all.reduce((s, f) => s + disk.gzipOf(f), 0),
      largestShardGzip: Math.max(...shards.map(f => disk.gzipOf(f))),
    }
  }
  log(`${siteDir} (${kind}): ${sections.length} sections, ${files.count} files`)
  let t = performance.now()
  const engine = await openEngine(disk, kind)
  const openMs = performance.now() - t
  t = performance.now()
  await engine.search(fixed[0])
  const firstQueryMs = performance.now() - t
  const times = await queryTimes(engine, varied)
  const fixedTimes = await queryTimes(engine, fixed)
  const cold = await coldDownloads(disk, kind, [...fixed, ...varied])
  const real = sections.some(s => s.path === '/patterns/notebook-resume')
  const result = {
    kind,
    sections: sections.length,
    searchJson: manifestFile,
    files,
    // Node, files read from disk: opening the index (manifest, or the whole file indexed by MiniSearch) and a first query.
    openMs: round(openMs, 1),
    firstQueryMs: round(firstQueryMs, 1),
    queries: times.queries,
    queriesWithResults: times.withResults,
    medianMs: times.medianMs,
    p95Ms: times.p95Ms,
    cpuMedianMs: times.cpuMedianMs,
    cpuP95Ms: times.cpuP95Ms,
    fixedQueries: fixedTimes,
    firstQueryDownload: { medianGzip: cold.medianGzip, p95Gzip: cold.p95Gzip, maxGzip: cold.maxGzip, maxQuery: cold.maxQuery, fixed: cold.rows.slice(0, fixed.length) },
    typingDownload: await typingDownloads(disk, kind, fixed),
    quality: real ? await quality(disk, kind, sections) : undefined,
    // The replaced format's time is the download and indexing of the one file, whatever the query.
    firstResult: browser ? await firstResultTimes(disk, kind, kind === 'whole' ? { port, runs: 1, queries: FIRST_RESULT_QUERIES.slice(0, 2) } : { port }) : undefined,
    loadAverage: loadavg().map(x => round(x, 1)),
  }
  if (baseline && contentRoot) {
    const dir = mkdtempSync(join(tmpdir(), 'mfp-bench-search-baseline-'))
    try {
      const old = await baselineSections(contentRoot)
      writeFileSync(join(dir, 'search.json'), JSON.stringify(old))
      result.baseline = await searchFigures(dir, { browser, port })
      result.gluedWords = gluedWords(old, await currentSections(contentRoot))
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return result
}

// ---- report ----------------------------------------------------------------------------------------

const KB = b => (b == null ? '–' : (b / 1024).toFixed(1))

function rows(label, r) {
  const q = r.quality
  const f = r.firstResult
  return [
    `| ${label} | ${r.kind === 'whole' ? '1 file' : `${r.files.count} files (${r.files.shards} shards, ${r.files.pages} pages)`}, ${KB(r.files.gzip)} KiB gzipped in all (${KB(r.files.bytes)} KiB raw) | ${KB(r.firstQueryDownload.medianGzip)} / ${KB(r.firstQueryDownload.maxGzip)} KiB (${r.firstQueryDownload.maxQuery}) | ${r.typingDownload ? `${KB(r.typingDownload.medianGzip)} / ${KB(r.typingDownload.maxGzip)} KiB` : '–'} | ${r.medianMs} / ${r.p95Ms} ms (CPU ${r.cpuMedianMs} / ${r.cpuP95Ms}) | ${f ? `${f.unthrottledMedianMs} / ${f.unthrottledMaxMs} ms` : '–'} | ${f ? `${f.mobileMedianMs} / ${f.mobileMaxMs} ms` : '–'} | ${q ? `${q.hitAt1} / ${q.recallAt5} / ${q.mrr} / ${q.pagesInTop10}` : '–'} |`,
  ]
}

/** The search figures as Markdown (run.mjs's results.md and bench/search.md). */
export function searchMarkdown(figures) {
  const out = []
  out.push('| Site | Index | First query downloads, median / max (gzipped) | Typed letter by letter, median / max | Query median / p95 (warm, 200 varied queries) | Time to first result, median / max | … with mobile throttling | Quality: hit@1 / recall@5 / MRR / pages in top 10 |', '| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const [label, r] of Object.entries(figures)) {
    if (!r || r.error || !r.firstQueryDownload) {
      out.push(`| ${label} | ${r?.error ?? (r ? 'measured by an earlier version of the bench' : 'not run')} | | | | | | |`)
      continue
    }
    if (r.baseline) out.push(...rows(`${label}, before`, r.baseline))
    out.push(...rows(r.baseline ? `${label}, after` : label, r))
  }
  out.push('', `First query downloads: what a fresh page downloads before the results of one query show (the manifest, the shards its words need, the page files of its hits), over the fixed and 200 varied queries. Typed letter by letter: the same with a search after every key, for the fixed queries. Time to first result: Chromium, fresh page, from the call to the results: downloading the index files the query needs (${FIRST_RESULT_QUERIES.map(q => `"${q}"`).join(', ')}), loading them and running the query; the engine code itself is on the page already. Mobile throttling: ${MOBILE.latency} ms RTT, 1.6 Mbit/s, CPU ${MOBILE.cpu}× slower (Lighthouse's mobile settings, applied by Chromium). Query times in Node (wall clock, and this process's CPU time, which other processes on a busy machine inflate less). Quality: ${FIXED_QUERIES.length} fixed queries with hand-judged relevant sections of the real content (scripts/bench/search.mjs). Times depend on the machine's load, which was (1-minute load average after each measurement, before / after): ${Object.entries(figures).filter(([, r]) => r?.loadAverage).map(([label, r]) => `${label} ${r.baseline?.loadAverage?.[0] ?? '–'} / ${r.loadAverage[0]}`).join(', ')}.`, '')
  // The judged queries are about the real pages, which every site has: their details once, from the first.
  const [label, r] = Object.entries(figures).find(([, f]) => f?.quality) ?? []
  if (r) {
    out.push(`Fixed queries on ${label}: first hit (hit@1, recall@5, pages among the first ten hits${r.baseline ? '; before → after' : ''}):`, '')
    for (const row of r.quality.rows) {
      const before = r.baseline?.quality?.rows.find(b => b.query === row.query)
      const cell = x => `${x.top[0] ?? 'no result'} (${x.hitAt1}, ${x.recallAt5}, ${x.pagesInTop10} pages${'wholeWordInTop10' in x ? `, the word itself in ${x.wholeWordInTop10} of 10` : ''})`
      out.push(`- \`${row.query}\`: ${before ? `${cell(before)} → ` : ''}${cell(row)}`)
    }
    if (r.gluedWords) out.push('', `Words that existed only because adjacent elements ran together in the replaced extraction: ${r.gluedWords.count} (e.g. ${r.gluedWords.examples.map(w => `\`${w}\``).join(', ')}); none now.`)
    out.push('')
  }
  return out.join('\n')
}

// ---- command line ----------------------------------------------------------------------------------

async function main() {
  const arg = name => process.argv.find(a => a.startsWith(`--${name}=`))?.split('=')[1]
  const baseline = process.argv.includes('--baseline')
  const browser = !process.argv.includes('--no-browser')
  const outFile = join(root, 'bench/search.json')
  // Figures of the other mode (site or scale) are kept from the previous run.
  const figures = existsSync(outFile) ? JSON.parse(readFileSync(outFile, 'utf8')).figures : {}
  const save = () => {
    mkdirSync(dirname(outFile), { recursive: true })
    writeFileSync(outFile, `${JSON.stringify({ date: new Date().toISOString(), figures }, null, 2)}\n`)
    writeFileSync(join(root, 'bench/search.md'), `# Search benchmark\n\nWritten by \`node scripts/bench/search.mjs\`; figures only, nothing here is asserted. KiB = 1024 bytes; gzip is zlib level 9.\n\n${searchMarkdown(figures)}\n`)
  }
  const scale = arg('scale')
  if (scale) {
    for (const n of scale.split(',').map(Number)) {
      const copy = syntheticCopy(n)
      const dir = join(copy, '.search-files')
      try {
        await writeSearchFiles(await currentSections(copy), dir)
        figures[`${n} synthetic patterns`] = await searchFigures(dir, { contentRoot: copy, baseline, browser })
      }
      catch (error) {
        figures[`${n} synthetic patterns`] = { error: String(error?.message ?? error).slice(0, 500) }
        log(error?.stack ?? error)
      }
      finally {
        if (!process.env.BENCH_KEEP) rmSync(copy, { recursive: true, force: true })
      }
      save()
    }
  }
  else {
    const site = resolve(arg('site') ?? join(root, '.output/public'))
    figures.site = await searchFigures(site, { contentRoot: root, baseline, browser })
    save()
  }
  log(`wrote bench/search.json and bench/search.md`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
