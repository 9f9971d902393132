// `npm run bench -- --only=lighthouse`: Lighthouse 12.2.3 (mobile default config, performance and
// accessibility) on each page, the median of 5 runs per metric.
import { chromium, CHROME_ARGS, log, PAGES } from './common.mjs'
import { median, round } from './stats.mjs'

export async function lighthouseRuns(origin, ensure, runs = 5) {
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
