import type { ExploreData } from '~/utils/explore-types'

/**
 * The prerendered /explore.json (every document and the tag registry); pages get it from their payload.
 * useAsyncData with a fixed key rather than useFetch, which would ship a request hasher to every page.
 */
export function useExploreData() {
  return useAsyncData('explore-data', () => $fetch<ExploreData>('/explore.json'), {
    default: () => ({ documents: [], tags: [] }),
  })
}
