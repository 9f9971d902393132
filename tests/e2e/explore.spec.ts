import { expect, expectClean, test, waitForReady } from './fixtures'

const count = (page: import('@playwright/test').Page) => page.locator('[aria-live="polite"]').first()
const rows = (page: import('@playwright/test').Page) => page.locator('main ul a.explore-link')

test('the full list is in the HTML without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/explore')
  await expect(rows(page)).toHaveCount(10)
  await expect(page.getByRole('link', { name: 'Introducing the notebook resume pattern' }).first()).toBeVisible()
  await context.close()
})

test('a reader types, ticks facets, and the URL follows without new history entries', async ({ page, watch }) => {
  await page.goto('/explore')
  await waitForReady(page)
  const total = await rows(page).count()
  await expect(count(page)).toHaveText(`${total} of ${total} documents`)
  const historyLength = await page.evaluate(() => history.length)

  await page.getByRole('searchbox', { name: 'Search the explore index' }).pressSequentially('resume', { delay: 30 })
  await expect(page).toHaveURL(/\?q=resume$/)
  await expect(rows(page).first()).toContainText(/resume/i)
  await expect(page.locator('main ul mark').first()).toHaveText(/^resume/i)
  const afterSearch = await rows(page).count()
  expect(afterSearch).toBeLessThan(total)

  await page.getByRole('button', { name: /^Patterns \d+$/ }).click()
  await expect(page).toHaveURL(/type=pattern/)
  for (const row of await rows(page).all()) await expect(row).toHaveAttribute('href', /^\/patterns\//)
  await page.getByRole('button', { name: /^Notebooks \d+$/ }).click()
  await expect(page).toHaveURL(/tags=notebooks/)
  await expect(count(page)).toHaveText(`1 of ${total} documents`)
  expect(await page.evaluate(() => history.length)).toBe(historyLength)
  expectClean(watch)
})

test('facet values that would leave nothing are shown dimmed, with a zero count', async ({ page }) => {
  await page.goto('/explore?tags=s3')
  await waitForReady(page)
  const notebooks = page.getByRole('button', { name: /^Notebooks 0$/ })
  await expect(notebooks).toBeVisible()
  await expect(notebooks).toHaveClass(/border-dashed/)
})

test('a shared link restores the exact state, and clear filters resets it', async ({ page }) => {
  await page.goto('/explore?q=partitions&type=pattern&tags=s3&sort=title')
  await waitForReady(page)
  await expect(page.getByRole('searchbox', { name: 'Search the explore index' })).toHaveValue('partitions')
  await expect(page.getByRole('button', { name: /^S3 \d+$/ })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('button', { name: 'Title' })).toHaveAttribute('aria-pressed', 'true')
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first()).toHaveText('S3 Client for managing Hive-style partitions automatically')
  await page.getByRole('button', { name: 'Clear filters' }).first().click()
  await expect(page).toHaveURL(/\/explore$/)
  await expect(rows(page)).toHaveCount(10)
})

test('the media facet counts what a reader can play today, and keeps its choice in the URL', async ({ page }) => {
  await page.goto('/explore')
  await waitForReady(page)
  // Every video is still planned: nothing to play, so "Video" counts 0; the four patterns have walkthroughs.
  await expect(page.getByRole('button', { name: /^Video 0$/ })).toHaveClass(/border-dashed/)
  const walkthroughs = page.getByRole('button', { name: /^Terminal walkthrough 4$/ })
  await walkthroughs.click()
  await expect(page).toHaveURL(/\/explore\?media=walkthrough$/)
  await expect(rows(page)).toHaveCount(4)
  // The old link form (?video=1) still selects videos.
  await page.goto('/explore?video=1')
  await waitForReady(page)
  await expect(page.getByRole('button', { name: /^Video 0$/ })).toHaveAttribute('aria-pressed', 'true')
  await expect(rows(page)).toHaveCount(0)
})

test('an empty result offers one-click clear filters', async ({ page }) => {
  await page.goto('/explore?q=zzzzqqq')
  await waitForReady(page)
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).last().click()
  await expect(rows(page)).toHaveCount(10)
})

test('keyboard only: / focuses search, arrows move, Enter opens, Esc clears', async ({ page }) => {
  await page.goto('/explore')
  await waitForReady(page)
  await page.keyboard.press('/')
  const box = page.getByRole('searchbox', { name: 'Search the explore index' })
  await expect(box).toBeFocused()
  await page.keyboard.type('zzz')
  await page.keyboard.press('Escape')
  await expect(box).toHaveValue('')
  await page.keyboard.type('fastapi')
  await expect(rows(page).first()).toHaveText('Create endpoints from deployed flows with FastAPI')
  await page.keyboard.press('ArrowDown')
  await expect(rows(page).first()).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/patterns/fastapi-endpoints')
  await page.goBack()
  await expect(page).toHaveURL(/\/explore\?q=fastapi$/)
})

test('hostile query strings never run script or throw', async ({ page, watch }) => {
  let dialogs = 0
  page.on('dialog', async (dialog) => {
    dialogs++
    await dialog.dismiss()
  })
  for (const query of ['?q=<script>alert(1)</script>', '?q=<img src=x onerror=alert(1)>', '?tags=%00', '?tags=s3%00,<b>', `?q=${'x'.repeat(10_000)}`, '?type=__proto__&level=constructor&sort=toString']) {
    await page.goto(`/explore${query}`)
    await waitForReady(page)
    await expect(page.locator('main img[src="x"]')).toHaveCount(0)
  }
  await page.goto('/explore?q=<b>bold</b>')
  await waitForReady(page)
  await expect(page.getByRole('searchbox', { name: 'Search the explore index' })).toHaveValue('<b>bold</b>')
  await expect(page.locator('main b')).toHaveCount(0)
  expect(dialogs).toBe(0)
  expectClean(watch)
})

test('Ctrl+K from another page finds the --origin-run-id section and Enter opens it', async ({ page, watch }) => {
  await page.goto('/deep-dives')
  await waitForReady(page)
  const requests: string[] = []
  page.on('request', r => requests.push(new URL(r.url()).pathname))
  expect(requests).not.toContain('/search.json')
  await page.keyboard.press('Control+k')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await page.keyboard.type('origin run id')
  await expect(dialog.getByRole('option').first()).toContainText('Choosing the origin run id')
  await expect(dialog.getByText('Introducing the notebook resume pattern').first()).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/patterns/notebook-resume#choosing-the-origin-run-id')
  expect(requests.filter(p => p === '/search.json')).toHaveLength(1)
  expectClean(watch)
})

test('every tag has a prerendered page listing its documents, and /tags counts them', async ({ page }) => {
  await page.goto('/tags')
  const s3 = page.getByRole('link', { name: 'S3', exact: true })
  await expect(s3).toBeVisible()
  await s3.click()
  await expect(page).toHaveURL('/tags/s3')
  await expect(page.locator('h1')).toHaveText('#S3')
  await expect(page.getByRole('link', { name: 'S3 Client for managing Hive-style partitions automatically' }).last()).toBeVisible()
})

test('Esc straight after fast typing clears the box for good: URL writes still in flight do not undo it', async ({ page }) => {
  // A slow CPU widens the window in which an older URL write lands after the newer keystroke.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
  await page.goto('/explore')
  await waitForReady(page)
  const box = page.getByRole('searchbox', { name: 'Search the explore index' })
  for (let round = 0; round < 5; round++) {
    await box.focus()
    await page.keyboard.type('zzzz')
    await page.keyboard.press('Escape')
    await page.waitForTimeout(600)
    await expect(box).toHaveValue('')
    await expect(page).toHaveURL(/\/explore$/)
  }
})
