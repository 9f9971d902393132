import { describe, expect, it } from 'vitest'
import { countWords, readingMinutes } from '~/modules/content-markup/reading-time'

describe('reading time', () => {
  it('counts words, including code identifiers and hyphenated words', () => {
    expect(countWords('Run `python flow.py resume --origin-run-id 12` and re-run it.')).toBe(10)
    expect(countWords('')).toBe(0)
  })
  it('rounds to minutes at 200 words a minute, at least one', () => {
    expect([0, 99, 100, 299, 300, 2000].map(readingMinutes)).toEqual([1, 1, 1, 1, 2, 10])
  })
})
