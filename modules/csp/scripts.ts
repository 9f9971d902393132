import { createHash } from 'node:crypto'

// Script elements whose content a browser runs: no src, and no data type (JSON, JSON-LD, import maps are data).
const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi
const DATA_TYPE = /\btype\s*=\s*["']?(application\/(ld\+)?json|importmap|speculationrules)/i

/** The sha256 source expressions ('sha256-…', without quotes) of a page's inline scripts. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || DATA_TYPE.test(attributes)) continue
    hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`)
  }
  return [...hashes]
}

/** The page with a <meta> policy as the first element of its head (before any script it governs). */
export function withMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`
  return html.replace(/<head(\s[^>]*)?>/i, match => `${match}${meta}`)
}
