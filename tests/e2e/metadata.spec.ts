import { expect, test } from './fixtures'

const SITE = 'https://metaflow-patterns.example.com'
const KINDS = [
  { path: '/', ogType: 'website', ld: ['BreadcrumbList'], image: '/og/default.png' },
  { path: '/patterns', ogType: 'website', ld: ['BreadcrumbList'], image: '/og/default.png' },
  { path: '/patterns/s3-hive-partitions', ogType: 'article', ld: ['BreadcrumbList', 'TechArticle'], image: '/og/patterns.png' },
  { path: '/deep-dives/s3-client-and-data-layout', ogType: 'article', ld: ['BreadcrumbList', 'TechArticle'], image: '/og/deep-dives.png' },
  { path: '/projects/draw-the-owl', ogType: 'article', ld: ['BreadcrumbList'], image: '/og/projects.png' },
  { path: '/explore', ogType: 'website', ld: ['BreadcrumbList'], image: '/og/default.png' },
  { path: '/tags/s3', ogType: 'website', ld: ['BreadcrumbList'], image: '/og/default.png' },
]

for (const kind of KINDS) {
  test(`${kind.path} has its title, description, canonical URL, Open Graph, Twitter and JSON-LD`, async ({ page }) => {
    await page.goto(kind.path)
    await expect(page).toHaveTitle(/Metaflow Patterns$/)
    const meta = (name: string) => page.locator(`meta[name="${name}"], meta[property="${name}"]`).first()
    await expect(meta('description')).toHaveAttribute('content', /.{20,}/)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${kind.path}`)
    await expect(meta('og:type')).toHaveAttribute('content', kind.ogType)
    await expect(meta('og:image')).toHaveAttribute('content', `${SITE}${kind.image}`)
    await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image')
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').first().textContent() ?? '{}')
    expect(ld['@graph'].map((node: { '@type': string }) => node['@type'])).toEqual(kind.ld)
    // A VideoObject is only announced for a published video; every pattern's video is still planned.
    expect(JSON.stringify(ld)).not.toContain('VideoObject')
  })
}

test('share images exist for every section', async ({ request }) => {
  for (const image of ['/og/default.png', '/og/patterns.png', '/og/deep-dives.png', '/og/projects.png']) {
    const response = await request.get(image)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
  }
})
