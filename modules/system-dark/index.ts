// Follows the reader's system colour scheme when JavaScript is off (see transform.ts): applied to the built
// stylesheets, so it covers Nuxt UI's theme, this site's CSS and Tailwind's `dark:` utilities alike.
import { addVitePlugin, defineNuxtModule } from '@nuxt/kit'
import { withSystemDark } from './transform'

export default defineNuxtModule({
  meta: { name: 'system-dark' },
  setup(_options, nuxt) {
    if (nuxt.options.dev) return
    addVitePlugin({
      name: 'system-dark',
      enforce: 'post',
      generateBundle(_output, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.css')) file.source = withSystemDark(String(file.source))
        }
      },
    }, { server: false })
  },
})
