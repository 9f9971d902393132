// `npm run bench -- --only=scale`: builds a temporary copy of the repository with 10, 100 and 1,000 synthetic
// patterns added (BENCH_SCALE), and measures each build: time, output, page size, search index and queries.
// A size whose build is estimated at more than 15 minutes is not run unless BENCH_SCALE_FORCE=1.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { copyRepo, dirSize, fileSizes, htmlPages, log } from './common.mjs'
import { searchFigures } from './search.mjs'
import { round } from './stats.mjs'
import { writeSyntheticPatterns } from './synthetic.mjs'

export const SCALE_NOTE = 'synthetic patterns (about 800 words each) added to the real content in a temporary copy'

const basePort = Number(process.env.BENCH_PORT ?? 4600)

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

export async function scale(progress = () => {}) {
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
  return { note: SCALE_NOTE, runs }
}
