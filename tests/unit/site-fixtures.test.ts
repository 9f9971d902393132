import { describe, expect, it } from 'vitest'
import { contentDirs, publicDirs, siteFixturesEnabled, withFixtureSources } from '~/utils/site-fixtures'

describe('SITE_TEST_FIXTURES', () => {
  it('is off unless set to 1, and refuses other values with what is allowed', () => {
    expect(siteFixturesEnabled({})).toBe(false)
    expect(siteFixturesEnabled({ SITE_TEST_FIXTURES: '0' })).toBe(false)
    expect(siteFixturesEnabled({ SITE_TEST_FIXTURES: '1' })).toBe(true)
    expect(() => siteFixturesEnabled({ SITE_TEST_FIXTURES: 'yes' })).toThrow('SITE_TEST_FIXTURES="yes" is not allowed (allowed: 1 to build with the test fixtures of tests/fixtures/site/, 0 or unset without)')
  })

  it('adds the fixtures\' content and public folders after the site\'s own', () => {
    expect(contentDirs({})).toEqual(['content'])
    expect(publicDirs({})).toEqual(['public'])
    expect(contentDirs({ SITE_TEST_FIXTURES: '1' })).toEqual(['content', 'tests/fixtures/site/content'])
    expect(publicDirs({ SITE_TEST_FIXTURES: '1' })).toEqual(['public', 'tests/fixtures/site/public'])
  })

  it('repeats each collection source in the fixtures\' content folder', () => {
    const source = { include: 'patterns/*.md', exclude: ['patterns/index.md'] }
    expect(withFixtureSources(source, '/repo', {})).toEqual([source])
    expect(withFixtureSources([source, { include: '*.md' }], '/repo', { SITE_TEST_FIXTURES: '1' })).toEqual([
      source,
      { include: '*.md' },
      { ...source, cwd: '/repo/tests/fixtures/site/content' },
      { include: '*.md', cwd: '/repo/tests/fixtures/site/content' },
    ])
  })
})
