// The site's absolute origin for machine-readable outputs (feed, sitemap, robots.txt, llms.txt), which
// need absolute URLs. PLACEHOLDER: example.com is not a real domain; set NUXT_PUBLIC_SITE_URL at build time.
export const DEFAULT_SITE_URL = 'https://metaflow-patterns.example.com'

/** The configured origin without a trailing slash: runtime config first, then the environment, then the placeholder. */
export function siteUrl(): string {
  // useRuntimeConfig is only there inside Nitro; outside it (unit tests, modules) the environment decides.
  let configured: unknown
  try {
    configured = (useRuntimeConfig().public as { siteUrl?: unknown }).siteUrl
  }
  catch {}
  const url = (typeof configured === 'string' && configured) || process.env.NUXT_PUBLIC_SITE_URL || DEFAULT_SITE_URL
  return url.replace(/\/+$/, '')
}

/** An absolute URL for a site path (`/` stays the bare origin with a slash). */
export function absoluteUrl(path: string, base = siteUrl()): string {
  return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`
}
