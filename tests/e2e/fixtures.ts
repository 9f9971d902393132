import { test as base, expect } from '@playwright/test'
import type { Page } from '@playwright/test'

export interface Watch {
  /** URLs requested from any host other than the site's. */
  foreign: string[]
  /** SQLite WASM or sql_dump requests (pages must be served from payloads). */
  database: string[]
  consoleErrors: string[]
}

/** Every test page records what it requests and logs; `expectClean` asserts on it. */
export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin
    const watch: Watch = { foreign: [], database: [], consoleErrors: [] }
    page.on('request', (request) => {
      const url = request.url()
      if (url.startsWith('data:') || url.startsWith('blob:')) return
      if (new URL(url).origin !== origin) watch.foreign.push(url)
      if (/sqlite3?\.wasm|sql_dump|\.wasm(\?|$)/.test(url)) watch.database.push(url)
    })
    page.on('console', (msg) => {
      if (msg.type() === 'error') watch.consoleErrors.push(msg.text())
    })
    page.on('pageerror', error => watch.consoleErrors.push(String(error)))
    await use(watch)
  },
})

export function expectClean(watch: Watch, { allowConsoleErrors = [] as RegExp[] } = {}) {
  expect(watch.foreign, 'requests to other hosts').toEqual([])
  expect(watch.database, 'SQLite WASM or sql_dump requests').toEqual([])
  expect(watch.consoleErrors.filter(e => !allowConsoleErrors.some(re => re.test(e))), 'console errors').toEqual([])
}

/**
 * Waits for the page's own ready signals: every enhancement element on it is defined (its script has run), and
 * on /explore the app marks its root `data-ready` once it has hydrated and read the URL.
 */
export async function waitForReady(page: Page) {
  await page.waitForFunction(() => {
    const elements = [...document.querySelectorAll('*')].filter(element => element.localName.startsWith('mfp-'))
    const defined = elements.every(element => customElements.get(element.localName))
    const app = document.querySelector('#__nuxt')
    const appReady = !app || !document.querySelector('#explore-search') || !!document.querySelector('[data-ready]')
    return document.readyState === 'complete' && defined && appReady
  })
}

export { expect }
