// MiniSearch over page sections: one index serves the Ctrl+K dialog (section results) and the explore
// page (document results, best section per document).
import MiniSearch from 'minisearch'
import type { SearchResult } from 'minisearch'
import type { SearchSection } from './explore-types'

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

const SEARCH_OPTIONS = {
  boost: { page: 3, title: 2, titles: 1.2, content: 1 },
  prefix: true,
  fuzzy: (term: string) => (term.length > 4 ? 0.2 : false),
  combineWith: 'AND' as const,
}

export function createSearchIndex(sections: SearchSection[]): MiniSearch<SearchSection> {
  const index = new MiniSearch<SearchSection>({
    idField: 'id',
    fields: ['page', 'title', 'titles', 'content'],
    storeFields: ['path', 'page', 'title', 'titles', 'content'],
    extractField: (doc, field) => {
      const value = doc[field as keyof SearchSection]
      return Array.isArray(value) ? value.join(' ') : String(value ?? '')
    },
    searchOptions: SEARCH_OPTIONS,
  })
  // Section ids repeat when two headings share a text: keep the first of each.
  const seen = new Set<string>()
  index.addAll(sections.filter(s => !seen.has(s.id) && seen.add(s.id)))
  return index
}

/** A short excerpt of the content around the first matched term. */
export function snippetOf(content: string, terms: string[], length = 160): string {
  const lower = content.toLowerCase()
  const at = Math.min(...terms.map(t => lower.indexOf(t.toLowerCase())).filter(i => i >= 0), Infinity)
  if (at === Infinity || at < length / 2) return content.length > length ? `${content.slice(0, length).trimEnd()}…` : content
  const start = content.lastIndexOf(' ', at - length / 3) + 1
  const text = content.slice(start, start + length).trimEnd()
  return `…${text}${start + length < content.length ? '…' : ''}`
}

function toHit(result: SearchResult): SectionHit {
  return {
    id: result.id as string,
    path: result.path,
    page: result.page,
    title: result.title,
    titles: result.titles,
    snippet: snippetOf(result.content ?? '', result.terms),
    score: result.score,
    terms: result.terms,
  }
}

/** Section results grouped by page, best page first, at most `limit` sections in all. */
export function searchSections(index: MiniSearch<SearchSection>, query: string, limit = 20): PageGroup[] {
  const hits = index.search(query.trim()).slice(0, limit).map(toHit)
  const groups = new Map<string, PageGroup>()
  for (const hit of hits) {
    const group = groups.get(hit.path) ?? { path: hit.path, page: hit.page, hits: [] }
    group.hits.push(hit)
    groups.set(hit.path, group)
  }
  return [...groups.values()]
}

/** Best section score per document path, and every matched term (for highlighting). */
export function scoreDocuments(index: MiniSearch<SearchSection>, query: string): { scores: Map<string, number>, terms: string[] } {
  const scores = new Map<string, number>()
  const terms = new Set<string>()
  for (const result of index.search(query.trim())) {
    scores.set(result.path, Math.max(scores.get(result.path) ?? 0, result.score))
    result.terms.forEach(t => terms.add(t))
    result.queryTerms?.forEach(t => terms.add(t))
  }
  return { scores, terms: [...terms] }
}
