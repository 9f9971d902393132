// Prerenders the machine-readable outputs. Nothing in the HTML links to them (or, for /raw/*.md, not from
// every page), so the crawler would miss them: the routes are listed here, the raw ones from content/.
import { defineNuxtModule } from '@nuxt/kit'
import { listRawRoutes } from '../../server/utils/raw-routes'

export const MACHINE_ROUTES = ['/feed.xml', '/sitemap.xml', '/robots.txt', '/llms.txt', '/llms-full.txt']

export default defineNuxtModule({
  meta: { name: 'machine-routes' },
  setup(_options, nuxt) {
    nuxt.hook('prerender:routes', (ctx) => {
      // content/ is read when prerendering starts, so the list is the pages this build has.
      for (const route of [...MACHINE_ROUTES, ...listRawRoutes(nuxt.options.rootDir)]) ctx.routes.add(route)
    })
  },
})
