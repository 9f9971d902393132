// The data side of the search dialog: what it downloads and how it answers a query. The dialog
// (enhancements/lib/search-dialog.ts) only calls `loadSearchEngine()` and `engine.search()`.
import { createSearchIndex, searchSections } from '../../utils/search-index'
import type { PageGroup } from '../../utils/search-index'
import type { SearchSection } from '../../utils/explore-types'
import { sitePath } from './base'

export type { PageGroup }

export interface SearchEngine {
  /** Section hits grouped by page, best first; at most `limit` sections. */
  search: (query: string, limit?: number) => Promise<PageGroup[]>
}

let engine: Promise<SearchEngine> | undefined

/** Starts loading on first intent and is shared afterwards; a failed load is retried on the next call. */
export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= fetch(sitePath('/search.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`)
      return response.json() as Promise<SearchSection[]>
    })
    .then((sections) => {
      const index = createSearchIndex(sections)
      return { search: async (query: string, limit = 30) => searchSections(index, query, limit) }
    })
  engine.catch(() => (engine = undefined))
  return engine
}
