import { describe, expect, it } from 'vitest'
import { relativeTime, utcMinute } from '../../utils/relative-time'

const now = new Date('2026-11-26T12:00:00Z')
const before = (seconds: number) => new Date(now.getTime() - seconds * 1000)

describe('relativeTime', () => {
  it('uses the largest whole unit, singular or plural', () => {
    expect(relativeTime(before(30), now)).toBe('just now')
    expect(relativeTime(before(60), now)).toBe('1 minute ago')
    expect(relativeTime(before(5 * 60), now)).toBe('5 minutes ago')
    expect(relativeTime(before(2 * 3600 + 59 * 60), now)).toBe('2 hours ago')
    expect(relativeTime(before(24 * 3600), now)).toBe('1 day ago')
    expect(relativeTime(before(15 * 24 * 3600), now)).toBe('2 weeks ago')
    expect(relativeTime(before(65 * 24 * 3600), now)).toBe('2 months ago')
    expect(relativeTime(before(800 * 24 * 3600), now)).toBe('2 years ago')
  })

  it('handles future dates and invalid ones', () => {
    expect(relativeTime(new Date(now.getTime() + 3 * 3600 * 1000), now)).toBe('in 3 hours')
    expect(relativeTime(new Date('not a date'), now)).toBe('')
  })
})

describe('utcMinute', () => {
  it('formats to the minute in UTC', () => {
    expect(utcMinute(new Date('2026-11-26T10:17:59+01:00'))).toBe('2026-11-26 09:17 UTC')
    expect(utcMinute(new Date('nope'))).toBe('')
  })
})
