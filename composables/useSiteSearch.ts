import type { PageGroup } from '~/utils/search-index'
import type { SearchSection } from '~/utils/explore-types'

export interface SiteSearch {
  sections: (query: string, limit?: number) => PageGroup[]
  documents: (query: string) => { scores: Map<string, number>, terms: string[] }
}

let engine: Promise<SiteSearch> | undefined

/**
 * The section search, fetched from /search.json and built the first time anyone searches (the explore
 * box or the Ctrl+K dialog), then shared. MiniSearch is loaded with it, not with the page.
 */
export function useSiteSearch() {
  const status = useState<'idle' | 'loading' | 'ready' | 'error'>('site-search-status', () => 'idle')

  function load(): Promise<SiteSearch> {
    if (!engine) {
      status.value = 'loading'
      engine = Promise.all([$fetch<SearchSection[]>('/search.json'), import('~/utils/search-index')])
        .then(([sections, lib]) => {
          const index = lib.createSearchIndex(sections)
          return {
            sections: (query: string, limit?: number) => lib.searchSections(index, query, limit),
            documents: (query: string) => lib.scoreDocuments(index, query),
          }
        })
      engine.then(() => (status.value = 'ready'), () => {
        status.value = 'error'
        engine = undefined
      })
    }
    return engine
  }

  return { status, load }
}
