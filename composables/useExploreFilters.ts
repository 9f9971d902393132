import { EMPTY_STATE, parseExploreQuery, serializeExploreQuery } from '~/utils/explore-query'
import type { ExploreState } from '~/utils/explore-query'

/**
 * Explore state kept in the URL (?q=&tags=&type=&level=&video=&sort=). It is read only after mount, so the
 * server and the first client render agree (the full list), and written with replaceState so typing
 * does not add history entries.
 */
export function useExploreFilters(knownTags: Ref<string[]>) {
  const state = ref<ExploreState>({ ...EMPTY_STATE, tags: [] })
  const ready = ref(false)
  const route = useRoute()

  function readRoute() {
    state.value = parseExploreQuery(route.query as Record<string, string | string[]>, knownTags.value)
  }

  // The router settles on the page's real query only after hydration, so follow its query; our own
  // replaceState writes bypass the router and do not come back here.
  onMounted(() => {
    readRoute()
    ready.value = true
  })
  watch(() => route.fullPath, () => ready.value && readRoute())

  watch(state, (value) => {
    if (!ready.value) return
    const query = new URLSearchParams(serializeExploreQuery(value)).toString()
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      // Keep Vue Router's own history state, only the URL changes.
      window.history.replaceState(window.history.state, '', url)
    }
  }, { deep: true })

  function reset() {
    state.value = { ...EMPTY_STATE, tags: [] }
  }

  return { state, ready, reset }
}
