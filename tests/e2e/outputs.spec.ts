import type { Page } from '@playwright/test'
import { expect, test, waitForReady } from './fixtures'
import type { ExploreData } from '../../utils/explore-types'

interface ParsedXml {
  error: string | null
  items: Array<{ link: string, date: string, categories: string[] }>
  urls: Array<{ loc: string, lastmod: string }>
}

// The browser's own XML parser: a malformed file shows up as a <parsererror> rather than passing a regex.
function parseXml(page: Page, text: string): Promise<ParsedXml> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml')
    const value = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent?.trim() ?? ''
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      items: [...doc.getElementsByTagName('item')].map(item => ({
        link: value(item, 'link'),
        date: value(item, 'pubDate'),
        categories: [...item.getElementsByTagName('category')].map(c => c.textContent ?? ''),
      })),
      urls: [...doc.getElementsByTagName('url')].map(url => ({ loc: value(url, 'loc'), lastmod: value(url, 'lastmod') })),
    }
  }, text)
}

async function fetchText(page: Page, path: string) {
  const response = await page.request.get(path)
  expect(response.status(), path).toBe(200)
  return { text: await response.text(), type: response.headers()['content-type'] ?? '' }
}

/** The absolute origin the outputs use (NUXT_PUBLIC_SITE_URL or the placeholder), read from robots.txt. */
async function siteBase(page: Page) {
  const { text } = await fetchText(page, '/robots.txt')
  const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1]
  expect(sitemap, 'robots.txt names the sitemap').toMatch(/^https?:\/\/[^/]+(\/.*)?\/sitemap\.xml$/)
  return sitemap!.replace(/\/sitemap\.xml$/, '')
}

/** Markdown with its fenced code blocks removed (the authoring guide shows include lines inside them). */
function outsideCode(markdown: string) {
  return markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1`*[ \t]*$/gm, '')
}

async function exploreData(page: Page): Promise<ExploreData> {
  return JSON.parse((await fetchText(page, '/explore.json')).text)
}

test('robots.txt allows crawling and names the absolute sitemap URL', async ({ page }) => {
  const { text, type } = await fetchText(page, '/robots.txt')
  expect(type).toContain('text/plain')
  expect(text).toMatch(/^User-agent: \*$/m)
  expect(text).not.toMatch(/^Disallow: \/\s*$/m)
  await siteBase(page)
})

test('the feed is well-formed RSS with every pattern and deep dive, dated, with categories', async ({ page }) => {
  await page.goto('/404.html')
  const base = await siteBase(page)
  const { documents } = await exploreData(page)
  const { text } = await fetchText(page, '/feed.xml')
  const feed = await parseXml(page, text)
  expect(feed.error).toBeNull()
  expect(text).toContain('<rss version="2.0"')
  const expected = documents.filter(d => d.type === 'patterns' || d.type === 'deepDives')
  expect(expected.filter(d => d.type === 'patterns').length).toBeGreaterThan(0)
  expect(feed.items).toHaveLength(expected.length)
  for (const doc of expected) {
    const item = feed.items.find(i => i.link === `${base}${doc.path}`)
    expect(item, `${doc.path} in the feed`).toBeTruthy()
    expect(Number.isNaN(Date.parse(item!.date)), `${doc.path} has a date`).toBe(false)
    // With git history the item carries the date of the file's last commit.
    if (doc.updated) expect(new Date(item!.date).getTime()).toBe(Math.floor(Date.parse(doc.updated) / 1000) * 1000)
    expect(item!.categories.length).toBe(doc.tags.length)
  }
})

test('the sitemap lists every page, tag page and pattern, with lastmod from git', async ({ page }) => {
  await page.goto('/404.html')
  const base = await siteBase(page)
  const { documents, tags } = await exploreData(page)
  const { text } = await fetchText(page, '/sitemap.xml')
  const sitemap = await parseXml(page, text)
  expect(sitemap.error).toBeNull()
  const locs = sitemap.urls.map(u => u.loc)
  expect(new Set(locs).size).toBe(locs.length)
  for (const path of ['/', '/learn', '/patterns', '/deep-dives', '/projects', '/explore', '/tags', ...tags.map(t => `/tags/${t.slug}`)]) {
    expect(locs, path).toContain(`${base}${path}`)
  }
  for (const doc of documents) {
    const url = sitemap.urls.find(u => u.loc === `${base}${doc.path}`)
    expect(url, `${doc.path} in the sitemap`).toBeTruthy()
    if (doc.updated) expect(url!.lastmod).toBe(doc.updated)
    if (doc.type === 'patterns') expect(Number.isNaN(Date.parse(url!.lastmod)), `${doc.path} has a lastmod`).toBe(false)
  }
  // Every page in the sitemap is a page of the generated site.
  for (const loc of locs) {
    const response = await page.request.get(loc.slice(base.length) || '/')
    expect(response.status(), loc).toBe(200)
  }
})

test('llms.txt links the Markdown of every page, and every /raw file exists with its title and code', async ({ page }) => {
  const base = await siteBase(page)
  const { documents } = await exploreData(page)
  const { text } = await fetchText(page, '/llms.txt')
  expect(text).toMatch(/^# Metaflow Patterns\n\n> \S/)
  expect(text).toMatch(/^## Patterns$/m)
  const links = [...text.matchAll(/^- \[(.+?)\]\((\S+?)\)(?:: .+)?$/gm)].map(m => ({ title: m[1]!.replace(/\\([[\]\\])/g, '$1'), url: m[2]! }))
  for (const doc of documents) {
    expect(links.map(l => l.url), doc.path).toContain(`${base}/raw${doc.path}.md`)
  }
  expect(links.map(l => l.url)).toContain(`${base}/raw/index.md`)
  expect(links.map(l => l.url)).toContain(`${base}/raw/patterns.md`)

  for (const link of links) {
    expect(link.url.startsWith(`${base}/raw/`), link.url).toBe(true)
    const { text: markdown, type } = await fetchText(page, link.url.slice(base.length))
    expect(type, link.url).toContain('text/markdown')
    expect(markdown, link.url).toContain(link.title)
    // Includes are expanded: no `<<< examples/...` line is left outside a code block.
    expect(outsideCode(markdown), link.url).not.toMatch(/^<<<\s+examples\//m)
  }
  const pattern = await fetchText(page, '/raw/patterns/notebook-resume.md')
  expect(pattern.text).toMatch(/^```+python \[examples\/notebook-resume\//m)
  expect((await page.request.get('/raw/patterns/not-a-page.md')).status()).toBe(404)
})

test('llms-full.txt holds every page\'s Markdown', async ({ page }) => {
  const base = await siteBase(page)
  const { documents } = await exploreData(page)
  const { text } = await fetchText(page, '/llms-full.txt')
  expect(text).toMatch(/^# Metaflow Patterns\n/)
  for (const doc of documents) {
    expect(text, doc.path).toContain(`# ${doc.title}\n\nSource: ${base}${doc.path}\n`)
  }
  expect(outsideCode(text)).not.toMatch(/^<<<\s+examples\//m)
})

test('"Copy page as Markdown" copies the page\'s raw Markdown, and "View as Markdown" opens it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] })
  const page = await context.newPage()
  await page.goto('/patterns/notebook-resume')
  await waitForReady(page)
  const button = page.getByTestId('copy-markdown')
  await expect(button).toHaveText('Copy page as Markdown')
  await button.click()
  await expect(button).toHaveText('Copied')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  const { text } = await fetchText(page, '/raw/patterns/notebook-resume.md')
  expect(copied).toBe(text)
  expect(copied).toContain('Introducing the notebook resume pattern')

  await page.getByRole('link', { name: 'View as Markdown' }).click()
  await expect(page).toHaveURL(/\/raw\/patterns\/notebook-resume\.md$/)
  await expect(page.locator('body')).toContainText('title: "Introducing the notebook resume pattern"')
  await context.close()
})
