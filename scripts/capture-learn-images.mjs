// Replaces the seed page's discoverability*.png with screenshots of this site's own explore index and
// detail-page blocks. Run against a served build: node scripts/capture-learn-images.mjs http://localhost:3000
import { chromium } from '@playwright/test'

const base = process.argv[2] ?? 'http://localhost:3000'
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] })
const page = await browser.newPage({ viewport: { width: 1300, height: 800 }, colorScheme: 'light' })

await page.goto(`${base}/explore?tags=resume`)
await page.waitForTimeout(800)
await page.screenshot({ path: 'public/content/learn/discoverability.png' })

await page.setViewportSize({ width: 1000, height: 800 })
await page.goto(`${base}/patterns/notebook-resume`)
await page.waitForTimeout(800)
const title = page.locator('article header').first()
const info = page.locator('article dl').first()
const top = await title.boundingBox()
const bottom = await info.boundingBox()
await page.screenshot({ path: 'public/content/learn/discoverability-1.png', clip: { x: top.x - 16, y: top.y - 8, width: top.width + 32, height: bottom.y + bottom.height - top.y + 24 } })

const source = page.locator('#source-heading').locator('xpath=../..')
await source.scrollIntoViewIfNeeded()
await source.screenshot({ path: 'public/content/learn/discoverability-2.png' })
await browser.close()
