// Draws the static share images (public/og/*.png, 1200x630) in Debian's Chromium. Run by hand when the
// design changes: node scripts/make-share-images.mjs
import { chromium } from '@playwright/test'

const SECTIONS = [
  ['default', 'Metaflow Patterns', 'MLOps patterns for Metaflow, with tested starter code'],
  ['patterns', 'Patterns', 'Narrow, real-world solutions with starter code that runs in CI'],
  ['deep-dives', 'Deep dives', 'How one part of Metaflow works, in depth'],
  ['projects', 'Projects', 'Patterns put together, taught as how-to series'],
]

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] })
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } })
for (const [file, title, line] of SECTIONS) {
  await page.setContent(`<body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;padding:0 96px;box-sizing:border-box;background:#0c4a6e;border-left:24px solid #0ea5e9;font-family:sans-serif;color:#fff">
    <div style="font-size:34px;opacity:.85;letter-spacing:.04em">METAFLOW PATTERNS</div>
    <div style="font-size:96px;font-weight:800;margin:18px 0">${title}</div>
    <div style="font-size:40px;opacity:.92">${line}</div></body>`)
  await page.screenshot({ path: `public/og/${file}.png` })
}
await browser.close()
