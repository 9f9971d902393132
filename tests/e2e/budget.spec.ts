// Byte budgets for a first visit (empty cache), counted in Chromium with the same code as `npm run bench`
// (scripts/bench/weight.mjs). Byte counts only, never times.
// Reading pages ship no framework: at most 10 KiB of JavaScript before any interaction and 60 KiB in all
// (gzipped, images excluded), no payload. /explore is the one Vue app, with its own JavaScript budget.
import { expect, test } from '@playwright/test'
import { describeWeight, measurePage } from '../../scripts/bench/weight.mjs'

const KIB = 1024
const READING = { js: 10 * KIB, totalWithoutImages: 60 * KIB }
const EXPLORE_JS = 92 * KIB

// One page of every reading kind.
const READING_PAGES = [
  '/',
  '/learn',
  '/patterns',
  '/deep-dives',
  '/patterns/notebook-resume',
  '/patterns/fastapi-endpoints',
  '/deep-dives/s3-client-and-data-layout',
  '/projects/draw-the-owl',
  '/contributing',
  '/tags/s3',
  '/tags',
  '/404.html',
]

async function measure(browser: import('@playwright/test').Browser, baseURL: string | undefined, path: string) {
  const origin = new URL(baseURL!).origin
  const weight = await measurePage(browser, new URL(path, origin).href)
  const report = describeWeight(weight)
  console.log(report)
  expect(weight.requests.filter(url => new URL(url).origin !== origin), `requests to other hosts\n${report}`).toEqual([])
  expect(weight.requests.filter(url => /\.wasm(\?|$)|sql_dump/.test(url)), `WASM or sql_dump requests\n${report}`).toEqual([])
  expect(weight.byType.wasm.requests, `WASM responses\n${report}`).toBe(0)
  return { weight, report }
}

for (const path of READING_PAGES) {
  test(`reading page ${path}: no framework, within the first-visit budget`, async ({ browser, baseURL }) => {
    const { weight, report } = await measure(browser, baseURL, path)
    expect(weight.requests.filter(url => /_payload\.json|\/_nuxt\/(?!enhance\/)[^/]+\.js/.test(url)), `payload or Nuxt chunk requests\n${report}`).toEqual([])
    expect(weight.byType.js.gzip, `JavaScript over ${READING.js / KIB} KiB gzipped\n${report}`).toBeLessThanOrEqual(READING.js)
    const withoutImages = weight.total.gzip - weight.byType.image.gzip
    expect(withoutImages, `total without images over ${READING.totalWithoutImages / KIB} KiB gzipped\n${report}`).toBeLessThanOrEqual(READING.totalWithoutImages)
  })
}

test('/explore stays within its JavaScript budget', async ({ browser, baseURL }) => {
  const { weight, report } = await measure(browser, baseURL, '/explore')
  expect(weight.byType.js.gzip, `JavaScript over ${EXPLORE_JS / KIB} KiB gzipped\n${report}`).toBeLessThanOrEqual(EXPLORE_JS)
})
