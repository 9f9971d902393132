import { expect, expectClean, test, waitForReady } from './fixtures'

const SEED_LABELS = [
  ['S3 Client for managing Hive-style partitions automatically', '/patterns/s3-hive-partitions'],
  ['Create endpoints from deployed flows with FastAPI', '/patterns/fastapi-endpoints'],
  ['Introducing the notebook resume pattern', '/patterns/notebook-resume'],
  ['Adding flow CI with GitHub Actions', '/patterns/flow-ci-github-actions'],
] as const

test('the Patterns page shows the seed: one h1, its headings, its images, all loaded', async ({ page, watch }) => {
  await page.goto('/patterns')
  await expect(page.locator('h1')).toHaveCount(1)
  await expect(page.locator('h1')).toHaveText('Patterns')
  for (const heading of ['About', 'Paired Video Content', '1. Walkthrough for Narrowly Focused Patterns', '2. How-to Series for Development Patterns', 'Custom Layout / Markdown Components (MDC)', 'Articles']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible()
  }
  await expect(page).toHaveTitle('Patterns · Metaflow Patterns')
  const images = page.locator('main img[src^="/content/learn/"]')
  await expect(images).toHaveCount(4)
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded()
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
  }
  await expect(page.getByText('besides the FastAPI example', { exact: false })).toBeVisible()
  expectClean(watch)
})

for (const [label, path] of SEED_LABELS) {
  test(`the card "${label}" opens its article without the SQLite WASM`, async ({ page, watch }) => {
    await page.goto('/patterns')
    await waitForReady(page)
    const card = page.getByRole('region', { name: 'Articles' }).getByRole('link', { name: label, exact: true })
    await card.click()
    await expect(page).toHaveURL(path)
    await expect(page.locator('h1')).toHaveText(label)
    expectClean(watch)
  })
}

test('feature reference cards show tags and what can be followed', async ({ page }) => {
  await page.goto('/patterns')
  const card = page.getByRole('region', { name: 'Articles' }).locator('li', { has: page.getByRole('link', { name: SEED_LABELS[0][0] }) })
  await expect(card.locator('a[href^="/tags/"]').first()).toBeVisible()
  await expect(card.getByText('Video planned')).toBeVisible()
  await expect(card.getByText(/Terminal walkthrough · \d+:\d\d/)).toBeVisible()
})

test('tag pages show the same media badges as the explore rows', async ({ page }) => {
  await page.goto('/tags/resume')
  const card = page.locator('li', { has: page.getByRole('link', { name: 'Introducing the notebook resume pattern' }) })
  await expect(card.locator('[data-media]')).toHaveText([/^\s*Terminal walkthrough · 0:\d\d\s*$/, /^\s*Video planned\s*$/])
  await page.goto('/explore?media=walkthrough')
  const row = page.locator('article', { has: page.getByRole('link', { name: 'Introducing the notebook resume pattern' }) })
  await expect(row.locator('[data-media]')).toHaveText([/^\s*Terminal walkthrough · 0:\d\d\s*$/, /^\s*Video planned\s*$/])
})

test('navigation across the site never downloads the database', async ({ page, watch }) => {
  await page.goto('/')
  await waitForReady(page)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patterns' }).click()
  await expect(page).toHaveURL('/patterns')
  await expect(page.locator('h1')).toHaveText('Patterns')
  await page.getByRole('region', { name: 'Articles' }).getByRole('link', { name: SEED_LABELS[2][0], exact: true }).click()
  await expect(page).toHaveURL(SEED_LABELS[2][1])
  await expect(page.locator('h1')).toHaveText(SEED_LABELS[2][0])
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click()
  await expect(page).toHaveURL('/learn')
  await page.goBack()
  await expect(page).toHaveURL(SEED_LABELS[2][1])
  expectClean(watch)
})

test('the colour mode choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/patterns')
  await waitForReady(page)
  await expect(page.locator('html')).not.toHaveClass(/dark/)
  await page.getByRole('group', { name: 'Colour mode' }).first().getByRole('button', { name: 'Dark' }).click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.reload()
  await expect(page.locator('html')).toHaveClass(/dark/)
})

test('the mobile menu opens at 375px and links to the sections', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await page.goto('/')
  await waitForReady(page)
  // A <details> element: it works before any script and without JavaScript.
  await page.locator('summary[aria-label="Menu"]').click()
  const menu = page.getByRole('navigation', { name: 'Main (mobile)' })
  await expect(menu.getByRole('link', { name: 'Deep dives' })).toBeVisible()
  await menu.getByRole('link', { name: 'Deep dives' }).click()
  await expect(page).toHaveURL('/deep-dives')
})

test('a skip link leads to the main content', async ({ page }) => {
  await page.goto('/patterns')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main-content$/)
})

test('an unknown path answers 404 with the site\'s page and a way home', async ({ page, watch }) => {
  const response = await page.goto('/no/such/page')
  expect(response?.status()).toBe(404)
  await expect(page.getByText('Page not found')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Back to home' })).toBeVisible()
  expectClean(watch, { allowConsoleErrors: [/404/] })
})

test('docs pages have a breadcrumb, a table of contents, previous/next links and an edit link', async ({ page }) => {
  await page.goto('/patterns/notebook-resume')
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Patterns')
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible()
  expect(await page.locator('a[href="#choosing-the-origin-run-id"]').count()).toBeGreaterThanOrEqual(2)
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', /\/edit\/main\/content\/patterns\/notebook-resume\.md$/)
  await expect(page.getByRole('navigation', { name: 'Previous and next' }).locator('a[href^="/patterns/"]').first()).toBeVisible()
})

test('pages are served with the security headers and break none of them', async ({ page, watch }) => {
  const response = await page.goto('/patterns/notebook-resume')
  const headers = response!.headers()
  expect(headers['content-security-policy']).toContain('default-src \'self\'')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  await waitForReady(page)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Explore' }).click()
  await page.getByRole('searchbox', { name: 'Search the explore index' }).fill('resume')
  await expect(page.locator('main ul a.explore-link').first()).toBeVisible()
  expectClean(watch)
})
