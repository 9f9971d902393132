import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM module without types
import { CONTENT_SECURITY_POLICY, headersFile, SECURITY_HEADERS } from '../../security-headers.mjs'

describe('security headers', () => {
  it('public/_headers for static hosts says the same as the server does', () => {
    expect(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8')).toBe(headersFile())
  })

  it('allows only this origin, plus youtube-nocookie frames, and no framing of the site', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain('frame-src https://www.youtube-nocookie.com')
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\*|https?:\/\/(?!www\.youtube-nocookie\.com)/)
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff')
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
  })
})
