import { describe, expect, it } from 'vitest'
import { formatVideoTime, parseVideoTime } from '~/utils/video-time'

describe('parseVideoTime', () => {
  it.each([['0:00', 0], ['1:05', 65], ['9:59', 599], ['12:30', 750], ['1:02:03', 3723]])('parses %s', (text, seconds) => {
    expect(parseVideoTime(text)).toBe(seconds)
  })
  it.each(['', '5', '1:5', '1:60', 'a:bc', '1:02:03:04', '-1:00'])('rejects %j', (text) => {
    expect(() => parseVideoTime(text)).toThrowError(/is not a time \(allowed: m:ss or h:mm:ss\)/)
  })
  it('formats back', () => {
    expect([0, 65, 3723].map(formatVideoTime)).toEqual(['0:00', '1:05', '1:02:03'])
  })
})
