import manifest, { enhanceDir } from '#build/enhancements.mjs'
import { joinURL } from 'ufo'

/**
 * Loads an enhancement script (enhancements/<name>.ts) on the page that renders this component. Reading pages
 * ship no Vue in the browser, so a component that needs behaviour there renders its HTML and asks for its
 * script here; the page gets one `<script type="module">` per enhancement, however many components ask.
 */
export function useEnhancement(name: string) {
  const file = manifest[name]
  if (!file) throw new Error(`useEnhancement: no enhancement "${name}" (known: ${Object.keys(manifest).join(', ')})`)
  const { app } = useRuntimeConfig()
  useHead({ script: [{ key: `enhance:${name}`, type: 'module', src: joinURL(app.cdnURL || app.baseURL, enhanceDir, file) }] })
}
