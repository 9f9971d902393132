import { defineConfig } from '@playwright/test'
import base from './playwright.config'
import { BASE_PATH, BASE_SITE_DIR } from './tests/e2e/base-path-site'

// The site built for a sub-path, as a GitHub project site is served (https://<owner>.github.io/<repo>/):
// `npm test` generates it into .output-base/ (scripts/test.mjs), and scripts/serve.mjs serves it under the
// base path only. The crawler (site-integrity.spec.ts) runs over the same build.
const port = Number(process.env.E2E_PORT ?? 4173)

// Read by tests/e2e/site-files.ts in the test workers, which inherit this environment.
process.env.SITE_DIR = BASE_SITE_DIR
process.env.BASE_PATH = BASE_PATH

export default defineConfig({
  ...base,
  // file-video.spec.ts plays the self-hosted video of the test fixtures, which only this build has.
  testMatch: ['base-path.spec.ts', 'site-integrity.spec.ts', 'file-video.spec.ts'],
  testIgnore: [],
  projects: [{ name: 'chromium' }],
  use: { ...base.use, baseURL: `http://localhost:${port}${BASE_PATH}` },
  webServer: {
    command: 'node scripts/serve.mjs',
    env: { PORT: String(port), SITE_DIR: BASE_SITE_DIR, BASE_PATH },
    url: `http://localhost:${port}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 45_000,
  },
})
