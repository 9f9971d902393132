// A strict Content-Security-Policy without 'unsafe-inline' for scripts (security-headers.mjs). Prerendering
// sees every page: each page gets a <meta> policy with the hashes of its own inline scripts (hosts that send
// no headers, GitHub Pages), and the union of all hashes goes into the `_headers` file of the static output
// and into the Node preset's route rules (nitro bundles the server after prerendering, so they are known).
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { defineNuxtModule } from '@nuxt/kit'
import { contentSecurityPolicy, headersFile } from '../../security-headers.mjs'
import { inlineScriptHashes, withMetaPolicy } from './scripts'

export default defineNuxtModule({
  meta: { name: 'csp' },
  setup(_options, nuxt) {
    if (nuxt.options.dev) return
    const hashes = new Set<string>()
    nuxt.hook('nitro:init', (nitro) => {
      nitro.hooks.hook('prerender:generate', (route) => {
        if (!route.fileName?.endsWith('.html') || !route.contents) return
        const own = inlineScriptHashes(route.contents)
        own.forEach(hash => hashes.add(hash))
        route.contents = withMetaPolicy(route.contents, contentSecurityPolicy(own, { meta: true }))
      })
      nitro.hooks.hook('prerender:done', async () => {
        const policy = contentSecurityPolicy([...hashes])
        const all = (nitro.options.routeRules['/**'] ||= {})
        all.headers = { ...all.headers, 'Content-Security-Policy': policy }
        await writeFile(join(nitro.options.output.publicDir, '_headers'), headersFile(policy))
      })
    })
  },
})
