import { EMPTY_STATE, parseExploreQuery, serializeExploreQuery } from '~/utils/explore-query'
import type { ExploreState } from '~/utils/explore-query'

function sameQuery(a: Record<string, unknown>, b: Record<string, string>): boolean {
  return new URLSearchParams(a as Record<string, string>).toString() === new URLSearchParams(b).toString()
}

/**
 * Explore state kept in the URL (?q=&tags=&type=&level=&video=&sort=). It is read only after mount, so the
 * server and the first client render agree (the full list), and written with router.replace, which
 * uses history.replaceState: typing adds no history entries, and Back returns to the same filters.
 */
export function useExploreFilters(knownTags: Ref<string[]>) {
  const state = ref<ExploreState>({ ...EMPTY_STATE, tags: [] })
  const ready = ref(false)
  const route = useRoute()
  const router = useRouter()

  function readRoute() {
    const query = route.query as Record<string, string | string[]>
    // Our own writes come back through the router: skip them so a keystroke in flight is never undone.
    if (ready.value && sameQuery(serializeExploreQuery(parseExploreQuery(query, knownTags.value)), serializeExploreQuery(state.value))) return
    state.value = parseExploreQuery(query, knownTags.value)
  }

  onMounted(() => {
    readRoute()
    ready.value = true
  })
  // The router settles on the page's real query only after hydration (and again on Back/Forward).
  watch(() => route.fullPath, () => ready.value && readRoute())

  watch(state, (value) => {
    if (!ready.value) return
    const query = serializeExploreQuery(value)
    if (!sameQuery(route.query, query)) router.replace({ query, hash: route.hash })
  }, { deep: true })

  function reset() {
    state.value = { ...EMPTY_STATE, tags: [] }
  }

  return { state, reset }
}
