// SITE_TEST_FIXTURES=1: serve the fixtures' public/ like public/ (content.config.ts adds their content; see
// utils/site-fixtures.ts). Nothing changes without it.
import { join } from 'node:path'
import { defineNuxtModule, useLogger } from '@nuxt/kit'
import { publicDirs, SITE_FIXTURES_DIR, SITE_FIXTURES_ENV } from '../../utils/site-fixtures'

export default defineNuxtModule({
  meta: { name: 'site-fixtures' },
  setup(_options, nuxt) {
    const extra = publicDirs().slice(1)
    if (!extra.length) return
    useLogger('site-fixtures').info(`${SITE_FIXTURES_ENV}=1: building with the test fixtures of ${SITE_FIXTURES_DIR}/`)
    nuxt.options.nitro.publicAssets ||= []
    for (const dir of extra) nuxt.options.nitro.publicAssets.push({ dir: join(nuxt.options.rootDir, dir), baseURL: '/', maxAge: 0 })
  },
})
