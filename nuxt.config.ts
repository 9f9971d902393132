// The site is static-first: `nuxt generate` prerenders every route into .output/public.
export default defineNuxtConfig({
  modules: [
    '@nuxt/ui',
    '@nuxt/content',
    '@vueuse/nuxt',
    // Local modules in modules/ are registered after these, so content-checks sees Content's hooks.
  ],

  devtools: { enabled: false },

  css: ['~/assets/css/main.css'],

  site: { url: 'https://metaflow-patterns.example.com' },

  content: {
    build: {
      markdown: {
        toc: { depth: 3, searchDepth: 3 },
        highlight: {
          theme: { default: 'github-light', dark: 'github-dark' },
          langs: ['python', 'bash', 'yaml', 'json', 'toml', 'md', 'ts', 'vue'],
        },
      },
    },
    // Content is only read at build time; the browser gets payloads, never the SQLite WASM.
    experimental: { sqliteConnector: 'better-sqlite3' },
  },

  ui: {
    // No network here and no third-party requests on load: fonts come from @fontsource packages (main.css).
    fonts: false,
  },

  icon: {
    provider: 'none',
    fallbackToApi: false,
    serverBundle: { collections: ['lucide', 'simple-icons'] },
    clientBundle: { scan: true, sizeLimitKb: 256 },
  },

  colorMode: { preference: 'system', fallback: 'light', storageKey: 'mfp-color-mode' },

  routeRules: {
    '/': { prerender: true },
  },

  nitro: {
    prerender: {
      crawlLinks: true,
      failOnError: true,
      routes: ['/', '/404.html'],
    },
  },

  compatibilityDate: '2025-07-15',

  typescript: { strict: true },
})
