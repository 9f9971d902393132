// The data side of the search dialog: what it downloads and how it answers a query. The dialog
// (enhancements/lib/search-dialog.ts) only calls `loadSearchEngine()` and `engine.search()`.
// The index is split into prerendered files (utils/search-format.ts): the first search downloads the
// manifest, then each query the term shards its words need and the page files of the hits it returns.
import { openShardedSearch } from '../../utils/sharded-search'
import type { PageGroup } from '../../utils/search-index'
import { sitePath } from './base'

export type { PageGroup }

export interface SearchEngine {
  /** Section hits grouped by page, best first; at most `limit` sections. */
  search: (query: string, limit?: number) => Promise<PageGroup[]>
}

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(sitePath(`/${path}`))
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return response.json()
}

let engine: Promise<SearchEngine> | undefined

/** Starts loading on first intent and is shared afterwards; a failed load is retried on the next call. */
export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= openShardedSearch(fetchJson).then(index => ({ search: (query: string, limit = 30) => index.search(query, limit) }))
  engine.catch(() => (engine = undefined))
  return engine
}
