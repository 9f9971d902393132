// Reading pages with JavaScript disabled (the "no-js" project of playwright.config.ts): every page kind is
// complete — content, navigation, sidebar, table of contents, previous/next, tag and video links.
import { expect, test } from '@playwright/test'

const KINDS = [
  { path: '/', h1: /Metaflow Patterns|MLOps patterns/ },
  { path: '/patterns', h1: 'Patterns' },
  { path: '/deep-dives', h1: /Deep dives/i },
  { path: '/patterns/notebook-resume', h1: 'Introducing the notebook resume pattern', article: true },
  { path: '/deep-dives/s3-client-and-data-layout', h1: /S3/, article: true },
  { path: '/projects/draw-the-owl', h1: /Draw the Owl/, article: true },
  { path: '/tags/s3', h1: '#S3' },
  { path: '/contributing', h1: 'Authoring guide' },
]

for (const kind of KINDS) {
  test(`${kind.path} is complete without JavaScript`, async ({ page }) => {
    const response = await page.goto(kind.path)
    expect(response?.status()).toBe(200)
    expect(await page.evaluate(() => document.scripts.length)).toBeGreaterThan(0) // the scripts are there, just not run
    await expect(page.locator('h1')).toHaveCount(1)
    await expect(page.locator('h1')).toHaveText(kind.h1)
    const main = page.getByRole('navigation', { name: 'Main' })
    await expect(main.getByRole('link', { name: 'Patterns' })).toHaveAttribute('href', '/patterns')
    await expect(main.getByRole('link', { name: 'Explore' })).toHaveAttribute('href', '/explore')
    // Search without JavaScript is the explore page.
    await expect(page.getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/explore')
    // Controls that only work with a script are not shown.
    await expect(page.getByRole('button', { name: 'Dark' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0)
    if (kind.article) {
      const sidebar = page.getByRole('navigation', { name: 'Site sections' })
      await expect(sidebar.locator(`a[href="${kind.path}"]`)).toHaveAttribute('aria-current', 'page')
      const toc = page.getByRole('navigation', { name: 'On this page' })
      const first = toc.locator('a').first()
      const target = (await first.getAttribute('href'))!
      await first.click()
      await expect(page).toHaveURL(new RegExp(`${target}$`))
      await expect(page.locator(target)).toBeInViewport()
      await expect(page.locator('a[href^="/tags/"]').first()).toBeVisible()
    }
  })
}

test('previous/next and section links lead to real pages without JavaScript', async ({ page }) => {
  await page.goto('/patterns/notebook-resume')
  const surround = page.getByRole('navigation', { name: 'Previous and next' })
  const next = surround.getByRole('link').last()
  const href = (await next.getAttribute('href'))!
  await next.click()
  await expect(page).toHaveURL(href)
  await expect(page.locator('h1')).toHaveCount(1)
})

test('the mobile menu opens without JavaScript', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await page.goto('/patterns/notebook-resume')
  await page.locator('summary[aria-label="Menu"]').click()
  const menu = page.getByRole('navigation', { name: 'Main (mobile)' })
  await menu.getByRole('link', { name: 'Deep dives' }).click()
  await expect(page).toHaveURL('/deep-dives')
})

test('a published video and its chapters are links to the video without JavaScript', async ({ page }) => {
  await page.goto('/learn')
  const play = page.getByRole('link', { name: /^Play video: .*Outerbounds playlist on tags/ })
  await expect(play).toHaveAttribute('href', /^https:\/\/www\.youtube\.com\/watch\?v=DEmKaTI3MG4/)
  await page.goto('/contributing')
  await expect(page.getByRole('link', { name: 'Play from 0:30: Sample chapter at 0:30' })).toHaveAttribute('href', /[?&]t=30s/)
  await expect(page.getByRole('link', { name: /Watch this part of the video \(0:30/ })).toHaveAttribute('href', '#page-video')
})

test('a terminal walkthrough is a readable, copyable transcript without JavaScript, with chapters and the recording', async ({ page }) => {
  await page.goto('/patterns/notebook-resume')
  const block = page.locator('mfp-walkthrough')
  // Nothing that needs the script: no play button or speed control.
  await expect(block.getByRole('button')).toHaveCount(0)
  await expect(block.locator('select')).toBeHidden()
  await expect(block.getByRole('link', { name: 'Download the recording' })).toHaveAttribute('href', '/walkthroughs/notebook-resume.cast')
  // A chapter is a link to its step of the transcript, which opens there.
  const chapter = block.locator('[data-chapters] a').first()
  await expect(chapter).toHaveAttribute('href', '#walkthrough-step-1')
  await chapter.click()
  await expect(page.locator('#walkthrough-step-1')).toBeVisible()
  const transcript = block.locator('details[data-transcript]')
  await expect(transcript.locator('li[id^="walkthrough-step-"]')).toHaveCount(7)
  // Commands are plain text in the page: selecting one copies exactly the command (the prompt is CSS).
  const command = transcript.locator('pre[data-command]').filter({ hasText: 'python -m pytest -q' })
  const selected = await command.evaluate((pre) => {
    const range = document.createRange()
    range.selectNodeContents(pre)
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
    return { text: selection.toString(), userSelect: getComputedStyle(pre).userSelect }
  })
  expect(selected.text).toBe('python -m pytest -q')
  expect(selected.userSelect).not.toBe('none')
  await expect(transcript.locator('pre[data-output]').filter({ hasText: /KeyError/ })).toHaveCount(1)
  // "Watch this part" under a heading leads to the walkthrough.
  await expect(page.getByRole('link', { name: /^Watch this part in the terminal walkthrough \(0:17: / })).toHaveAttribute('href', '#page-walkthrough')
})

test('the 404 page is server-rendered: it reads without JavaScript', async ({ page }) => {
  const response = await page.goto('/no/such/page')
  expect(response?.status()).toBe(404)
  await expect(page.locator('h1')).toHaveText('Page not found')
  await expect(page.getByRole('link', { name: 'Back to home' })).toHaveAttribute('href', '/')
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg')
})

test('colours follow the system setting without JavaScript', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/patterns/notebook-resume')
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  await page.emulateMedia({ colorScheme: 'light' })
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(light).toBe('rgb(255, 255, 255)')
  expect(dark).not.toBe(light)
})
