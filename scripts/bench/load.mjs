// `npm run bench -- --only=load`: requests per second and latency of one article from scripts/serve.mjs
// (autocannon, 10 connections, 10 s, on 127.0.0.1).
import { round } from './stats.mjs'

export async function load(origin) {
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
