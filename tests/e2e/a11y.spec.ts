import AxeBuilder from '@axe-core/playwright'
import { expect, test, waitForReady } from './fixtures'

const PAGES = [
  '/', '/patterns', '/patterns/notebook-resume', '/patterns/s3-hive-partitions', '/deep-dives',
  '/deep-dives/client-api-and-namespaces', '/projects/draw-the-owl', '/learn', '/explore', '/explore?q=resume&tags=notebooks',
  '/tags', '/tags/s3', '/contributing', '/no/such/page',
]

for (const scheme of ['light', 'dark'] as const) {
  for (const path of PAGES) {
    test(`${path} has no serious or critical axe violation (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(path)
      await waitForReady(page)
      await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /light/)
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
      const bad = results.violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
      expect(bad).toEqual([])
    })
  }
}
