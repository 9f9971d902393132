import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, headersFile, parseHeadersFile, SECURITY_HEADERS } from '../../security-headers.mjs'
import { inlineScriptHashes, withMetaPolicy } from '../../modules/csp/scripts'

describe('security headers', () => {
  it('allows only this origin, plus youtube-nocookie frames, and no framing of the site', () => {
    const policy = contentSecurityPolicy([])
    expect(policy).toContain('default-src \'self\'')
    expect(policy).toContain('frame-src https://www.youtube-nocookie.com')
    expect(policy).toContain('frame-ancestors \'none\'')
    expect(policy).not.toMatch(/\*|https?:\/\/(?!www\.youtube-nocookie\.com)/)
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff')
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
  })

  it('allows inline scripts only by hash, never unsafe-inline', () => {
    const policy = contentSecurityPolicy(['sha256-b', 'sha256-a', 'sha256-a'])
    expect(policy).toContain('script-src \'self\' \'wasm-unsafe-eval\' \'sha256-a\' \'sha256-b\';')
    // WebAssembly for the walkthrough player, and nothing broader: no eval, no other host.
    expect(policy.split(';').find(d => d.trim().startsWith('script-src'))).not.toMatch(/'unsafe-eval'|https?:|\*/)
    expect(policy.split(';').find(d => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline')
  })

  it('leaves frame-ancestors out of a meta policy, where browsers ignore it', () => {
    expect(contentSecurityPolicy([], { meta: true })).not.toContain('frame-ancestors')
  })

  it('writes and reads back the _headers file', () => {
    const policy = contentSecurityPolicy(['sha256-x'])
    expect(parseHeadersFile(headersFile(policy))).toEqual({ 'Content-Security-Policy': policy, ...SECURITY_HEADERS })
  })
})

describe('inline script hashes', () => {
  it('hashes executable inline scripts only', () => {
    const html = '<head><script>a()</script><script type="module" src="/x.js"></script><script type="application/ld+json">{}</script><script type="application/json" id="d">{}</script><SCRIPT>b()</SCRIPT></head>'
    // sha256("a()") and sha256("b()"), base64
    expect(inlineScriptHashes(html)).toEqual([
      'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4=',
      'sha256-cf242PFc/kb7xD0Qzhsmd9vvRkc+cWFmbi+k+YvtdKc=',
    ])
  })

  it('puts the meta policy first in the head, quotes escaped', () => {
    expect(withMetaPolicy('<html><head lang="x"><script>a()</script>', 'script-src \'self\' "x"')).toBe('<html><head lang="x"><meta http-equiv="Content-Security-Policy" content="script-src \'self\' &quot;x&quot;"><script>a()</script>')
  })
})
