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

  // Our own URL writes still on their way through the router. While any is, route changes are those writes
  // coming back (an older one can land after a newer keystroke, e.g. Esc right after typing): they must not
  // undo the state.
  let writing = 0

  function readRoute() {
    const query = route.query as Record<string, string | string[]>
    if (ready.value && (writing > 0 || sameQuery(serializeExploreQuery(parseExploreQuery(query, knownTags.value)), serializeExploreQuery(state.value)))) return
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
    // With writes pending, route.query is not yet where the URL will end up: always write the latest.
    if (writing === 0 && sameQuery(route.query, query)) return
    writing++
    router.replace({ query, hash: route.hash }).finally(() => writing--)
  }, { deep: true })

  function reset() {
    state.value = { ...EMPTY_STATE, tags: [] }
  }

  return { state, reset }
}
