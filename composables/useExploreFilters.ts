import { useUrlSearchParams } from '@vueuse/core'
import { EMPTY_STATE, parseExploreQuery, serializeExploreQuery } from '~/utils/explore-query'
import type { ExploreState } from '~/utils/explore-query'

type Params = Record<string, string | string[]>

/**
 * Explore state kept in the URL (?q=&tags=&type=&level=&media=&sort=) with VueUse's useUrlSearchParams
 * (history.replaceState: typing adds no history entry; Back and Forward bring their filters back).
 * The server and the first client render agree on the full list. A prerendered page hydrates at the path it
 * was rendered for, without the query, and Nuxt's router puts the real URL back when hydration resolves
 * (app:suspense:resolve): the URL is read then, and `ready` says so.
 */
export function useExploreFilters(knownTags: Ref<string[]>) {
  const state = ref<ExploreState>({ ...EMPTY_STATE, tags: [] })
  const ready = ref(false)
  const scope = effectScope()
  const key = (value: Record<string, string>) => new URLSearchParams(value).toString()

  function start() {
    scope.run(() => {
      const params = useUrlSearchParams<Params>('history', { removeFalsyValues: true })
      const readUrl = () => {
        const next = parseExploreQuery({ ...params }, knownTags.value)
        if (key(serializeExploreQuery(next)) !== key(serializeExploreQuery(state.value))) state.value = next
      }
      readUrl()
      watch(params, readUrl, { deep: true })
      watch(state, (value) => {
        const next = serializeExploreQuery(value)
        for (const name of Object.keys(params)) if (!Object.hasOwn(next, name)) Reflect.deleteProperty(params, name)
        Object.assign(params, next)
      }, { deep: true })
    })
    ready.value = true
  }

  const nuxtApp = useNuxtApp()
  if (import.meta.client) {
    // Registered after the router's own hook, so it runs once the real URL is back.
    if (nuxtApp.isHydrating) nuxtApp.hooks.hookOnce('app:suspense:resolve', start)
    else onMounted(start)
  }
  onScopeDispose(() => scope.stop())

  function reset() {
    state.value = { ...EMPTY_STATE, tags: [] }
  }

  return { state, ready, reset }
}
