// How a query matches and how a hit is shown, shared by the unsplit MiniSearch index (utils/search-index.ts,
// used at build time and as the reference in tests) and the sharded engine the browser runs
// (utils/sharded-search.ts), which must not import MiniSearch itself.

/** Shortest query word that also matches longer words (one letter would match most of the index). */
export const MIN_PREFIX_LENGTH = 2

/**
 * MiniSearch search options. Weights, maxFuzzy and bm25 are MiniSearch's defaults, spelled out because the
 * sharded engine computes the same scores without MiniSearch.
 */
export const SEARCH_OPTIONS = {
  boost: { page: 3, title: 2, titles: 1.2, content: 1 },
  prefix: (term: string) => term.length >= MIN_PREFIX_LENGTH,
  fuzzy: (term: string) => (term.length > 4 ? 0.2 : false),
  combineWith: 'AND' as const,
  weights: { fuzzy: 0.45, prefix: 0.375 },
  maxFuzzy: 6,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
}
// MiniSearch's default splits at spaces and punctuation only, so symbols stuck to words: `run=self`,
// `<origin`, `id>` were index words that "run" or "origin" never matched exactly.
const SEPARATORS = /[\n\r\p{Z}\p{P}\p{S}]+/u

/** Splits text into words, for indexing and for queries (MiniSearch's `tokenize`). */
export function tokenize(text: string): string[] {
  return text.split(SEPARATORS)
}

/** The query's words as MiniSearch reads them (tokenized, lower-cased, empty words dropped). */
export function queryTerms(query: string): string[] {
  return tokenize(query).map(t => t.toLowerCase()).filter(Boolean)
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
