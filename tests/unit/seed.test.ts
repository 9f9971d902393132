import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The seed's sha256 lives in the repository (sha256sum format), so a clone can run this test; the seed
// folder next to the repository exists only in the workspace the site was built in.
const page = readFileSync(new URL('../../content/patterns/index.md', import.meta.url))
const fixture = readFileSync(new URL('../fixtures/seed-patterns-index.sha256', import.meta.url), 'utf8')
const seedFile = new URL('../../../shared/seed/patterns-index.md', import.meta.url)

describe('the Patterns page', () => {
  it('is the seed, byte for byte (by its sha256)', () => {
    const expected = /^([0-9a-f]{64}) {2}content\/patterns\/index\.md$/m.exec(fixture)?.[1]
    expect(expected, 'tests/fixtures/seed-patterns-index.sha256 holds "<sha256>  content/patterns/index.md"').toBeDefined()
    expect(createHash('sha256').update(page).digest('hex')).toBe(expected)
  })

  it.runIf(existsSync(seedFile))('is the seed next to the repository, when that folder exists', () => {
    expect(page.equals(readFileSync(seedFile))).toBe(true)
  })
})
