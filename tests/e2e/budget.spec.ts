// Byte budgets for a first visit (empty cache): JavaScript and total gzipped bytes, counted in Chromium
// with the same code as `npm run bench` (scripts/bench/weight.mjs). Byte counts only, never times.
import { expect, test } from '@playwright/test'
import { describeWeight, measurePage } from '../../scripts/bench/weight.mjs'

const KIB = 1024
const JS_BUDGET = 120 * KIB
const TOTAL_BUDGET = 200 * KIB

// The total budget is for an article (a pattern and a deep dive); the JavaScript budget holds on every page
// measured here. /patterns is over the total on its own screenshots (the seed's images), not on code.
const PAGES = [
  { path: '/patterns/notebook-resume', total: TOTAL_BUDGET },
  { path: '/deep-dives/s3-client-and-data-layout', total: TOTAL_BUDGET },
  { path: '/', total: undefined },
  { path: '/patterns', total: undefined },
  { path: '/explore', total: undefined },
]

for (const { path, total } of PAGES) {
  test(`first visit of ${path} stays within the byte budget`, async ({ browser, baseURL }) => {
    const origin = new URL(baseURL!).origin
    const weight = await measurePage(browser, new URL(path, origin).href)
    const report = describeWeight(weight)
    console.log(report)

    expect(weight.requests.filter(url => new URL(url).origin !== origin), `requests to other hosts\n${report}`).toEqual([])
    expect(weight.requests.filter(url => /\.wasm(\?|$)|sql_dump/.test(url)), `WASM or sql_dump requests\n${report}`).toEqual([])
    expect(weight.byType.wasm.requests, `WASM responses\n${report}`).toBe(0)
    expect(weight.byType.js.gzip, `first-visit JavaScript over ${JS_BUDGET / KIB} KiB gzipped\n${report}`).toBeLessThanOrEqual(JS_BUDGET)
    if (total) expect(weight.total.gzip, `first-visit total over ${total / KIB} KiB gzipped\n${report}`).toBeLessThanOrEqual(total)
  })
}
