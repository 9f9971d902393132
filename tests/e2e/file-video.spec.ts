// A self-hosted video (video.provider: file) in the site built under a base path with the test fixtures
// (SITE_TEST_FIXTURES=1, utils/site-fixtures.ts): the fixture page plays a WebM clip that the test setup
// generates with ffmpeg (scripts/make-fixture-video.sh). Run by playwright.base-path.config.ts only: the
// root build has no fixture page. Paths are relative so they resolve under the base path.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { BASE_PATH, BASE_SITE_URL } from './base-path-site'
import { expect, expectClean, test, waitForReady } from './fixtures'

const PAGE = 'patterns/self-hosted-video-fixture'
const CLIP = `${BASE_PATH}fixtures/video/clip.webm`

/** Records CSP violations and the times the video seeked to, from before the page's own scripts run. */
async function instrument(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[], seeks: number[] }
    w.cspViolations = []
    w.seeks = []
    document.addEventListener('securitypolicyviolation', e => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`))
    document.addEventListener('seeked', e => w.seeks.push((e.target as HTMLVideoElement).currentTime), true)
  })
}

const lastSeek = (page: Page) => page.evaluate(() => (window as unknown as { seeks: number[] }).seeks.at(-1) ?? -1)

test('the page downloads the poster only; the video has its source, captions and chapters tracks', async ({ page, watch }) => {
  await instrument(page)
  const requested: string[] = []
  page.on('request', request => requested.push(new URL(request.url()).pathname))
  expect((await page.goto(PAGE))?.status()).toBe(200)
  await waitForReady(page)
  await page.waitForLoadState('networkidle')
  const video = page.locator('mfp-file-video video')
  await expect(video).toHaveAttribute('preload', 'none')
  await expect(video).toHaveAttribute('poster', `${BASE_PATH}fixtures/video/poster.png`)
  await expect(video.locator('source')).toHaveAttribute('src', CLIP)
  await expect(video.locator('source')).toHaveAttribute('type', 'video/webm')
  expect(requested.filter(path => /\.(webm|mp4|vtt)$/.test(path)), 'media requested before play').toEqual([])
  expect(await video.evaluate((v: HTMLVideoElement) => v.readyState)).toBe(0)

  const captions = video.locator('track[kind="captions"]')
  await expect(captions).toHaveAttribute('srclang', 'en')
  await expect(captions).toHaveAttribute('label', 'English')
  const chapters = video.locator('track[kind="chapters"]')
  await expect(chapters).toHaveAttribute('src', `${BASE_PATH}video-chapters/fixtures/video/clip.webm.vtt`)
  expect(await video.evaluate((v: HTMLVideoElement) => [...v.textTracks].map(t => `${t.kind}:${t.language}:${t.label}`))).toEqual(['captions:en:English', 'chapters:en:Chapters'])
  for (const track of [captions, chapters]) {
    const response = await page.request.get(await track.getAttribute('src') as string)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/vtt; charset=utf-8')
    expect(await response.text()).toMatch(/^WEBVTT\n/)
  }
  // The chapters track is the front matter's chapters, the last one ending at the video's duration.
  expect(await (await page.request.get(await chapters.getAttribute('src') as string)).text()).toBe([
    'WEBVTT', '',
    'chapter-1\n00:00:00.000 --> 00:00:02.000\nThe first part', '',
    'chapter-2\n00:00:02.000 --> 00:00:04.000\nThe second part', '',
    'chapter-3\n00:00:04.000 --> 00:00:06.000\nThe last part', '',
  ].join('\n'))
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
  expectClean(watch)
})

test('the video plays and pauses from the keyboard, and chapters and "Watch this part" seek it', async ({ page, watch }) => {
  await instrument(page)
  await page.goto(PAGE)
  await waitForReady(page)
  const video = page.locator('mfp-file-video video')
  const paused = () => video.evaluate((v: HTMLVideoElement) => v.paused)

  // The native player: focused, Space plays and pauses it.
  await video.focus()
  await page.keyboard.press('Space')
  await expect.poll(paused).toBe(false)
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0)
  await page.keyboard.press('Space')
  await expect.poll(paused).toBe(true)

  // A chapter link seeks and plays, and the page stays where it is (no navigation to the file).
  const url = page.url()
  await page.getByRole('link', { name: 'Play from 0:04: The last part' }).click()
  await expect.poll(() => lastSeek(page)).toBeCloseTo(4, 0)
  await expect.poll(paused).toBe(false)
  expect(page.url()).toBe(url)

  // From the keyboard: a chapter link is a link, Enter follows it.
  await page.getByRole('link', { name: 'Play from 0:02: The second part' }).focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => lastSeek(page)).toBeCloseTo(2, 0)

  // "Watch this part" under a heading plays the video from that heading's chapter.
  await video.evaluate((v: HTMLVideoElement) => v.pause())
  await page.locator('h2#the-last-part ~ a[data-video-seek]').first().click()
  await expect.poll(() => lastSeek(page)).toBeCloseTo(4, 0)
  await expect.poll(paused).toBe(false)
  expect(page.url()).toBe(url)

  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
  expectClean(watch)
})

test('the page announces the video with its file\'s public URL (JSON-LD VideoObject)', async ({ page }) => {
  await page.goto(PAGE)
  const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').first().textContent() ?? '{}') as { '@graph': Array<Record<string, unknown>> }
  expect(ld['@graph'].find(node => node['@type'] === 'VideoObject')).toMatchObject({
    name: 'A generated test clip',
    contentUrl: `${BASE_SITE_URL}/fixtures/video/clip.webm`,
    thumbnailUrl: `${BASE_SITE_URL}/fixtures/video/poster.png`,
  })
})

test('the clip is served in byte ranges, as the video element asks for it when seeking', async ({ request }) => {
  const whole = await request.get(CLIP.slice(BASE_PATH.length))
  expect(whole.status()).toBe(200)
  const size = (await whole.body()).length
  expect(size).toBeGreaterThan(1000)
  const part = await request.get(CLIP.slice(BASE_PATH.length), { headers: { range: 'bytes=100-199' } })
  expect(part.status()).toBe(206)
  expect(part.headers()['content-type']).toBe('video/webm')
  expect(part.headers()['content-range']).toBe(`bytes 100-199/${size}`)
  expect((await part.body()).equals((await whole.body()).subarray(100, 200))).toBe(true)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the video page has no serious or critical axe violation (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(PAGE)
    await waitForReady(page)
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
    expect(results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(' | ')}`)).toEqual([])
  })
}
