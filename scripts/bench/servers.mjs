// Load figures of both ways the site is served, on 127.0.0.1 only, each run bounded in time: requests/s
// and p99 for GET of an article, GET of an unknown path and POST to an article, against the Node server
// (`npm run build`, node .output/server/index.mjs) and scripts/serve.mjs on the same .output/public.
// Also counts the error lines (stack traces) each server logged. Nothing is asserted; figures go to
// stdout and bench/servers.md.
//   npm run build && node scripts/bench/servers.mjs
//   BENCH_DURATION=5 (seconds per run) BENCH_PORT=4700 BENCH_OUT=bench/servers.md
import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const duration = Number(process.env.BENCH_DURATION ?? 5)
const basePort = Number(process.env.BENCH_PORT ?? 4700)
const out = process.env.BENCH_OUT ?? join(root, 'bench/servers.md')
const ARTICLE = '/patterns/notebook-resume'
const CASES = [
  { name: 'GET article', path: ARTICLE, method: 'GET' },
  { name: 'GET unknown path', path: '/no-such-page', method: 'GET' },
  { name: 'POST article', path: ARTICLE, method: 'POST' },
]

const SERVERS = [
  { name: 'Node server (.output/server/index.mjs)', args: [join(root, '.output/server/index.mjs')], env: port => ({ PORT: String(port), HOST: '127.0.0.1', NITRO_PORT: String(port), NITRO_HOST: '127.0.0.1' }) },
  { name: 'Static server (scripts/serve.mjs)', args: [join(root, 'scripts/serve.mjs')], env: port => ({ PORT: String(port), HOST: '127.0.0.1', SITE_DIR: join(root, '.output/public') }) },
]

async function start(server, port) {
  const child = spawn(process.execPath, server.args, { env: { ...process.env, ...server.env(port) }, stdio: ['ignore', 'pipe', 'pipe'] })
  const log = { errorLines: 0 }
  const count = chunk => (log.errorLines += String(chunk).split('\n').filter(l => /^\s+at |\[request error\]|Error:/.test(l)).length)
  child.stdout.on('data', count)
  child.stderr.on('data', count)
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`)
      return { child, log }
    }
    catch {
      // Not listening yet: try again.
    }
    await new Promise(r => setTimeout(r, 100))
  }
  child.kill()
  throw new Error(`${server.name} did not answer on port ${port}`)
}

async function measure(origin, { path, method }) {
  const result = await autocannon({ url: `${origin}${path}`, method, connections: 10, duration, headers: { 'accept-encoding': 'gzip, deflate, br' } })
  const statuses = Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => `${code}×${count}`).join(', ')
  return { requestsPerSecond: Math.round(result.requests.average * 10) / 10, p99Ms: result.latency.p99, total: result.requests.total, errors: result.errors, timeouts: result.timeouts, statuses }
}

if (!existsSync(join(root, '.output/server/index.mjs'))) {
  console.error('No Node server build in .output/server: run "npm run build" first.')
  process.exit(1)
}

const rows = []
// One server at a time, on one port.
for (const server of SERVERS) {
  const port = basePort
  const { child, log } = await start(server, port)
  for (const test of CASES) {
    const figures = await measure(`http://127.0.0.1:${port}`, test)
    rows.push({ server: server.name, case: test.name, ...figures })
    console.log(server.name, test.name, JSON.stringify(figures))
  }
  await new Promise(r => (child.once('exit', r), child.kill('SIGTERM')))
  rows.push({ server: server.name, errorLines: log.errorLines })
}

const lines = [
  '# Server load figures',
  '',
  `${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}; autocannon, 10 connections, ${duration} s per row, 127.0.0.1, \`Accept-Encoding: gzip, deflate, br\`. The machine was shared with other work: compare rows of one run, not runs.`,
  '',
  '| Server | Request | Requests/s | p99 | Requests | Status codes | Errors | Timeouts |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.filter(r => r.case).map(r => `| ${r.server} | ${r.case} | ${r.requestsPerSecond} | ${r.p99Ms} ms | ${r.total} | ${r.statuses} | ${r.errors} | ${r.timeouts} |`),
  '',
  ...rows.filter(r => r.errorLines !== undefined).map(r => `- ${r.server}: ${r.errorLines} error or stack-trace lines logged during the runs.`),
  '',
]
writeFileSync(out, lines.join('\n'))
console.log(`\nWrote ${out}`)
