// Serves the terminal walkthroughs' recordings (examples/<slug>/walkthrough.cast) as static files,
// /walkthroughs/<slug>.cast under the base path: the player (enhancements/walkthrough.ts) fetches one when
// the reader presses play, and the walkthrough block links it for download. Copied, not linked: the static
// server serves no symbolic links. The pages themselves get their transcripts from the content checks.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defineNuxtModule } from '@nuxt/kit'

export default defineNuxtModule({
  meta: { name: 'walkthroughs' },
  setup(_options, nuxt) {
    const root = nuxt.options.rootDir
    const outDir = resolve(root, 'node_modules/.cache/walkthroughs')
    rmSync(outDir, { recursive: true, force: true })
    mkdirSync(outDir, { recursive: true })
    for (const slug of readdirSync(join(root, 'examples'))) {
      const cast = join(root, 'examples', slug, 'walkthrough.cast')
      if (existsSync(cast)) copyFileSync(cast, join(outDir, `${slug}.cast`))
    }
    nuxt.hook('nitro:config', (config) => {
      config.publicAssets ||= []
      config.publicAssets.push({ dir: outDir, baseURL: '/walkthroughs', maxAge: 0 })
    })
  },
})
