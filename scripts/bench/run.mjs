// `npm run bench`: page weight, Lighthouse, search, scale and load figures of the generated site, written to
// bench/results.json and bench/results.md (and bench/scale.svg). Not part of `npm test`; reports, never asserts.
//
//   npm run bench                         everything, against .output/public (run `npm run generate` first)
//   npm run bench -- --only=weight,search  some parts; the others are kept from the previous results.json
//   SITE_DIR=... BENCH_PORT=4600 BENCH_SCALE=10,100,1000 BENCH_SCALE_FORCE=1 (run 1,000 even when slow)
// Each part is its own file (page-weight, lighthouse, search, load, scale); report.mjs writes the results.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { scaleChart } from './chart.mjs'
import { dirSize, log, root, serve } from './common.mjs'
import { lighthouseRuns } from './lighthouse.mjs'
import { load } from './load.mjs'
import { weight } from './page-weight.mjs'
import { machine, markdown } from './report.mjs'
import { SCALE_NOTE, scale } from './scale.mjs'
import { searchFigures } from './search.mjs'
import { round } from './stats.mjs'

const outDir = join(root, 'bench')
const site = resolve(process.env.SITE_DIR ?? join(root, '.output/public'))
const basePort = Number(process.env.BENCH_PORT ?? 4600)
const PARTS = ['weight', 'lighthouse', 'search', 'walkthrough', 'load', 'scale']
const onlyArg = process.argv.find(a => a.startsWith('--only='))
const parts = onlyArg ? onlyArg.slice(7).split(',') : PARTS
const unknown = parts.filter(p => !PARTS.includes(p))
if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(', ')}: use ${PARTS.join(', ')}`)

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
    if (parts.includes('walkthrough')) {
      // Its own files: bench/walkthrough.md and .json (scripts/bench/walkthrough.mjs, also runnable alone).
      const run = spawnSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), 'walkthrough.mjs'), `--site=${site}`], { encoding: 'utf8' })
      log(run.status === 0 ? 'walkthrough: wrote bench/walkthrough.md' : `walkthrough: failed\n${run.stderr}`)
    }
    if (parts.includes('load')) {
      await server.ensure()
      try {
        results.load = await load(server.origin)
      }
      catch (error) {
        results.load = { error: String(error?.message ?? error) }
      }
      save()
    }
  }
  finally {
    await server.stop()
  }
  if (parts.includes('scale')) results.scale = await scale((runs) => {
    results.scale = { note: SCALE_NOTE, runs }
    save()
  })
  save()
  log(`wrote ${relative(process.cwd(), join(outDir, 'results.json'))}, results.md${results.scale ? ', scale.svg' : ''}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
