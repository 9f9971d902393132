import { defineConfig } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 4173)

// Debian's Chromium: Playwright's own browser download does not work on this network.
export default defineConfig({
  testDir: 'tests/e2e',
  // Runs against the build made for a sub-path, with its own server: playwright.base-path.config.ts.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 45_000,
  // CI shares two cores with the static server and Chromium: give assertions room, never retries.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    // base-path.spec.ts and file-video.spec.ts run under playwright.base-path.config.ts, against the sub-path
    // build (the one with the test fixtures).
    { name: 'chromium', testIgnore: [/no-js\.spec\.ts/, /base-path\.spec\.ts/, /file-video\.spec\.ts/] },
    // Reading pages must be complete without JavaScript.
    { name: 'no-js', testMatch: /no-js\.spec\.ts/, use: { javaScriptEnabled: false } },
  ],
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port) },
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 45_000,
  },
})
