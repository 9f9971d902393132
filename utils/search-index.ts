// MiniSearch over all page sections at once: the build indexes with it (server/utils/search-files.ts), and
// it is the reference the sharded engine the browser runs (utils/sharded-search.ts) is tested against.
import MiniSearch from 'minisearch'
import type { SearchResult } from 'minisearch'
import type { SearchSection } from './explore-types'
import { SEARCH_FIELDS } from './search-format'
import { SEARCH_OPTIONS, snippetOf, tokenize } from './search-rules'

export interface SectionHit {
  id: string
  path: string
  page: string
  title: string
  titles: string[]
  snippet: string
  score: number
  terms: string[]
}

export interface PageGroup {
  path: string
  page: string
  hits: SectionHit[]
}

export interface SearchIndex {
  index: MiniSearch<SearchSection>
  /** Sections by id (MiniSearch's stored fields go through extractField, which flattens arrays). */
  sections: Map<string, SearchSection>
}

export function createSearchIndex(sections: SearchSection[]): SearchIndex {
  const index = new MiniSearch<SearchSection>({
    idField: 'id',
    fields: [...SEARCH_FIELDS],
    tokenize,
    extractField: (doc, field) => {
      const value = doc[field as keyof SearchSection]
      return Array.isArray(value) ? value.join(' ') : String(value ?? '')
    },
    searchOptions: SEARCH_OPTIONS,
  })
  // Section ids repeat when two headings share a text: keep the first of each.
  const byId = new Map<string, SearchSection>()
  for (const section of sections) if (!byId.has(section.id)) byId.set(section.id, section)
  index.addAll([...byId.values()])
  return { index, sections: byId }
}

function toHit(result: SearchResult, section: SearchSection): SectionHit {
  return {
    id: section.id,
    path: section.path,
    page: section.page,
    title: section.title,
    titles: section.titles,
    snippet: snippetOf(section.content, result.terms),
    score: result.score,
    terms: result.terms,
  }
}

/** Section results grouped by page, best page first, at most `limit` sections in all. */
export function searchSections({ index, sections }: SearchIndex, query: string, limit = 20): PageGroup[] {
  const hits = index.search(query.trim()).slice(0, limit).map(result => toHit(result, sections.get(result.id)!))
  const groups = new Map<string, PageGroup>()
  for (const hit of hits) {
    const group = groups.get(hit.path) ?? { path: hit.path, page: hit.page, hits: [] }
    group.hits.push(hit)
    groups.set(hit.path, group)
  }
  return [...groups.values()]
}

/** Best section score per document path, and every matched term (for highlighting). */
export function scoreDocuments({ index, sections }: SearchIndex, query: string): { scores: Map<string, number>, terms: string[] } {
  const scores = new Map<string, number>()
  const terms = new Set<string>()
  for (const result of index.search(query.trim())) {
    const path = sections.get(result.id)!.path
    scores.set(path, Math.max(scores.get(path) ?? 0, result.score))
    result.terms.forEach(t => terms.add(t))
    result.queryTerms?.forEach(t => terms.add(t))
  }
  return { scores, terms: [...terms] }
}
