// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- the one file left out of `nuxt typecheck`:
// @ts-nocheck nuxt 4.4 types `defineNuxtConfig` with its own @nuxt/schema (4.4.5), while the modules type their
// options against the newer @nuxt/schema that Nuxt UI and Nuxt Content require (^4.5), so every module option
// is an unknown key to one of the two; nuxt 4.5, which would align them, needs Node 22. Every build that
// `npm test` runs loads this file.
// The site is static-first: `nuxt generate` prerenders every route into .output/public.
import { fileURLToPath } from 'node:url'
import { contentCacheKey } from './content-cache-key'
import { SECURITY_HEADERS } from './security-headers.mjs'
import { resolveSiteConfig } from './site-config'
import { repositoryUrl as repositoryWebUrlOf } from './utils/repository-url'

/**
 * The repository "Edit this page" and changelog links point to: REPOSITORY_URL, else the git remote, only
 * when it is an http(s) or SSH address (utils/repository-url.ts); otherwise no repository links.
 */
function repositoryUrl(): string {
  return repositoryWebUrlOf()
}

/**
 * A module of modules/, by the path Nuxt finds it at on its own: listed in `modules` below, it is
 * registered there, in that order, and not a second time by Nuxt's scan of modules/ (alphabetical).
 */
function localModule(name: string): string {
  return fileURLToPath(new URL(`./modules/${name}/index.ts`, import.meta.url))
}

const repository = repositoryUrl()
// The public URL and base path (NUXT_PUBLIC_SITE_URL, NUXT_APP_BASE_URL); throws on bad values, and on a
// deploy build (SITE_DEPLOY=1) with the placeholder URL. See site-config.ts.
const site = resolveSiteConfig(process.env, repository)

export default defineNuxtConfig({
  modules: [
    '@nuxt/ui',
    '@nuxt/content',
    // Lint (`npm test` runs `eslint .`): writes the flat config eslint.config.mjs extends, auto-imports known.
    '@nuxt/eslint',
    // The content pipeline, after Nuxt Content (its hooks) and in this order: each hook of a later module
    // runs after the same hook of an earlier one.
    // Checks the Markdown as written, then the parse as made (validation only; fails generate, warns in dev).
    localModule('content-checks'),
    // Expands `<<< examples/...` includes before the parse, once; /raw/*.md serves the result.
    localModule('content-includes'),
    // Finishes the parsed markup: reading time, image sizes and alt text, heading links, table names, chapter links.
    localModule('content-markup'),
    // Each page's git history, from one `git log`.
    localModule('git-history'),
    // The rest of the build.
    localModule('csp'),
    localModule('enhancements'),
    localModule('lean-client'),
    localModule('machine-routes'),
    localModule('search-index'),
    localModule('site-fixtures'),
    localModule('system-dark'),
    // The terminal walkthroughs' recordings, served as /walkthroughs/<slug>.cast.
    localModule('walkthroughs'),
  ],

  // Reading pages ship no framework: Vue renders them at build time, and the browser gets HTML, CSS and the
  // small enhancement scripts they ask for (modules/enhancements). /explore is the one Vue app. Production
  // only, so `npm run dev` keeps hot reload for authors.
  $production: {
    routeRules: {
      '/**': { noScripts: true },
      '/explore': { noScripts: false },
    },
  },

  devtools: { enabled: false },

  app: { baseURL: site.baseURL, head: { htmlAttrs: { lang: 'en' }, title: 'Metaflow Patterns' } },

  css: ['~/assets/css/main.css'],

  // The enhancement elements (<mfp-search>, <mfp-copy>, ...) are custom elements, upgraded by enhancements/.
  vue: { compilerOptions: { isCustomElement: tag => tag.startsWith('mfp-') } },

  colorMode: { preference: 'system', fallback: 'light', storageKey: 'mfp-color-mode' },

  content: {
    build: {
      markdown: {
        // What else changes a parse besides a file's own text (content-cache-key.ts).
        cacheKey: contentCacheKey(process.cwd()),
        toc: { depth: 3, searchDepth: 3 },
        highlight: {
          // Chosen for contrast: every token meets WCAG AA on the code block backgrounds, light and dark.
          theme: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
          langs: ['python', 'bash', 'yaml', 'json', 'toml', 'md', 'ts', 'vue'],
        },
      },
    },
    // Content is only read at build time; the browser gets payloads, never the SQLite WASM.
    experimental: { sqliteConnector: 'better-sqlite3' },
  },

  ui: {
    // Tailwind generates the theme of the Nuxt UI components this site uses, not of all of them.
    experimental: { componentDetection: true },
    // No font files and no third-party requests on load: text is set in the reader's system fonts (main.css).
    fonts: false,
  },

  appConfig: {
    repository: { url: repository },
    // Here rather than in app.config.ts: modules/lean-client turns them into CSS at build time.
    ui: { colors: { primary: 'sky', neutral: 'slate' } },
  },

  runtimeConfig: {
    public: {
      // Absolute URLs (canonical, Open Graph, feed, sitemap), base path included.
      siteUrl: site.siteUrl,
    },
  },

  // Every route is prerendered, also by `nuxt build` for the Node server: pages and their payloads are
  // files, so client navigation reads payloads and never queries the content database in the browser.
  routeRules: {
    '/**': { prerender: true, headers: SECURITY_HEADERS },
  },

  experimental: {
    // No _payload.json files: reading pages hydrate nothing, and /explore carries its small state inline.
    payloadExtraction: false,
    // Route rules are compiled into the client, and every route is prerendered: the app manifest (one more
    // request on every first visit, plus a timer checking for new builds) is not needed to find payloads.
    appManifest: false,
  },

  compatibilityDate: '2025-07-15',

  nitro: {
    prerender: {
      crawlLinks: true,
      failOnError: true,
      // feed.xml, sitemap.xml, robots.txt, llms*.txt and /raw/*.md are added by modules/machine-routes, the
      // search index (/search.json and its shards) by modules/search-index.
      routes: ['/', '/404', '/explore.json', '/tags'],
      // Nuxt Content prerenders a SQL dump of every collection for querying in the browser, which this site
      // never does: not published (the Node server also answers 404 there, server/middleware/static-only.ts).
      ignore: ['/__nuxt_content/'],
    },
    hooks: {
      // Nitro prerenders /404.html and /200.html as empty client-side shells, which a site without a client
      // app cannot fill. The site's not-found page is pages/404.vue, rendered like every reading page and
      // written as 404.html in its place; there is no SPA fallback.
      'prerender:generate'(route) {
        if (route.route === '/404.html' || route.route === '/200.html') route.skip = true
        if (route.route === '/404') route.fileName = '/404.html'
      },
    },
    // A .br and a .gz next to every compressible file of .output/public, served by the Node server and
    // scripts/serve.mjs by the reader's Accept-Encoding.
    compressPublicAssets: { gzip: true, brotli: true },
  },

  // types/nitro.d.ts gives modules/ Nitro's option types (see there).
  typescript: { strict: true, nodeTsConfig: { include: ['../types/*.d.ts'] } },

  hooks: {
    // No <link rel="prefetch"> for code split off the entry on /explore, the one page that loads Vue: a first
    // visit downloads the page it asked for.
    'build:manifest': (manifest) => {
      for (const chunk of Object.values(manifest)) chunk.prefetch = false
    },
  },

  // @nuxt/eslint's rules with its stylistic ones (formatting by the linter, as the Nuxt projects do).
  eslint: { config: { stylistic: true } },

  icon: {
    provider: 'none',
    fallbackToApi: false,
    serverBundle: { collections: ['lucide', 'simple-icons'] },
    // Icons of Vue components (<UIcon>, Nuxt UI's own) on /explore, found by scanning the code. The code
    // block icons are CSS classes (utils/code-icon.ts, @iconify/tailwind4), not part of this bundle.
    clientBundle: {
      scan: true,
      sizeLimitKb: 256,
    },
  },
})
