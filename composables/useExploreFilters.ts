import { useUrlSearchParams } from '@vueuse/core'
import { EMPTY_STATE, parseExploreQuery, serializeExploreQuery } from '~/utils/explore-query'
import type { ExploreState } from '~/utils/explore-query'

/**
 * Explore state kept in the URL (?q=&tags=&type=&level=&video=&sort=) with VueUse's useUrlSearchParams
 * (history.replaceState: typing adds no history entry). The URL is read only after mount, so the server and
 * the first client render agree (the full list); Back and Forward (popstate) bring their filters back.
 */
export function useExploreFilters(knownTags: Ref<string[]>) {
  const state = ref<ExploreState>({ ...EMPTY_STATE, tags: [] })
  const params = useUrlSearchParams<Record<string, string | string[]>>('history', { removeFalsyValues: true })
  const ready = ref(false)
  const key = (value: Record<string, string>) => new URLSearchParams(value).toString()

  function readUrl() {
    const next = parseExploreQuery({ ...params }, knownTags.value)
    if (key(serializeExploreQuery(next)) !== key(serializeExploreQuery(state.value))) state.value = next
  }

  onMounted(() => {
    readUrl()
    ready.value = true
  })
  watch(params, () => ready.value && readUrl(), { deep: true })

  watch(state, (value) => {
    if (!ready.value) return
    const next = serializeExploreQuery(value)
    for (const name of Object.keys(params)) if (!Object.hasOwn(next, name)) delete params[name]
    Object.assign(params, next)
  }, { deep: true })

  function reset() {
    state.value = { ...EMPTY_STATE, tags: [] }
  }

  return { state, ready, reset }
}
