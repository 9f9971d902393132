import { describe, expect, it } from 'vitest'
import { relativeTime } from '../../utils/relative-time'

const now = new Date('2026-11-26T12:00:00Z')
const before = (seconds: number) => new Date(now.getTime() - seconds * 1000)

describe('relativeTime', () => {
  it('uses the largest whole unit', () => {
    expect(relativeTime(before(30), now)).toBe('just now')
    expect(relativeTime(before(5 * 60), now)).toBe('5 minutes ago')
    expect(relativeTime(before(2 * 3600 + 59 * 60), now)).toBe('2 hours ago')
    expect(relativeTime(before(24 * 3600), now)).toBe('yesterday')
    expect(relativeTime(before(3 * 24 * 3600), now)).toBe('3 days ago')
    expect(relativeTime(before(15 * 24 * 3600), now)).toBe('2 weeks ago')
    expect(relativeTime(before(65 * 24 * 3600), now)).toBe('2 months ago')
    expect(relativeTime(before(400 * 24 * 3600), now)).toBe('last year')
  })

  it('handles future dates and invalid ones', () => {
    expect(relativeTime(new Date(now.getTime() + 3 * 3600 * 1000), now)).toBe('in 3 hours')
    expect(relativeTime(new Date('not a date'), now)).toBe('')
  })
})
