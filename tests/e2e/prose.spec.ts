// Markdown renders as plain elements with a few components: the behaviour readers rely on in an article.
import { readFileSync } from 'node:fs'
import { expect, test, waitForReady } from './fixtures'

test('a code block copies its code, and says so', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] })
  const page = await context.newPage()
  await page.goto('/patterns/fastapi-endpoints')
  await waitForReady(page)
  const block = page.locator('pre', { hasText: 'class ScoreFlow(FlowSpec)' }).locator('..')
  await expect(block.getByText('examples/fastapi-endpoints/flow.py')).toBeVisible()
  await block.hover()
  const button = block.getByRole('button', { name: 'Copy code to clipboard' })
  await button.click()
  await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  const source = readFileSync('examples/fastapi-endpoints/flow.py', 'utf8')
  expect(copied).toContain('class ScoreFlow(FlowSpec):')
  expect(source).toContain(copied.trim().split('\n')[0]!)
  expect(copied).not.toMatch(/#\s*(start|end) region|#region/)
  await context.close()
})

test('every section heading links to itself, and the link is named by the heading text alone', async ({ page }) => {
  await page.goto('/patterns/notebook-resume')
  const heading = page.getByRole('heading', { level: 2, name: 'How resume works', exact: true })
  await expect(heading).toBeVisible()
  const anchor = heading.getByRole('link', { name: 'How resume works', exact: true })
  await expect(anchor).toHaveAttribute('href', '#how-resume-works')
  // Every section heading of the Markdown body, steps included (the page's own blocks after it are not Markdown).
  const headings = page.locator('.doc-prose :is(h2, h3, h4)[id]')
  const count = await headings.count()
  expect(count).toBeGreaterThan(5)
  for (let i = 0; i < count; i++) {
    const h = headings.nth(i)
    await expect(h.locator('> a.heading-anchor')).toHaveAttribute('href', `#${await h.getAttribute('id')}`)
  }
})

test('callouts, steps and tables render with their names on a first visit and after client navigation', async ({ page }) => {
  for (const arrive of ['load', 'navigate'] as const) {
    if (arrive === 'load') {
      await page.goto('/patterns/notebook-resume')
    }
    else {
      await page.goto('/patterns')
      await waitForReady(page)
      await page.getByRole('main').getByRole('link', { name: 'Introducing the notebook resume pattern' }).first().click()
      await expect(page).toHaveURL(/\/patterns\/notebook-resume$/)
    }
    await expect(page.locator('.callout').first()).toBeVisible()
    await expect(page.getByRole('img', { name: /^(Note|Tip|Warning|Caution):$/ }).first()).toBeAttached()
    await expect(page.locator('.steps h3').first()).toBeVisible()
    await expect(page.getByRole('region', { name: 'Table: Situation, Use resume?, Why' })).toBeVisible()
    // No library prose component is left unresolved (it would render as an unknown element).
    expect(await page.locator('article').evaluate(el => [...el.querySelectorAll('*')].filter(e => e instanceof HTMLUnknownElement).map(e => e.tagName))).toEqual([])
  }
})

test('code blocks keep their lines: a text diagram scrolls sideways instead of wrapping', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto('/patterns/fastapi-endpoints')
  const pre = page.locator('pre.language-text').filter({ hasText: 'client (dashboard' })
  expect(await pre.evaluate(el => getComputedStyle(el).whiteSpace)).toBe('pre')
  // As many line boxes as the diagram has lines (none wrapped), and the block scrolls.
  const { lines, boxes } = await pre.locator('code').evaluate((code) => {
    const lineHeight = Number.parseFloat(getComputedStyle(code).lineHeight)
    return { lines: code.textContent!.replace(/\n$/, '').split('\n').length, boxes: Math.round(code.getBoundingClientRect().height / lineHeight) }
  })
  expect(lines).toBeGreaterThan(10)
  expect(boxes).toBe(lines)
  expect(await pre.evaluate(el => el.scrollWidth > el.clientWidth)).toBe(true)
})
