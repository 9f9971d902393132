import type { PageGroup } from '~/utils/search-index'

export interface SiteSearch {
  /** Section hits grouped by page, best first (downloads the shards and page files the query needs). */
  sections: (query: string, limit?: number) => Promise<PageGroup[]>
  /** Best section score per document path, and the matched words to mark. */
  documents: (query: string) => Promise<{ scores: Map<string, number>, terms: string[] }>
}

let engine: Promise<SiteSearch> | undefined

/**
 * The site search of the explore page: the same sharded index and engine as the Ctrl+K dialog
 * (utils/sharded-search.ts). The manifest is fetched the first time anyone searches, then each query
 * fetches only the shards its words need; the engine is loaded with it, not with the page.
 */
export function useSiteSearch() {
  const status = useState<'idle' | 'loading' | 'ready' | 'error'>('site-search-status', () => 'idle')
  const baseURL = useRuntimeConfig().app.baseURL

  function load(): Promise<SiteSearch> {
    if (!engine) {
      status.value = 'loading'
      engine = import('~/utils/sharded-search')
        .then(lib => lib.openShardedSearch(async (path) => {
          const response = await fetch(`${baseURL}${path}`)
          if (!response.ok) throw new Error(`HTTP ${response.status}`)
          return response.json()
        }))
        .then(index => ({ sections: index.search, documents: index.documents }))
      engine.then(() => (status.value = 'ready'), () => {
        status.value = 'error'
        engine = undefined
      })
    }
    return engine
  }

  return { status, load }
}
