// Nuxt UI components draw icons through @iconify/vue, which asks the Iconify API for any icon that is not
// in the client bundle. This site makes no request to another host: answer such lookups with nothing.
// (The @nuxt/icon plugin that used to do this is dropped from the entry by modules/lean-client.)
import { _api } from '@iconify/vue'

let done = false

export function keepIconifyOffline(): void {
  if (done) return
  done = true
  _api.setFetch(() => Promise.resolve(new Response('{}', { status: 404 })))
}
