import type { ExploreData } from '~/utils/explore-types'

/** The prerendered /explore.json (every document and the tag registry); pages get it from their payload. */
export function useExploreData() {
  return useFetch<ExploreData>('/explore.json', {
    key: 'explore-data',
    default: () => ({ documents: [], tags: [] }),
  })
}
