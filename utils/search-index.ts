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

export interface SearchIndex {
  index: MiniSearch<SearchSection>
  /** Sections by id (MiniSearch's stored fields go through extractField, which flattens arrays). */
  sections: Map<string, SearchSection>
}

export function createSearchIndex(sections: SearchSection[]): SearchIndex {
  const index = new MiniSearch<SearchSection>({
    idField: 'id',
    fields: ['page', 'title', 'titles', 'content'],
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

/** A short excerpt of the content around the first matched term. */
export function snippetOf(content: string, terms: string[], length = 160): string {
  const lower = content.toLowerCase()
  const at = Math.min(...terms.map(t => lower.indexOf(t.toLowerCase())).filter(i => i >= 0), Infinity)
  if (at === Infinity || at < length / 2) return content.length > length ? `${content.slice(0, length).trimEnd()}…` : content
  const start = content.lastIndexOf(' ', at - length / 3) + 1
  const text = content.slice(start, start + length).trimEnd()
  return `…${text}${start + length < content.length ? '…' : ''}`
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
