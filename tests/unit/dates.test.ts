import { describe, expect, it } from 'vitest'
import { readableDate, utcMinute } from '../../utils/dates'

describe('dates', () => {
  it('writes a date as day, short month and year, in UTC', () => {
    expect(readableDate(new Date('2026-11-26T10:17:45Z'))).toBe('26 Nov 2026')
    expect(readableDate(new Date('2026-01-01T23:59:00-05:00'))).toBe('2 Jan 2026')
  })
  it('gives the minute in UTC for tooltips', () => {
    expect(utcMinute(new Date('2026-11-26T10:17:45Z'))).toBe('2026-11-26 10:17 UTC')
  })
  it('returns an empty string for an invalid date', () => {
    expect(readableDate(new Date('not a date'))).toBe('')
    expect(utcMinute(new Date('not a date'))).toBe('')
  })
})
