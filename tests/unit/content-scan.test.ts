import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { scanContent } from '~/modules/content-checks/scan'

describe('scanContent', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('passes on the site\'s own content', () => {
    const { errors, documents } = scanContent(fileURLToPath(new URL('../../', import.meta.url)))
    expect(errors).toEqual([])
    expect(documents.filter(d => d.collection === 'patterns').map(d => d.slug).sort())
      .toEqual(['fastapi-endpoints', 'flow-ci-github-actions', 'notebook-resume', 's3-hive-partitions'])
  })

  it('checks the test fixtures\' content too in a test build (SITE_TEST_FIXTURES=1), as patterns like the others', () => {
    vi.stubEnv('SITE_TEST_FIXTURES', '1')
    const { errors, documents } = scanContent(fileURLToPath(new URL('../../', import.meta.url)))
    expect(errors).toEqual([])
    expect(documents.find(d => d.slug === 'self-hosted-video-fixture')).toMatchObject({ file: 'tests/fixtures/site/content/patterns/self-hosted-video-fixture.md', collection: 'patterns' })
  })

  it('lists every error of a broken site with file, field, value and allowed values', () => {
    const { errors } = scanContent(fileURLToPath(new URL('../fixtures/broken-site/', import.meta.url)))
    expect(errors).toEqual([
      'content/deep-dives/s3.md: metaflow 2.1 must be a string',
      'content/patterns/bad-pattern.md: level "expert" is not allowed (allowed: beginner, intermediate, advanced)',
      'content/patterns/bad-pattern.md: tags[1] "kafka" is not in content/tags.yml (known: s3)',
      'content/patterns/bad-pattern.md: deepDives[0] "no-such-deep-dive" is not a deep dive (known: s3)',
    ])
  })
})
