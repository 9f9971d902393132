// Where the site is published, read from the build environment by nuxt.config.ts. Pure (the environment is
// passed in) so every rule is unit tested, including the guard that keeps a deploy build from publishing
// the placeholder domain.

/** PLACEHOLDER: not the site's domain. Builds for local use and tests run with it; deploy builds refuse it. */
export const DEFAULT_SITE_URL = 'https://metaflow-patterns.example.com'

export interface SiteConfig {
  /** The full public URL, base path included, without a trailing slash: `https://owner.github.io/repo`. */
  siteUrl: string
  /** Nuxt's `app.baseURL`: the path the site is served under, with slashes at both ends (`/`, `/repo/`). */
  baseURL: string
}

type Env = Record<string, string | undefined>

const EXAMPLE = 'e.g. https://<owner>.github.io/<repo> for a GitHub project site'

function parseSiteUrl(value: string): URL {
  let url: URL
  try {
    url = new URL(value)
  }
  catch {
    throw new Error(`NUXT_PUBLIC_SITE_URL "${value}" is not an absolute URL: set the site's public address, ${EXAMPLE}.`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`NUXT_PUBLIC_SITE_URL "${value}" uses ${url.protocol.slice(0, -1)}: only http and https addresses are allowed, ${EXAMPLE}.`)
  }
  if (url.search || url.hash || url.username || url.password || value.includes('?') || value.includes('#')) {
    throw new Error(`NUXT_PUBLIC_SITE_URL "${value}" has a query, fragment or credentials: give only the address, ${EXAMPLE}.`)
  }
  return url
}

function parseBaseURL(value: string): string {
  // Nuxt joins this in front of every route and asset: anything but plain path segments would break them.
  if (!value.startsWith('/') || value.startsWith('//') || /[?#\\]|\/\.\.?(\/|$)|\s/.test(value)) {
    throw new Error(`NUXT_APP_BASE_URL "${value}" is not a path: use the path the site is served under, starting with "/" (e.g. /metaflow-patterns/), or leave it unset for /.`)
  }
  return value.replace(/\/*$/, '/')
}

function deployFlag(env: Env): boolean {
  const value = env.SITE_DEPLOY?.trim() ?? ''
  if (value === '1') return true
  if (value === '' || value === '0') return false
  throw new Error(`SITE_DEPLOY "${value}" is not allowed: set SITE_DEPLOY=1 for a build that will be published, or leave it unset (or 0).`)
}

/**
 * The public URL and base path of the build.
 *
 * - `NUXT_PUBLIC_SITE_URL` is the full public URL, base path included; the base path is taken from it.
 * - `NUXT_APP_BASE_URL` (Nuxt's own variable) may set the base path too, but must then agree with the URL.
 * - Without a site URL the placeholder is used, with the base path, so local builds and tests keep working.
 * - `SITE_DEPLOY=1` (set only by the deploy workflow) refuses the placeholder, and a build without a
 *   repository for the "Edit this page" and changelog links. `CI` and `NODE_ENV` are not used: `nuxt generate`
 *   always runs with NODE_ENV=production and the project's own CI sets CI=true, and both build with the placeholder.
 */
export function resolveSiteConfig(env: Env, repositoryUrl = ''): SiteConfig {
  const deploy = deployFlag(env)
  const rawSite = env.NUXT_PUBLIC_SITE_URL?.trim() ?? ''
  const rawBase = env.NUXT_APP_BASE_URL?.trim() ?? ''
  const site = rawSite ? parseSiteUrl(rawSite) : undefined
  const sitePath = site ? site.pathname.replace(/\/*$/, '/') : undefined
  const explicitBase = rawBase ? parseBaseURL(rawBase) : undefined

  if (deploy && (!site || site.host === new URL(DEFAULT_SITE_URL).host)) {
    throw new Error(`SITE_DEPLOY=1 but NUXT_PUBLIC_SITE_URL is ${site ? `the placeholder "${rawSite}"` : 'not set'}: set NUXT_PUBLIC_SITE_URL to the site's public URL including its base path, ${EXAMPLE}. Without it canonical links, Open Graph, the feed and the sitemap would point to ${DEFAULT_SITE_URL}.`)
  }
  if (deploy && !repositoryUrl) {
    throw new Error('SITE_DEPLOY=1 but there is no repository URL for the "Edit this page" and changelog links: set REPOSITORY_URL (e.g. https://github.com/<owner>/<repo>) or build in a clone with an "origin" remote.')
  }
  if (sitePath && explicitBase && sitePath !== explicitBase) {
    throw new Error(`NUXT_PUBLIC_SITE_URL "${rawSite}" is served under ${sitePath} but NUXT_APP_BASE_URL is "${rawBase}": the site URL must include the base path (${site!.origin}${explicitBase.replace(/\/$/, '')}), or leave NUXT_APP_BASE_URL unset.`)
  }

  const baseURL = explicitBase ?? sitePath ?? '/'
  const siteUrl = site ? `${site.origin}${sitePath!.replace(/\/$/, '')}` : `${DEFAULT_SITE_URL}${baseURL.replace(/\/$/, '')}`
  return { siteUrl, baseURL }
}
