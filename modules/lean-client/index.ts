// Keeps library code that this site never runs out of the entry chunk of /explore, the one page that loads
// Vue in the browser (reading pages ship no framework at all):
// - @nuxt/icon's client plugin, which imports @iconify/vue only to point it at an icon API. The site draws
//   its own icons with CSS.
// - the prose components of Nuxt UI and MDC, each registered globally (one async wrapper apiece in the
//   entry). Markdown renders plain HTML elements, styled by assets/css/prose.css; only the tags that need
//   behaviour map to a component of components/content (links navigate in the app, code blocks copy,
//   tables scroll, images take their alt text from the registry). content-checks fails the build when a
//   page uses a component the site does not have.
// - Nuxt Content's browser database (SQLite WASM): queries run on the server only (server-only-queries.ts).
// - Tailwind classes that nothing on the site renders (see the ui.css hook below).
// - Nuxt UI's colors plugin, which ships tailwindcss/colors to build a <style> at runtime: the same CSS is
//   generated at build time (colors.ts) from the colours set in nuxt.config.ts (appConfig.ui.colors).
import { addTemplate, defineNuxtModule } from '@nuxt/kit'
import { uiColorsCss } from './colors'
import { keepQueriesOnServer } from './server-only-queries'

const LIBRARY_PROSE = /[\\/](@nuxt[\\/]ui|@nuxtjs[\\/]mdc)[\\/]dist[\\/]runtime[\\/]components[\\/]prose[\\/]/
const PROSE_MAP = { a: 'ProseA', pre: 'ProsePre', table: 'ProseTable', img: 'ProseImg' }
// Build-directory entries that hold no class this site renders.
const BUILD_DIR_EXCLUDES = ['ui/prose', 'ui/content', 'ui/toaster.ts', 'ui/toast.ts', 'dist', 'cache', 'prerender', 'content', 'types', 'schema', 'manifest']
const ICON_PLUGIN = /[\\/]@nuxt[\\/]icon[\\/]dist[\\/]runtime[\\/]plugin/
const COLORS_PLUGIN = /[\\/]@nuxt[\\/]ui[\\/]dist[\\/]runtime[\\/]plugins[\\/]colors/

export default defineNuxtModule({
  meta: { name: 'lean-client' },
  setup(_options, nuxt) {
    keepQueriesOnServer(nuxt)
    nuxt.hook('components:extend', (components) => {
      for (let i = components.length - 1; i >= 0; i--) {
        if (LIBRARY_PROSE.test(components[i]!.filePath)) components.splice(i, 1)
      }
    })
    // After every module has added its defaults (Nuxt UI maps ::note and friends to its own components).
    nuxt.hook('modules:done', () => {
      const mdc = nuxt.options.runtimeConfig.public.mdc as { components?: Record<string, unknown> } | undefined
      if (!mdc) throw new Error('lean-client: @nuxtjs/mdc runtime config not found (is @nuxt/content installed?)')
      mdc.components = { ...mdc.components, prose: false, map: PROSE_MAP }
    })
    // Tailwind finds class names by scanning files, and it reaches the build directory
    // (node_modules/.cache/nuxt/.nuxt): the themes of all 120 Nuxt UI components, the content database,
    // earlier builds. Nuxt UI's stylesheet template names the themes of the components in use
    // (experimental.componentDetection); every other file there is excluded with `@source not`.
    nuxt.hook('modules:done', () => {
      const templates = nuxt.options.build.templates
      const template = templates.find(t => t.filename === 'ui.css')
      if (!template?.getContents) throw new Error('lean-client: Nuxt UI\'s ui.css template not found')
      const getContents = template.getContents
      template.getContents = async (data) => {
        const css = await getContents(data)
        const used = new Set([...css.matchAll(/^@source "\.\/(ui\/[^"]+)";$/gm)].map(m => m[1]))
        const themes = templates.map(t => t.filename).filter((name): name is string => !!name && /^ui\/[^/]+\.ts$/.test(name) && !used.has(name))
        const excluded = [...BUILD_DIR_EXCLUDES, ...themes].map(path => `@source not "./${path}";`)
        return `${css}\n${excluded.join('\n')}\n`
      }
    })
    nuxt.hook('modules:done', () => {
      const ui = nuxt.options.appConfig.ui as { colors?: Record<string, string>, prefix?: string } | undefined
      if (!ui?.colors) throw new Error('lean-client: appConfig.ui.colors not found (is @nuxt/ui installed?)')
      const colors = ui.colors
      addTemplate({ filename: 'ui-colors.css', write: true, getContents: () => uiColorsCss(colors, ui.prefix) })
      nuxt.options.css.unshift('#build/ui-colors.css')
    })
    nuxt.hook('app:resolve', (app) => {
      app.plugins = app.plugins.filter(plugin => !ICON_PLUGIN.test(plugin.src) && !COLORS_PLUGIN.test(plugin.src))
    })
  },
})
