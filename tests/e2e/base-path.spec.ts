// The site built for a sub-path (NUXT_PUBLIC_SITE_URL=https://example-org.github.io/metaflow-patterns), served
// under /metaflow-patterns/ only, as a GitHub project site is. Run by playwright.base-path.config.ts; paths in
// page.goto and request.get are relative (no leading slash) so they resolve under the base path.
import type { Page } from '@playwright/test'
import { BASE_PATH, BASE_SITE_URL } from './base-path-site'
import type { ExploreData } from '../../utils/explore-types'
import type { SearchManifest } from '../../utils/search-format'
import { expect, expectClean, test, waitForReady } from './fixtures'

const PAGES = ['./', 'learn', 'patterns', 'patterns/notebook-resume', 'deep-dives/s3-client-and-data-layout', 'projects/draw-the-owl', 'explore', 'tags', 'tags/s3', 'contributing']

/**
 * Every request a page makes, with the status it got. Recorded synchronously from the response: a handler that
 * awaited `request.response()` for a request finishing as the test ended ran after the page had closed and
 * failed the test ("Target page, context or browser has been closed").
 */
function recordRequests(page: Page) {
  const seen: Array<{ url: string, status: number }> = []
  page.on('response', response => seen.push({ url: response.url(), status: response.status() }))
  page.on('requestfailed', request => seen.push({ url: request.url(), status: 0 }))
  return seen
}

/** A URL of the public site (BASE_SITE_URL...) as the local server serves it (relative, under the base path). */
function local(url: string): string {
  expect(url.startsWith(`${BASE_SITE_URL}/`), `${url} is under ${BASE_SITE_URL}/`).toBe(true)
  return url.slice(BASE_SITE_URL.length + 1) || './'
}

function expectNoRepeatedBase(url: string) {
  expect(url, `${url} repeats the base path`).not.toContain(`${BASE_PATH.replace(/\/$/, '')}${BASE_PATH}`)
}

for (const path of PAGES) {
  test(`${path} loads under the base path with every request there, all found`, async ({ page, watch, baseURL }) => {
    const requests = recordRequests(page)
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await page.waitForLoadState('networkidle')
    const origin = new URL(baseURL!).origin
    // Every link, image, script and stylesheet of the page as it is after hydration, loaded yet or not (lazy
    // images, the favicon, which Chromium fetches when it likes): same-origin ones are under the base path.
    const urls = await page.evaluate(() => [...document.querySelectorAll('a[href], link[href], img[src], script[src], source[src], iframe[src]')]
      .map(el => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src))
    expect([...new Set(urls.filter(u => new URL(u).origin === origin && !new URL(u).pathname.startsWith(BASE_PATH)))], 'links and resources outside the base path').toEqual([])
    const outside = requests.filter(r => !r.url.startsWith('data:') && new URL(r.url).origin === origin && !new URL(r.url).pathname.startsWith(BASE_PATH))
    expect(outside.map(r => r.url), 'requests outside the base path').toEqual([])
    expect(requests.filter(r => r.status === 0 || r.status >= 400).map(r => `${r.status} ${r.url}`), 'failed requests').toEqual([])
    expectClean(watch)
  })
}

test('a reader clicks through the site and stays under the base path', async ({ page, watch, baseURL }) => {
  await page.goto('./')
  await waitForReady(page)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patterns' }).click()
  await expect(page).toHaveURL(`${baseURL}patterns`)
  await expect(page.locator('h1')).toHaveText('Patterns')
  await page.getByRole('region', { name: 'Articles' }).getByRole('link', { name: 'Introducing the notebook resume pattern', exact: true }).click()
  await expect(page).toHaveURL(`${baseURL}patterns/notebook-resume`)
  await expect(page.locator('h1')).toHaveText('Introducing the notebook resume pattern')
  // A reload asks the host for the address the reader is on.
  expect((await page.reload())?.status()).toBe(200)
  await expect(page.locator('h1')).toHaveText('Introducing the notebook resume pattern')
  expectClean(watch)
})

test('the terminal walkthrough loads its player, CSS and recording from under the base path on play', async ({ page, watch, baseURL }) => {
  const requests = recordRequests(page)
  await page.goto('patterns/notebook-resume')
  await waitForReady(page)
  const block = page.locator('mfp-walkthrough')
  await expect(block.getByRole('link', { name: 'Download the recording' })).toHaveAttribute('href', `${BASE_PATH}walkthroughs/notebook-resume.cast`)
  await block.getByRole('button', { name: /^Play the terminal walkthrough/ }).click()
  await expect(block.locator('.ap-player')).toBeVisible()
  await expect.poll(() => requests.some(r => r.url.endsWith('/walkthroughs/notebook-resume.cast'))).toBe(true)
  const origin = new URL(baseURL!).origin
  const mine = requests.filter(r => new URL(r.url).origin === origin)
  expect(mine.filter(r => !new URL(r.url).pathname.startsWith(BASE_PATH) || r.status !== 200).map(r => `${r.status} ${r.url}`)).toEqual([])
  expect(mine.filter(r => /\/walkthroughs\/notebook-resume\.cast$|\/asciinema-player-[\w-]+\.css$/.test(r.url))).toHaveLength(2)
  expectClean(watch)
})

test('Ctrl+K loads search.json from the base path and opens a result under it', async ({ page, watch, baseURL }) => {
  await page.goto('deep-dives')
  await waitForReady(page)
  const requests = recordRequests(page)
  await page.keyboard.press('Control+k')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await page.keyboard.type('origin run id')
  await expect(dialog.getByRole('option').first()).toContainText('Choosing the origin run id')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`${baseURL}patterns/notebook-resume#choosing-the-origin-run-id`)
  expect(requests.filter(r => r.url.endsWith('/search.json')).map(r => [new URL(r.url).pathname, r.status])).toEqual([[`${BASE_PATH}search.json`, 200]])
  expectClean(watch)
})

test('explore filters and its rows link under the base path', async ({ page, watch, baseURL }) => {
  await page.goto('explore')
  await waitForReady(page)
  await page.getByRole('searchbox', { name: 'Search the explore index' }).pressSequentially('resume', { delay: 30 })
  await expect(page).toHaveURL(`${baseURL}explore?q=resume`)
  const first = page.locator('main ul a.explore-link').first()
  await expect(first).toHaveAttribute('href', new RegExp(`^${BASE_PATH}(patterns|deep-dives|projects)/`))
  const href = await first.getAttribute('href')
  await first.click()
  await expect(page).toHaveURL(`${new URL(baseURL!).origin}${href}`)
  expectClean(watch)
})

test('an unknown path under the base path is the site\'s 404, and its way home is the base path', async ({ page, watch, baseURL }) => {
  const response = await page.goto('no/such/page')
  expect(response?.status()).toBe(404)
  await expect(page.getByText('Page not found')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Back to home' })).toHaveAttribute('href', BASE_PATH)
  await page.getByRole('link', { name: 'Back to home' }).click()
  await expect(page).toHaveURL(baseURL!)
  await expect(page.locator('h1')).toBeVisible()
  expectClean(watch, { allowConsoleErrors: [/404/] })
})

test('canonical, Open Graph and JSON-LD URLs are the public URL with the base path once', async ({ page }) => {
  for (const [path, canonical, image] of [
    ['./', `${BASE_SITE_URL}/`, `${BASE_SITE_URL}/og/default.png`],
    ['patterns/notebook-resume', `${BASE_SITE_URL}/patterns/notebook-resume`, `${BASE_SITE_URL}/og/patterns.png`],
    ['tags/s3', `${BASE_SITE_URL}/tags/s3`, `${BASE_SITE_URL}/og/default.png`],
  ] as const) {
    await page.goto(path)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical)
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical)
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', image)
    expect((await page.request.get(local(image))).status(), image).toBe(200)
    const ld = await page.locator('script[type="application/ld+json"]').first().textContent() ?? ''
    const urls = [...ld.matchAll(/"(https?:\/\/[^"]+)"/g)].map(m => m[1]!).filter(u => !u.includes('youtube-nocookie') && !u.startsWith('https://schema.org'))
    expect(urls.length, `${path} JSON-LD URLs`).toBeGreaterThan(0)
    for (const url of urls) {
      expectNoRepeatedBase(url)
      expect((await page.request.get(local(url))).status(), url).toBe(200)
    }
  }
})

test('sitemap, feed, robots.txt and llms.txt give public URLs with the base path once, each served', async ({ request }) => {
  const get = async (path: string) => {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    return response.text()
  }
  const robots = await get('robots.txt')
  expect(robots).toContain(`Sitemap: ${BASE_SITE_URL}/sitemap.xml\n`)

  const sitemap = [...(await get('sitemap.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map(m => m[1]!)
  expect(sitemap).toContain(`${BASE_SITE_URL}/`)
  expect(sitemap).toContain(`${BASE_SITE_URL}/patterns/notebook-resume`)
  const feed = await get('feed.xml')
  const feedLinks = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map(m => m[1]!)
  expect(feedLinks).toContain(`${BASE_SITE_URL}/`)
  expect(feedLinks).toContain(`${BASE_SITE_URL}/patterns/notebook-resume`)
  expect(feed).toContain(`href="${BASE_SITE_URL}/feed.xml"`)
  const llms = [...(await get('llms.txt')).matchAll(/\]\((\S+?)\)/g)].map(m => m[1]!)
  expect(llms).toContain(`${BASE_SITE_URL}/raw/patterns/notebook-resume.md`)
  const llmsFull = [...(await get('llms-full.txt')).matchAll(/^Source: (\S+)$/gm)].map(m => m[1]!)
  expect(llmsFull).toContain(`${BASE_SITE_URL}/patterns/notebook-resume`)

  for (const url of new Set([...sitemap, ...feedLinks, ...llms, ...llmsFull])) {
    expectNoRepeatedBase(url)
    expect((await request.get(local(url))).status(), url).toBe(200)
  }
})

test('search.json (the search manifest) and explore.json paths are routes: under the base path each is a page', async ({ request }) => {
  const manifest = await (await request.get('search.json')).json() as SearchManifest
  const { documents } = await (await request.get('explore.json')).json() as ExploreData
  const paths = new Set([...manifest.pages.map(([path]) => path), ...documents.map(d => d.path)])
  expect(paths.size).toBeGreaterThan(10)
  for (const path of paths) {
    expect(path.startsWith('/') && !path.startsWith(BASE_PATH), `${path} is a route without the base path`).toBe(true)
    expect((await request.get(path.slice(1) || './')).status(), path).toBe(200)
  }
})

test('the bare base path redirects to it with its slash, and nothing is served outside it', async ({ request, baseURL }) => {
  const bare = await request.get(`${new URL(baseURL!).origin}${BASE_PATH.replace(/\/$/, '')}`, { maxRedirects: 0 })
  expect(bare.status()).toBe(301)
  expect(bare.headers().location).toBe(BASE_PATH)
  expect((await request.get(`${new URL(baseURL!).origin}/patterns`)).status()).toBe(404)
})
