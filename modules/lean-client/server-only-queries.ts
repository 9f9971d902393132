// Content queries run only on the server of the built site: reading pages run no app in the browser, and
// /explore carries its data inline (composables/useContentData returns null there without calling the
// query). Yet Nuxt Content's query functions, auto-imported into every page chunk, hold a browser path
// that imports the SQLite WASM build, so its files (two copies of an 864 KB .wasm, two workers) shipped in
// _nuxt/ unused. Two supported hooks keep them out:
// - `imports:extend` points the auto-imports of those functions at a template of this module;
// - a Vite plugin of the browser build only resolves that template to a twin whose functions throw.
// The server build re-exports Nuxt Content's functions unchanged. The browser build never loads Nuxt
// Content's client runtime, so Vite never sees the WASM. `nuxt dev` keeps the browser queries (hot reload).
import { addTemplate, addVitePlugin } from '@nuxt/kit'
import type { Nuxt } from '@nuxt/schema'

/** The query functions Nuxt Content auto-imports from its client runtime. */
export const CONTENT_QUERIES = ['queryCollection', 'queryCollectionSearchSections', 'queryCollectionNavigation', 'queryCollectionItemSurroundings', 'useSearchCollection'] as const

const CONTENT_CLIENT_RUNTIME = /@nuxt[\\/]content[\\/]dist[\\/]runtime[\\/]client(?:\.js)?$/

/** The browser twin: each function throws, naming itself and why. */
export function refusedQueriesModule(names: readonly string[]): string {
  const lines = names.map(name => `export function ${name}() { throw new Error(${JSON.stringify(`${name}: content is queried at build time on this site, never in the browser (modules/lean-client/server-only-queries.ts)`)}) }`)
  return `${lines.join('\n')}\n`
}

export function keepQueriesOnServer(nuxt: Nuxt): void {
  if (nuxt.options.dev) return
  let runtime: string | undefined
  const reexport = () => `export { ${CONTENT_QUERIES.join(', ')} } from ${JSON.stringify(runtime)}\n`
  const server = addTemplate({ filename: 'content-queries.js', write: true, getContents: reexport })
  // The types of the auto-imports are read from here: Nuxt Content's own.
  addTemplate({ filename: 'content-queries.d.ts', write: true, getContents: reexport })
  const browser = addTemplate({ filename: 'content-queries.client.js', write: true, getContents: () => refusedQueriesModule(CONTENT_QUERIES) })
  // Called again whenever Nuxt regenerates its imports (the entries are the same objects).
  nuxt.hook('imports:extend', (imports) => {
    const queries = imports.filter(i => (CONTENT_QUERIES as readonly string[]).includes(String(i.name)))
    if (runtime && queries.every(i => i.from === server.dst)) return
    const rerouted = queries.filter(i => CONTENT_CLIENT_RUNTIME.test(i.from))
    if (rerouted.length !== CONTENT_QUERIES.length) {
      throw new Error(`lean-client: expected Nuxt Content to auto-import ${CONTENT_QUERIES.join(', ')} from its client runtime; found ${queries.map(i => `${i.name} from ${i.from}`).join(', ') || 'none'}`)
    }
    runtime = rerouted[0]!.from
    for (const i of rerouted) i.from = server.dst
  })
  addVitePlugin({
    name: 'lean-client:server-only-queries',
    enforce: 'pre',
    resolveId: {
      order: 'pre',
      handler(id) {
        return id === server.dst ? browser.dst : undefined
      },
    },
  }, { server: false, prepend: true }) // before Nuxt's own resolution of its templates
}
