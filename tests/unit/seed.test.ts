import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

describe('the Patterns page', () => {
  it('is the seed, byte for byte', () => {
    const seed = readFileSync(new URL('../../../shared/seed/patterns-index.md', import.meta.url))
    const page = readFileSync(new URL('../../content/patterns/index.md', import.meta.url))
    expect(page.equals(seed)).toBe(true)
  })
})
