// The terminal walkthrough on a pattern page (components/media/MediaTerminalWalkthrough.vue, enhancements/walkthrough.ts):
// nothing of the player is downloaded before play; play loads the player, its CSS and the recording; a chapter
// and a "watch this part" link move the player to their time; the keyboard pauses; no CSP violation.
import type { Page } from '@playwright/test'
import { expect, expectClean, test, waitForReady } from './fixtures'

const PAGE = '/patterns/notebook-resume'

/** Records Content-Security-Policy violations (the player compiles WebAssembly: 'wasm-unsafe-eval'). */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const list: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = list
    document.addEventListener('securitypolicyviolation', e => list.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
}

/** The player's current time, through its API (the element keeps the player it created). */
function currentTime(page: Page) {
  return page.evaluate(async () => {
    const element = document.querySelector('mfp-walkthrough') as HTMLElement & { player?: { getCurrentTime(): Promise<number> | number } }
    return element.player ? await element.player.getCurrentTime() : undefined
  })
}

test('the player, its CSS and the recording load only when the reader presses play', async ({ page, watch }) => {
  const violations = await watchCsp(page)
  const requests: string[] = []
  page.on('request', r => requests.push(new URL(r.url()).pathname))
  await page.goto(PAGE)
  await waitForReady(page)
  const block = page.locator('mfp-walkthrough')
  await expect(block.locator('[data-player]')).toBeHidden()
  const onLoad = [...requests]
  expect(onLoad.filter(p => /\.cast$|asciinema/.test(p)), 'recording or player requested on load').toEqual([])

  await block.getByRole('button', { name: /^Play the terminal walkthrough/ }).click()
  await expect(block.locator('.ap-player')).toBeVisible()
  await expect.poll(() => currentTime(page)).toBeGreaterThan(0)
  const onPlay = requests.slice(onLoad.length)
  expect(onPlay).toContain('/walkthroughs/notebook-resume.cast')
  expect(onPlay.filter(p => /\/_nuxt\/enhance\/asciinema-player-[\w-]+\.css$/.test(p))).toHaveLength(1)
  // The player is code the page had not downloaded: a new chunk of the enhancements.
  const playerJs = onPlay.filter(p => p.endsWith('.js'))
  expect(playerJs.length).toBeGreaterThan(0)
  expect(playerJs.filter(p => onLoad.includes(p))).toEqual([])
  expect(await violations()).toEqual([])
  expectClean(watch)
})

test('a chapter moves the player to its time; "watch this part" next to a heading does too', async ({ page, watch }) => {
  const violations = await watchCsp(page)
  await page.goto(PAGE)
  await waitForReady(page)
  const block = page.locator('mfp-walkthrough')
  const chapters = block.locator('[data-chapters] a[data-seek]')
  const starts = (await chapters.evaluateAll(links => links.map(l => Number((l as HTMLElement).dataset.seek))))
  // The fifth chapter lasts about ten seconds: the player's time after the click falls inside it.
  const [start, next] = [starts[4]!, starts[5]!]
  expect(next - start).toBeGreaterThan(5)
  await chapters.nth(4).click()
  await expect(block.locator('.ap-player')).toBeVisible()
  await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(start)
  expect(await currentTime(page)).toBeLessThan(next)

  // Back to the first chapter with the player already loaded: a seek, not a new player.
  await chapters.nth(0).click()
  await expect.poll(() => currentTime(page)).toBeLessThan(starts[1]!)

  // "Watch this part" under "How resume works" plays the walkthrough from that heading's step.
  const watchPart = page.getByRole('link', { name: /^Watch this part in the terminal walkthrough \(0:17: / })
  await expect(watchPart).toHaveAttribute('href', '#page-walkthrough')
  await watchPart.click()
  await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(17)
  expect(await currentTime(page)).toBeLessThan(starts[4]!)
  expect(await violations()).toEqual([])
  expectClean(watch)
})

test('the keyboard pauses the player, and the speed control keeps the position', async ({ page }) => {
  await page.goto(PAGE)
  await waitForReady(page)
  const block = page.locator('mfp-walkthrough')
  await block.locator('[data-chapters] a[data-seek]').nth(4).click()
  await expect(block.locator('.ap-player')).toBeVisible()
  await expect.poll(() => currentTime(page)).toBeGreaterThan(23)
  // Focus is in the player after play: Space pauses it (the player's own key).
  await page.evaluate(() => {
    const element = document.querySelector('mfp-walkthrough') as HTMLElement & { player: { addEventListener(name: string, f: () => void): void } }
    element.player.addEventListener('pause', () => {
      (window as unknown as { __paused: boolean }).__paused = true
    })
  })
  await page.keyboard.press('Space')
  await expect.poll(() => page.evaluate(() => (window as unknown as { __paused?: boolean }).__paused)).toBe(true)
  const paused = await currentTime(page)
  await block.locator('select[data-speed]').selectOption('2')
  await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(paused! - 0.5)
})

test('the transcript lists every step with its command, copy buttons and output', async ({ page }) => {
  await page.goto(PAGE)
  await waitForReady(page)
  const transcript = page.locator('mfp-walkthrough details[data-transcript]')
  await transcript.locator('summary').click()
  await expect(transcript.locator('li[id^="walkthrough-step-"]')).toHaveCount(7)
  await expect(transcript.locator('pre[data-command]').filter({ hasText: 'python -m pytest -q' })).toBeVisible()
  await expect(transcript.getByRole('button', { name: 'Copy command to clipboard' }).first()).toBeVisible()
  await expect(transcript.locator('pre[data-output]').filter({ hasText: /KeyError/ })).toHaveCount(1)
})
