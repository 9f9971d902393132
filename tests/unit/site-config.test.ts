import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SITE_URL, resolveSiteConfig } from '~/site-config'

const REPO = 'https://github.com/example-org/metaflow-patterns'

describe('site URL and base path from the environment', () => {
  it('uses the placeholder at the root when nothing is set (npm start, npm test)', () => {
    expect(resolveSiteConfig({}, '')).toEqual({ siteUrl: DEFAULT_SITE_URL, baseURL: '/' })
    // nuxt generate always runs with NODE_ENV=production, the project's CI with CI=true: neither is a deploy.
    expect(resolveSiteConfig({ NODE_ENV: 'production', CI: 'true' }, '')).toEqual({ siteUrl: DEFAULT_SITE_URL, baseURL: '/' })
  })

  it('takes the base path from the site URL, which keeps it', () => {
    expect(resolveSiteConfig({ NUXT_PUBLIC_SITE_URL: 'https://octo.github.io/metaflow-patterns' })).toEqual({
      siteUrl: 'https://octo.github.io/metaflow-patterns',
      baseURL: '/metaflow-patterns/',
    })
    expect(resolveSiteConfig({ NUXT_PUBLIC_SITE_URL: 'https://octo.github.io/a/b/' })).toEqual({ siteUrl: 'https://octo.github.io/a/b', baseURL: '/a/b/' })
    expect(resolveSiteConfig({ NUXT_PUBLIC_SITE_URL: 'https://patterns.test/' })).toEqual({ siteUrl: 'https://patterns.test', baseURL: '/' })
    expect(resolveSiteConfig({ NUXT_PUBLIC_SITE_URL: 'https://patterns.test' })).toEqual({ siteUrl: 'https://patterns.test', baseURL: '/' })
  })

  it('accepts NUXT_APP_BASE_URL alone (placeholder URL under that path) or agreeing with the site URL', () => {
    expect(resolveSiteConfig({ NUXT_APP_BASE_URL: '/docs' })).toEqual({ siteUrl: `${DEFAULT_SITE_URL}/docs`, baseURL: '/docs/' })
    expect(resolveSiteConfig({ NUXT_APP_BASE_URL: '/docs/', NUXT_PUBLIC_SITE_URL: 'https://a.test/docs' })).toEqual({ siteUrl: 'https://a.test/docs', baseURL: '/docs/' })
    expect(resolveSiteConfig({ NUXT_APP_BASE_URL: '/', NUXT_PUBLIC_SITE_URL: 'https://a.test' })).toEqual({ siteUrl: 'https://a.test', baseURL: '/' })
    expect(resolveSiteConfig({ NUXT_APP_BASE_URL: '  ', NUXT_PUBLIC_SITE_URL: '' })).toEqual({ siteUrl: DEFAULT_SITE_URL, baseURL: '/' })
  })

  it('rejects a base path that disagrees with the site URL, naming both', () => {
    expect(() => resolveSiteConfig({ NUXT_APP_BASE_URL: '/docs/', NUXT_PUBLIC_SITE_URL: 'https://a.test' }))
      .toThrow('NUXT_PUBLIC_SITE_URL "https://a.test" is served under / but NUXT_APP_BASE_URL is "/docs/": the site URL must include the base path (https://a.test/docs)')
    expect(() => resolveSiteConfig({ NUXT_APP_BASE_URL: '/other', NUXT_PUBLIC_SITE_URL: 'https://a.test/docs' })).toThrow('NUXT_APP_BASE_URL is "/other"')
  })

  it('rejects a site URL that is not an absolute http(s) address, naming the variable and the value', () => {
    expect(() => resolveSiteConfig({ NUXT_PUBLIC_SITE_URL: 'patterns.test' })).toThrow('NUXT_PUBLIC_SITE_URL "patterns.test" is not an absolute URL')
    expect(() => resolveSiteConfig({ NUXT_PUBLIC_SITE_URL: 'ftp://patterns.test' })).toThrow('NUXT_PUBLIC_SITE_URL "ftp://patterns.test" uses ftp: only http and https')
    expect(() => resolveSiteConfig({ NUXT_PUBLIC_SITE_URL: 'https://patterns.test/?x=1' })).toThrow('has a query, fragment or credentials')
    expect(() => resolveSiteConfig({ NUXT_PUBLIC_SITE_URL: 'https://patterns.test/#top' })).toThrow('has a query, fragment or credentials')
    expect(() => resolveSiteConfig({ NUXT_PUBLIC_SITE_URL: 'https://user:pw@patterns.test' })).toThrow('has a query, fragment or credentials')
  })

  it('rejects a base path that is not a plain path', () => {
    for (const bad of ['docs/', 'https://a.test/docs/', '//cdn.test/', '/docs/?x', '/docs/#x', '/a/../b/', '/a b/']) {
      expect(() => resolveSiteConfig({ NUXT_APP_BASE_URL: bad }), bad).toThrow(`NUXT_APP_BASE_URL "${bad}" is not a path`)
    }
  })
})

describe('the deploy guard (SITE_DEPLOY=1)', () => {
  it('fails without a site URL, naming NUXT_PUBLIC_SITE_URL', () => {
    expect(() => resolveSiteConfig({ SITE_DEPLOY: '1' }, REPO))
      .toThrow(/^SITE_DEPLOY=1 but NUXT_PUBLIC_SITE_URL is not set: set NUXT_PUBLIC_SITE_URL to the site's public URL/)
    expect(() => resolveSiteConfig({ SITE_DEPLOY: '1', NUXT_PUBLIC_SITE_URL: '' }, REPO)).toThrow('NUXT_PUBLIC_SITE_URL is not set')
  })

  it('fails on the placeholder, also under a base path', () => {
    expect(() => resolveSiteConfig({ SITE_DEPLOY: '1', NUXT_PUBLIC_SITE_URL: DEFAULT_SITE_URL }, REPO))
      .toThrow(`SITE_DEPLOY=1 but NUXT_PUBLIC_SITE_URL is the placeholder "${DEFAULT_SITE_URL}"`)
    expect(() => resolveSiteConfig({ SITE_DEPLOY: '1', NUXT_PUBLIC_SITE_URL: `${DEFAULT_SITE_URL}/docs/` }, REPO)).toThrow('is the placeholder')
  })

  it('fails without a repository for the edit and changelog links, naming REPOSITORY_URL', () => {
    expect(() => resolveSiteConfig({ SITE_DEPLOY: '1', NUXT_PUBLIC_SITE_URL: 'https://octo.github.io/repo' }, ''))
      .toThrow('SITE_DEPLOY=1 but there is no repository URL for the "Edit this page" and changelog links: set REPOSITORY_URL')
  })

  it('passes with a real URL and a repository', () => {
    expect(resolveSiteConfig({ SITE_DEPLOY: '1', NUXT_PUBLIC_SITE_URL: 'https://octo.github.io/repo' }, REPO))
      .toEqual({ siteUrl: 'https://octo.github.io/repo', baseURL: '/repo/' })
  })

  it('is off for unset, empty and 0, and rejects anything else rather than guessing', () => {
    expect(resolveSiteConfig({ SITE_DEPLOY: '0' }).siteUrl).toBe(DEFAULT_SITE_URL)
    expect(resolveSiteConfig({ SITE_DEPLOY: '' }).siteUrl).toBe(DEFAULT_SITE_URL)
    expect(() => resolveSiteConfig({ SITE_DEPLOY: 'yes' })).toThrow('SITE_DEPLOY "yes" is not allowed: set SITE_DEPLOY=1')
  })
})

describe('nuxt.config.ts', () => {
  const saved = { ...process.env }
  afterEach(() => {
    for (const key of ['SITE_DEPLOY', 'NUXT_PUBLIC_SITE_URL', 'NUXT_APP_BASE_URL', 'REPOSITORY_URL']) {
      if (saved[key] === undefined) Reflect.deleteProperty(process.env, key)
      else process.env[key] = saved[key]
    }
    vi.unstubAllGlobals()
  })

  // The config module itself, loaded as Nuxt loads it (defineNuxtConfig returns its argument), so the guard
  // is proven to be wired in, not only written.
  async function loadConfig(env: Record<string, string | undefined>) {
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key)
      else process.env[key] = value
    }
    vi.stubGlobal('defineNuxtConfig', (config: unknown) => config)
    vi.resetModules()
    return (await import('~/nuxt.config')).default as { app: { baseURL: string }, runtimeConfig: { public: { siteUrl: string } }, appConfig: { repository: { url: string } } }
  }

  it('sets app.baseURL and the site URL from the environment', async () => {
    const config = await loadConfig({ SITE_DEPLOY: undefined, NUXT_APP_BASE_URL: undefined, NUXT_PUBLIC_SITE_URL: 'https://octo.github.io/repo/', REPOSITORY_URL: REPO })
    expect(config.app.baseURL).toBe('/repo/')
    expect(config.runtimeConfig.public.siteUrl).toBe('https://octo.github.io/repo')
    expect(config.appConfig.repository.url).toBe(REPO)
  }, 30_000)

  it('refuses a deploy build with the placeholder, naming the variable', async () => {
    await expect(loadConfig({ SITE_DEPLOY: '1', NUXT_APP_BASE_URL: undefined, NUXT_PUBLIC_SITE_URL: undefined, REPOSITORY_URL: REPO }))
      .rejects.toThrow('SITE_DEPLOY=1 but NUXT_PUBLIC_SITE_URL is not set')
  }, 30_000)
})
