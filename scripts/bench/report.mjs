// The results of `npm run bench`: the machine they were measured on, and bench/results.md from
// bench/results.json.
import { spawnSync } from 'node:child_process'
import { cpus, freemem, loadavg, totalmem } from 'node:os'
import { searchMarkdown } from './search.mjs'
import { round } from './stats.mjs'

export function machine() {
  const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout.trim() || String(cpus().length)
  return { nproc: Number(nproc), cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: round(totalmem() / 2 ** 30, 1), freeMemoryGiB: round(freemem() / 2 ** 30, 1), node: process.version, platform: `${process.platform} ${process.arch}`, loadAverage: loadavg().map(x => round(x, 1)) }
}

const KB = b => (b == null ? '–' : `${(b / 1024).toFixed(1)}`)
const MB = b => (b == null ? '–' : `${(b / 2 ** 20).toFixed(1)}`)
const v = x => (x == null ? '–' : String(x))

export function markdown(r) {
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
