import { execFileSync } from 'node:child_process'
import { expect, expectClean, test, waitForReady } from './fixtures'

test('a published video loads nothing from YouTube until play, then a youtube-nocookie iframe', async ({ page, watch }) => {
  const youtube: string[] = []
  page.on('request', r => /youtube|ytimg|googlevideo/.test(r.url()) && youtube.push(r.url()))
  await page.goto('/learn')
  await waitForReady(page)
  const figure = page.getByRole('figure', { name: /Outerbounds playlist on tags/ })
  await figure.scrollIntoViewIfNeeded()
  await expect(figure.locator('iframe')).toHaveCount(0)
  expectClean(watch)
  expect(youtube).toEqual([])

  await page.route(/youtube-nocookie\.com/, route => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>player</p>' }))
  await figure.getByRole('link', { name: /^Play video:/ }).click()
  const iframe = figure.locator('iframe')
  await expect(iframe).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/DEmKaTI3MG4\?/)
  await expect(iframe).toHaveAttribute('title', /Outerbounds playlist on tags/)
})

test('a chapter button and a "watch this part" button start the video at their time', async ({ page }) => {
  await page.route(/youtube-nocookie\.com/, route => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>player</p>' }))
  await page.goto('/contributing')
  await waitForReady(page)
  const figure = page.getByRole('figure', { name: /component example/ })
  await figure.getByRole('link', { name: 'Play from 0:30: Sample chapter at 0:30' }).click()
  await expect(figure.locator('iframe')).toHaveAttribute('src', /[?&]start=30(&|$)/)
  await figure.getByRole('link', { name: 'Play from 0:00: From the start' }).click()
  await expect(figure.locator('iframe')).toHaveAttribute('src', /[?&]start=0(&|$)/)
  await page.getByRole('link', { name: /Watch this part of the video \(0:30/ }).click()
  await expect(figure.locator('iframe')).toHaveAttribute('src', /[?&]start=30(&|$)/)
})

test('a planned video is one line after the walkthrough a reader can follow today, and no player', async ({ page }) => {
  await page.goto('/patterns/notebook-resume')
  const planned = page.locator('[data-video-planned]')
  await expect(planned).toHaveText('A recorded video is planned: The notebook resume pattern: fix a late step without re-running the early ones')
  await expect(page.getByText('Planned outline')).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Play video/ })).toHaveCount(0)
  // Order: what plays today (the terminal walkthrough) comes first, the planned video after it.
  const walkthroughFirst = await page.evaluate(() => {
    const walkthrough = document.querySelector('mfp-walkthrough')!
    return !!(walkthrough.compareDocumentPosition(document.querySelector('[data-video-planned]')!) & Node.DOCUMENT_POSITION_FOLLOWING)
  })
  expect(walkthroughFirst).toBe(true)
  // The info block says what can be followed.
  const info = page.locator('article dl').first()
  await expect(info.locator('[data-media]')).toHaveText([/^\s*Terminal walkthrough · 0:\d\d\s*$/, /^\s*Video planned\s*$/])
})

test('a pattern shows its info block, paired deep dives and related patterns from front matter', async ({ page }) => {
  await page.goto('/patterns/fastapi-endpoints')
  const info = page.locator('article dl').first()
  await expect(info.getByRole('link', { name: '#api' })).toHaveAttribute('href', '/tags/api')
  await expect(info).toContainText('Level Intermediate')
  await expect(info).toContainText('Walkthrough')
  await expect(info).toContainText('≥ 2.12.29')
  await expect(info).toContainText(/\d+ min read/)
  const dives = page.getByRole('region', { name: 'Paired deep dives' })
  await expect(dives.getByRole('heading').getByRole('link')).toHaveText(['Deploying flows with the Deployer API', 'The Client API, namespaces and tags'])
  await expect(page.getByRole('region', { name: 'Related patterns' }).getByRole('heading').getByRole('link')).toHaveText(['Adding flow CI with GitHub Actions'])
})

test('a deep dive lists the patterns that pair with it', async ({ page }) => {
  await page.goto('/deep-dives/client-api-and-namespaces')
  const paired = page.getByRole('region', { name: 'Patterns that pair with this deep dive' })
  await expect(paired.getByRole('heading').getByRole('link')).toHaveText([
    'Create endpoints from deployed flows with FastAPI',
    'Introducing the notebook resume pattern',
    'Adding flow CI with GitHub Actions',
  ].sort())
})

test('Source, Contributors and Changelog show this repository\'s real commits of the file', async ({ page }) => {
  const file = 'content/patterns/notebook-resume.md'
  const log = execFileSync('git', ['log', '--follow', '--format=%h%x09%s', '--', file], { encoding: 'utf8' }).trim().split('\n')
  await page.goto('/patterns/notebook-resume')
  await waitForReady(page)
  const changelog = page.locator('section', { has: page.locator('#changelog-heading') })
  const entries = changelog.locator('li')
  await expect(entries).toHaveCount(log.length)
  const [hash, subject] = log[0]!.split('\t')
  await expect(entries.first()).toContainText(subject!)
  await expect(entries.first().getByRole('link', { name: hash! })).toHaveAttribute('href', /\/commit\/[0-9a-f]{40}$/)
  const source = page.locator('section', { has: page.locator('#source-heading') })
  await expect(source.getByRole('link', { name: 'View source' })).toHaveAttribute('href', /\/blob\/main\/content\/patterns\/notebook-resume\.md$/)
  await expect(source.getByRole('link', { name: /Example code/ })).toHaveAttribute('href', /\/tree\/main\/examples\/notebook-resume$/)
  const authors = execFileSync('git', ['log', '--follow', '--format=%an', '--', file], { encoding: 'utf8' }).trim().split('\n')
  await expect(page.locator('section', { has: page.locator('#contributors-heading') })).toContainText(authors[0]!)
})
