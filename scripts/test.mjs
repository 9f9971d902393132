// `npm test`: unit tests, the runnable examples, then the browser suite against the generated site.
import { spawnSync } from 'node:child_process'
import { renameSync, rmSync } from 'node:fs'

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal})`)
    process.exit(result.status || 1)
  }
}

const only = process.env.TEST_ONLY // unit | examples | e2e, to run one part while working

if (!only || only === 'unit') {
  // The deploy workflow is always linted: without Go to build actionlint (and none on PATH) this fails.
  step('actionlint present', 'bash', ['scripts/install-actionlint.sh', '--require'])
  step('Lint (ESLint: @nuxt/eslint with its stylistic rules)', 'npx', ['eslint', '.', '--max-warnings', '0'])
  step('Type-check the app, server, shared code, modules and tests (nuxi typecheck)', 'npx', ['nuxt', 'typecheck'])
  step('Type-check the enhancement scripts (tsc)', 'npx', ['tsc', '-p', 'enhancements'])
  step('Unit tests (Vitest)', 'npx', ['vitest', 'run'])
}
if (!only || only === 'examples') step('Companion examples (pytest, real Metaflow)', 'bash', ['scripts/test-examples.sh'])
if (!only || only === 'e2e') {
  step('Chromium present', 'bash', ['scripts/ensure-chromium.sh'])
  step('ffmpeg present', 'bash', ['scripts/ensure-ffmpeg.sh'])
  // The clone has no remote: give the build a repository so the edit and changelog links can be tested.
  const repository = { REPOSITORY_URL: process.env.REPOSITORY_URL ?? 'https://github.com/example-org/metaflow-patterns' }
  if (!process.env.SKIP_GENERATE) {
    // First the build for a sub-path (a GitHub project site), moved aside to .output-base/; then the root build,
    // which stays in .output/ for `npm run preview`. The site URL is BASE_SITE_URL (tests/e2e/base-path-site.ts)
    // with a trailing slash, which the build must not repeat in its URLs. That build also has the test fixtures
    // (SITE_TEST_FIXTURES=1, utils/site-fixtures.ts): a page with a self-hosted video, whose clip is made here.
    step('Generate the fixture video (ffmpeg)', 'bash', ['scripts/make-fixture-video.sh'])
    step('Generate the static site under a base path, with the test fixtures', 'npx', ['nuxt', 'generate'], { ...repository, NUXT_PUBLIC_SITE_URL: 'https://example-org.github.io/metaflow-patterns/', SITE_TEST_FIXTURES: '1' })
    rmSync('.output-base', { recursive: true, force: true })
    renameSync('.output', '.output-base')
    step('Generate the static site', 'npx', ['nuxt', 'generate'], repository)
  }
  step('Browser tests (Playwright, Debian Chromium)', 'npx', ['playwright', 'test'])
  step('Browser tests and crawler under a base path', 'npx', ['playwright', 'test', '-c', 'playwright.base-path.config.ts'])
}
console.log('\n✔ All test suites passed')
