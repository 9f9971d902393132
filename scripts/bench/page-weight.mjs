// `npm run bench -- --only=weight`: what a first visit to each page downloads, in Chromium with an empty
// cache (measured by weight.mjs, which the budget test shares).
import { chromium, CHROME_ARGS, log, PAGES } from './common.mjs'
import { describeWeight, measurePage } from './weight.mjs'

export async function weight(origin) {
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
