import type { ExploreData } from '~/utils/explore-types'

/**
 * The prerendered /explore.json (every document and the tag registry), read at build time by the pages
 * that list documents, and by /explore, which carries it inline for its app.
 * useAsyncData with a fixed key rather than useFetch, which would ship a request hasher to every page.
 */
export function useExploreData() {
  return useAsyncData('explore-data', () => $fetch<ExploreData>('/explore.json'), {
    default: () => ({ documents: [], tags: [] }),
  })
}
