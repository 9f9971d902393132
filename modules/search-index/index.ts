// Prerenders the search index: /search.json (the manifest) and every shard and page file it names. Their
// names depend on the content (a version hash, the term prefixes), so they are added to the prerender
// queue once the manifest has been rendered, and the build fails if any of them was not written.
import { defineNuxtModule } from '@nuxt/kit'
import type { Nitro, PrerenderGenerateRoute, PrerenderRoute } from 'nitropack/types'
import { manifestPath, searchFilePaths } from '../../utils/search-format'
import type { SearchManifest } from '../../utils/search-format'

const MANIFEST_ROUTE = `/${manifestPath}`

/** The three prerender steps, apart from Nuxt so that they can be tested. */
export function searchPrerender() {
  // Nitro's prerender queue: it keeps taking routes from this set until it is empty (its crawler adds the
  // links it finds the same way).
  let queue: Set<string> | undefined
  let expected: string[] = []
  return {
    routes(routes: Set<string>) {
      routes.add(MANIFEST_ROUTE)
      queue = routes
    },
    generated(route: Pick<PrerenderGenerateRoute, 'route' | 'error' | 'contents'>) {
      if (route.route !== MANIFEST_ROUTE || route.error || !route.contents) return
      if (!queue) throw new Error('modules/search-index: the prerender queue was not seen (prerender:routes did not run)')
      expected = searchFilePaths(JSON.parse(route.contents) as SearchManifest).map(path => `/${path}`)
      for (const path of expected) queue.add(path)
    },
    done(prerendered: Array<Pick<PrerenderRoute, 'route'>>) {
      const written = new Set(prerendered.map(r => r.route))
      if (!written.has(MANIFEST_ROUTE)) throw new Error(`modules/search-index: ${MANIFEST_ROUTE} was not prerendered`)
      const missing = expected.filter(path => !written.has(path))
      if (missing.length) throw new Error(`modules/search-index: ${missing.length} of ${expected.length} search files were not prerendered, e.g. ${missing.slice(0, 5).join(', ')}`)
    },
  }
}

export default defineNuxtModule({
  meta: { name: 'search-index' },
  setup(_options, nuxt) {
    const steps = searchPrerender()
    nuxt.hook('prerender:routes', ({ routes }) => steps.routes(routes))
    nuxt.hook('nitro:init', (instance) => {
      // Typed as a fallback where Nitro's types are not loaded (the module's own tsconfig).
      const nitro = instance as unknown as Nitro
      nitro.hooks.hook('prerender:generate', route => steps.generated(route))
      nitro.hooks.hook('prerender:done', ({ prerenderedRoutes }) => steps.done(prerenderedRoutes))
    })
  },
})
