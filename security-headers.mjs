// One list of security headers for every way the site is served: the Node server preset (nuxt.config.ts
// route rules), static hosts (public/_headers, checked against this file by a unit test) and the local
// static server the browser tests run against (scripts/serve.mjs), so the tests exercise the policy.
// Inline scripts stay allowed: Nuxt's config script and the colour-mode script that avoids a flash are inline.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  'frame-src https://www.youtube-nocookie.com',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
}

/** The same headers in the `_headers` format of Netlify and Cloudflare Pages. */
export function headersFile() {
  return `/*\n${Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`
}
