// The small scripts that enhance reading pages: search, colour mode, table of contents, links from explore.
import { expect, expectClean, test, waitForReady } from './fixtures'

test('search opens from an article by keyboard, loads its index only then, and leads to a section', async ({ page, watch }) => {
  const loaded: string[] = []
  page.on('request', r => /search|chunk-/.test(r.url()) && loaded.push(new URL(r.url()).pathname))
  await page.goto('/patterns/notebook-resume')
  await waitForReady(page)
  expect(loaded.filter(p => /search\.json|chunk-/.test(p)), 'index or dialog before intent').toEqual([])
  // The reader types at once, before the dialog's code has arrived: no letter is lost.
  await page.keyboard.press('Control+K')
  await page.keyboard.type('origin run')
  const dialog = page.getByRole('dialog', { name: 'Search the site' })
  await expect(dialog).toBeVisible()
  const box = dialog.getByRole('combobox', { name: 'Search' })
  await expect(box).toBeFocused()
  await expect(box).toHaveValue('origin run')
  const options = dialog.getByRole('option')
  await expect(options.first()).toBeVisible()
  await expect(options.first().locator('mark').first()).toBeVisible()
  await box.press('ArrowDown')
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
  const href = await options.nth(1).getAttribute('data-href')
  await box.press('Enter')
  await expect(page).toHaveURL(href!)
  expectClean(watch)
})

test('the search control opens the dialog on click and "/"; Escape closes it', async ({ page }) => {
  await page.goto('/deep-dives/s3-client-and-data-layout')
  await waitForReady(page)
  await page.getByRole('navigation', { name: 'Main' }).waitFor()
  await page.getByRole('link', { name: 'Search' }).click()
  const dialog = page.getByRole('dialog', { name: 'Search the site' })
  await expect(dialog).toBeVisible()
  await expect(page).toHaveURL(/\/deep-dives\/s3-client-and-data-layout$/)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await page.keyboard.press('/')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('combobox').fill('zzzzqqqq')
  await expect(dialog.getByText('No section matches.')).toBeVisible()
})

test('a colour mode choice holds on the next page from its first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  // Records the <html> class at the moment <body> is created, before anything can be painted.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return
      ;(window as unknown as { classAtBody: string }).classAtBody = document.documentElement.className
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto('/patterns/notebook-resume')
  await waitForReady(page)
  await page.getByRole('group', { name: 'Colour mode' }).first().getByRole('button', { name: 'Dark' }).click()
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await expect(page.getByRole('button', { name: 'Dark' }).first()).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click()
  await expect(page).toHaveURL('/learn')
  expect(await page.evaluate(() => (window as unknown as { classAtBody: string }).classAtBody)).toMatch(/\bdark\b/)
  await page.getByRole('group', { name: 'Colour mode' }).first().getByRole('button', { name: 'System' }).click()
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/)
})

test('the table of contents marks the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto('/patterns/notebook-resume')
  await waitForReady(page)
  const toc = page.getByRole('navigation', { name: 'On this page' })
  const links = toc.locator('a')
  const third = links.nth(2)
  const id = (await third.getAttribute('href'))!.slice(1)
  await page.locator(`[id="${id}"]`).evaluate(el => el.scrollIntoView({ block: 'start' }))
  await expect(third).toHaveAttribute('aria-current', 'location')
  await expect(toc.locator('a[aria-current="location"]')).toHaveCount(1)
})

test('every kind of link on /explore is a full page load: no payload, no WASM', async ({ page, watch }) => {
  const fetched: string[] = []
  page.on('request', r => fetched.push(new URL(r.url()).pathname))
  const kinds = [
    { name: 'a result', link: () => page.locator('a.explore-link').first() },
    { name: 'a tag chip', link: () => page.locator('main a[href^="/tags/"]').first() },
    { name: 'the header', link: () => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patterns' }) },
    { name: 'the breadcrumb', link: () => page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }) },
    { name: 'the footer', link: () => page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Learn' }) },
  ]
  for (const kind of kinds) {
    await page.goto('/explore')
    await waitForReady(page)
    const link = kind.link()
    const href = (await link.getAttribute('href'))!
    const navigation = page.waitForEvent('framenavigated')
    await link.click()
    await navigation
    await expect(page, kind.name).toHaveURL(href)
    await expect(page.locator('h1'), kind.name).toHaveCount(1)
  }
  expect(fetched.filter(p => /_payload|\.wasm$|sql_dump/.test(p))).toEqual([])
  expectClean(watch)
})
