import { expect, expectClean, test, waitForReady } from './fixtures'

// Prototype member names in the explore URL are unknown values like any other: the full list, no filter
// pressed. `?type=constructor` once read Object.prototype.constructor and showed "0 of 10 documents".
const rows = (page: import('@playwright/test').Page) => page.locator('main ul a.explore-link')

test('?type=constructor, __proto__, toString, valueOf (and as level, sort, tags) show every document', async ({ page, watch }) => {
  // Eleven page loads on a shared two-core machine.
  test.setTimeout(150_000)
  await page.goto('/explore')
  await waitForReady(page)
  const total = await rows(page).count()
  expect(total).toBeGreaterThan(0)
  for (const key of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
    for (const query of [`type=${key}`, `type=${key}&level=${key}&sort=${key}&tags=${key}`]) {
      await page.goto(`/explore?${query}`)
      await waitForReady(page)
      await expect(rows(page), query).toHaveCount(total)
    }
  }
  expectClean(watch)
})
