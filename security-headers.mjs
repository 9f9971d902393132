// One policy for every way the site is served: the Node server preset (route rules), static hosts (a `_headers`
// file written at build time, and a <meta> policy in every page for hosts that ignore `_headers`, such as
// GitHub Pages) and the local static server the browser tests run against (scripts/serve.mjs reads the built
// `_headers`). modules/csp computes the scripts' hashes when the pages are prerendered.
//
// Scripts: no 'unsafe-inline'. The inline scripts a build emits (the colour-mode script that avoids a flash on
// every page; Nuxt's config script on /explore, which holds the site URL) are allowed by their sha256 hashes.
// 'wasm-unsafe-eval' lets a script of the site compile WebAssembly, and nothing else: the terminal walkthrough
// player (asciinema-player, loaded on play by enhancements/walkthrough.ts) runs its terminal emulator as a
// WebAssembly module embedded in its own script. It allows no eval() and no script from anywhere else.

/** The Content-Security-Policy for pages whose inline scripts have these hashes ('sha256-…'). */
export function contentSecurityPolicy(scriptHashes = [], { meta = false } = {}) {
  return [
    'default-src \'self\'',
    ['script-src \'self\' \'wasm-unsafe-eval\'', ...[...new Set(scriptHashes)].sort().map(hash => `'${hash}'`)].join(' '),
    // Shiki's per-page theme and Vue's style bindings are inline styles.
    'style-src \'self\' \'unsafe-inline\'',
    'img-src \'self\' data:',
    'font-src \'self\'',
    'connect-src \'self\'',
    'frame-src https://www.youtube-nocookie.com',
    'object-src \'none\'',
    'base-uri \'self\'',
    'form-action \'self\'',
    // A <meta> policy cannot carry frame-ancestors (browsers ignore it there): headers only.
    ...(meta ? [] : ['frame-ancestors \'none\'']),
  ].join('; ')
}

/** Every header but the policy, which depends on the build's inline scripts. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
}

/** The headers with the policy in the `_headers` format of Netlify and Cloudflare Pages. */
export function headersFile(policy) {
  const headers = { 'Content-Security-Policy': policy, ...SECURITY_HEADERS }
  return `/*\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`
}

/** Reads a `_headers` file's rules for every path (`/*`) back into an object (for the local static server). */
export function parseHeadersFile(text) {
  const headers = {}
  let all = false
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    if (!/^\s/.test(line)) {
      all = line.trim() === '/*'
      continue
    }
    const at = line.indexOf(':')
    if (all && at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim()
  }
  return headers
}
