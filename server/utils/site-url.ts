// The site's public URL for machine-readable outputs (feed, sitemap, robots.txt, llms.txt), which
// need absolute URLs. The URL includes the base path, so paths given here are routes (`/patterns`), never
// prefixed with the base path. See site-config.ts for NUXT_PUBLIC_SITE_URL and the placeholder.
import { DEFAULT_SITE_URL } from '../../site-config'

export { DEFAULT_SITE_URL }

/** The configured public URL (base path included) without a trailing slash: runtime config first, then the environment, then the placeholder. */
export function siteUrl(): string {
  // useRuntimeConfig is only there inside Nitro; outside it (unit tests, modules) the environment decides.
  let configured: unknown
  try {
    configured = (useRuntimeConfig().public as { siteUrl?: unknown }).siteUrl
  }
  catch {
    // Outside Nitro: the environment decides.
  }
  const url = (typeof configured === 'string' && configured) || process.env.NUXT_PUBLIC_SITE_URL || DEFAULT_SITE_URL
  return url.replace(/\/+$/, '')
}

/** An absolute URL for a site path (`/` stays the bare origin with a slash). */
export function absoluteUrl(path: string, base = siteUrl()): string {
  return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`
}
