// The search this benchmark compares against: the implementation before issue 12 (utils/search-index.ts at
// commit 1480807), kept here as it was so that its figures can be measured again. Every section in one
// /search.json, indexed by MiniSearch in the browser with these options.
import MiniSearch from 'minisearch'

const SEARCH_OPTIONS = {
  boost: { page: 3, title: 2, titles: 1.2, content: 1 },
  prefix: true,
  fuzzy: term => (term.length > 4 ? 0.2 : false),
  combineWith: 'AND',
}

export function createBaselineIndex(sections) {
  const index = new MiniSearch({
    idField: 'id',
    fields: ['page', 'title', 'titles', 'content'],
    extractField: (doc, field) => {
      const value = doc[field]
      return Array.isArray(value) ? value.join(' ') : String(value ?? '')
    },
    searchOptions: SEARCH_OPTIONS,
  })
  const byId = new Map()
  for (const section of sections) if (!byId.has(section.id)) byId.set(section.id, section)
  index.addAll([...byId.values()])
  return { index, sections: byId }
}

function snippetOf(content, terms, length = 160) {
  const lower = content.toLowerCase()
  const at = Math.min(...terms.map(t => lower.indexOf(t.toLowerCase())).filter(i => i >= 0), Infinity)
  if (at === Infinity || at < length / 2) return content.length > length ? `${content.slice(0, length).trimEnd()}…` : content
  const start = content.lastIndexOf(' ', at - length / 3) + 1
  const text = content.slice(start, start + length).trimEnd()
  return `…${text}${start + length < content.length ? '…' : ''}`
}

export function searchBaseline({ index, sections }, query, limit = 20) {
  const hits = index.search(query.trim()).slice(0, limit).map((result) => {
    const section = sections.get(result.id)
    return { id: section.id, path: section.path, page: section.page, title: section.title, titles: section.titles, snippet: snippetOf(section.content, result.terms), score: result.score, terms: result.terms }
  })
  const groups = new Map()
  for (const hit of hits) {
    const group = groups.get(hit.path) ?? { path: hit.path, page: hit.page, hits: [] }
    group.hits.push(hit)
    groups.set(hit.path, group)
  }
  return [...groups.values()]
}
