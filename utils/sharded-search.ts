// The search the browser runs (the Ctrl+K dialog on reading pages and the explore page): it reads the
// prerendered files of utils/search-format.ts, downloading only the term shards a query's words need and
// the page files of the hits it shows, and scores the way MiniSearch scores the unsplit index
// (utils/search-index.ts): same words, same BM25 and field boosts, same prefix and typo weights.
// One difference by design: a typo is matched only against words in the shards the query already needs,
// so a typo in a word's first letters may find nothing where the unsplit index would.
import { decodePostings, manifestPath, pagePath, SEARCH_FIELDS, SEARCH_FORMAT, shardOf, shardPath, shardsWithPrefix } from './search-format'
import type { SearchManifest, SearchPageFile, SearchShard } from './search-format'
// Types only: the browser bundle must not pull in MiniSearch.
import type { PageGroup, SectionHit } from './search-index'
import { queryTerms, SEARCH_OPTIONS, snippetOf } from './search-rules'

/** Fetches a site file (`search.json`, `search/<version>/s3.json`) and parses it; rejects when it cannot. */
export type FetchJson = (path: string) => Promise<unknown>

export interface RankedSection {
  /** Section number in the manifest's order. */
  section: number
  path: string
  score: number
  /** Index words that matched (after prefix and typo expansion), for snippets and highlighting. */
  terms: string[]
}

export interface ShardedSearch {
  manifest: SearchManifest
  /** Section hits grouped by page, best first; at most `limit` sections. */
  search: (query: string, limit?: number) => Promise<PageGroup[]>
  /** Best section score per page path, and every matched word (the explore page's document search). */
  documents: (query: string) => Promise<{ scores: Map<string, number>, terms: string[] }>
  /** Every matching section, best first (equal scores in section order). */
  rank: (query: string) => Promise<RankedSection[]>
}

interface FieldPostings { docs: Uint32Array, tfs: Uint16Array, df: number }
interface TermData { term: string, fields: Array<FieldPostings | undefined> }
interface Shard { terms: string[], data: TermData[] }
interface Spec { term: string, prefix: boolean, maxDistance: number, shards: number[] }
interface Derived { data: TermData, weight: number }

const BOOSTS = SEARCH_FIELDS.map(field => SEARCH_OPTIONS.boost[field])
const { k, b, d } = SEARCH_OPTIONS.bm25

function checkFile(value: unknown, path: string, version?: string): void {
  const file = value as { format?: unknown, version?: unknown } | null
  if (!file || file.format !== SEARCH_FORMAT) {
    throw new Error(`search index: ${path} has format ${JSON.stringify(file?.format)}, this page reads format ${SEARCH_FORMAT} (reload the page)`)
  }
  if (version && file.version !== version) {
    throw new Error(`search index: ${path} is version ${JSON.stringify(file.version)}, expected ${version} (the site changed; reload the page)`)
  }
}

let rows = [new Uint32Array(64), new Uint32Array(64)]

/** Edit distance between a and b (Levenshtein, as MiniSearch's fuzzy search), or maxDistance + 1 once above it. */
export function boundedLevenshtein(a: string, b: string, maxDistance: number): number {
  if (Math.abs(a.length - b.length) > maxDistance) return maxDistance + 1
  if (rows[0]!.length <= b.length) rows = [new Uint32Array(b.length * 2 + 1), new Uint32Array(b.length * 2 + 1)]
  let [previous, current] = rows as [Uint32Array, Uint32Array]
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > maxDistance) return maxDistance + 1
    const swap = previous
    previous = current
    current = swap
  }
  return Math.min(previous[b.length]!, maxDistance + 1)
}

function lowerBound(sorted: readonly string[], term: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < term) lo = mid + 1
    else hi = mid
  }
  return lo
}

function contains(docs: Uint32Array, doc: number): boolean {
  let lo = 0
  let hi = docs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (docs[mid]! < doc) lo = mid + 1
    else hi = mid
  }
  return lo < docs.length && docs[lo] === doc
}

/** Loads the manifest; shards and page files load as queries need them, each once. */
export async function openShardedSearch(fetchJson: FetchJson): Promise<ShardedSearch> {
  const manifest = await fetchJson(manifestPath) as SearchManifest
  checkFile(manifest, manifestPath)
  const { version, pages, shards: keys, averageLengths } = manifest
  const sectionCount = pages.reduce((sum, [, count]) => sum + count, 0)
  if (manifest.lengths.some(list => list.length !== sectionCount)) {
    throw new Error(`search index: ${manifestPath} lists ${sectionCount} sections in pages but field lengths for ${manifest.lengths.map(l => l.length).join('/')}`)
  }

  // Section → page, first section of each page, and every field's length per section.
  const pageOf = new Uint32Array(sectionCount)
  const firstOf = new Uint32Array(pages.length)
  const lengths = SEARCH_FIELDS.map(() => new Float64Array(sectionCount))
  let next = 0
  pages.forEach(([, count, titleLength], p) => {
    firstOf[p] = next
    for (let i = 0; i < count; i++, next++) {
      pageOf[next] = p
      lengths[0]![next] = titleLength
    }
  })
  manifest.lengths.forEach((list, f) => lengths[f + 1]!.set(list))

  function decodeShard(shard: SearchShard): Shard {
    const data = shard.terms.map(([term, ...postings]): TermData => ({
      term,
      fields: postings.map((list, f) => {
        if (!list.length) return undefined
        const { docs, tfs } = decodePostings(list)
        if (f !== 0) return { docs: Uint32Array.from(docs), tfs: Uint16Array.from(tfs), df: docs.length }
        // Page-title postings name pages: every section of the page has the term.
        const sections: number[] = []
        const sectionTfs: number[] = []
        docs.forEach((page, i) => {
          for (let s = firstOf[page]!; s < firstOf[page]! + pages[page]![1]; s++) {
            sections.push(s)
            sectionTfs.push(tfs[i]!)
          }
        })
        return { docs: Uint32Array.from(sections), tfs: Uint16Array.from(sectionTfs), df: sections.length }
      }),
    }))
    return { terms: data.map(t => t.term), data }
  }

  const shardCache = new Map<number, Promise<Shard>>()
  function loadShard(i: number): Promise<Shard> {
    let loading = shardCache.get(i)
    if (!loading) {
      const path = shardPath(version, i)
      loading = fetchJson(path)
        .catch((error: unknown) => {
          throw new Error(`search index: shard ${i} (words starting "${keys[i]}") did not load from ${path}: ${error instanceof Error ? error.message : String(error)}`)
        })
        .then((value) => {
          checkFile(value, path, version)
          return decodeShard(value as SearchShard)
        })
      // A failed download is tried again by the next query.
      loading.catch(() => shardCache.delete(i))
      shardCache.set(i, loading)
    }
    return loading
  }

  const pageCache = new Map<number, Promise<SearchPageFile>>()
  function loadPage(p: number): Promise<SearchPageFile> {
    let loading = pageCache.get(p)
    if (!loading) {
      const path = pagePath(version, p)
      loading = fetchJson(path)
        .catch((error: unknown) => {
          throw new Error(`search index: page ${pages[p]![0]} did not load from ${path}: ${error instanceof Error ? error.message : String(error)}`)
        })
        .then((value) => {
          checkFile(value, path, version)
          return value as SearchPageFile
        })
      loading.catch(() => pageCache.delete(p))
      pageCache.set(p, loading)
    }
    return loading
  }

  function specsOf(query: string): Spec[] {
    return queryTerms(query).map((term) => {
      const prefix = SEARCH_OPTIONS.prefix(term)
      const fuzzy = SEARCH_OPTIONS.fuzzy(term)
      const maxDistance = fuzzy ? Math.min(SEARCH_OPTIONS.maxFuzzy, Math.round(term.length * fuzzy)) : 0
      const shards = prefix ? shardsWithPrefix(keys, term) : [shardOf(keys, term)].filter(i => i >= 0)
      return { term, prefix, maxDistance, shards }
    })
  }

  /** The index words a query word stands for, with MiniSearch's weights: itself, longer words, near misses. */
  function derive(spec: Spec, loaded: Map<number, Shard>): Derived[] {
    const exact: Derived[] = []
    const prefixed: Derived[] = []
    const fuzzy: Derived[] = []
    const { term, prefix, maxDistance } = spec
    for (const i of spec.shards) {
      const shard = loaded.get(i)!
      if (prefix) {
        for (let at = lowerBound(shard.terms, term); at < shard.terms.length && shard.terms[at]!.startsWith(term); at++) {
          const data = shard.data[at]!
          const distance = data.term.length - term.length
          if (!distance) exact.push({ data, weight: 1 })
          else prefixed.push({ data, weight: SEARCH_OPTIONS.weights.prefix * data.term.length / (data.term.length + 0.3 * distance) })
        }
      }
      else {
        const at = lowerBound(shard.terms, term)
        if (shard.terms[at] === term) exact.push({ data: shard.data[at]!, weight: 1 })
      }
      if (maxDistance) {
        for (const data of shard.data) {
          if (data.term === term || (prefix && data.term.startsWith(term))) continue
          const distance = boundedLevenshtein(term, data.term, maxDistance)
          if (distance <= maxDistance) fuzzy.push({ data, weight: SEARCH_OPTIONS.weights.fuzzy * data.term.length / (data.term.length + distance) })
        }
      }
    }
    return [...exact, ...prefixed, ...fuzzy]
  }

  // Scoring buffers, one slot per section, reused by every query (scoring never awaits, so queries do not
  // interleave in them) and left zeroed: a query costs the postings it reads, not the size of the site.
  const scoreBuffer = new Float64Array(sectionCount)
  const totalBuffer = new Float64Array(sectionCount)
  const matchedBuffer = new Uint16Array(sectionCount)
  const touchedBuffer = new Uint32Array(sectionCount)

  interface Matches {
    specs: Spec[]
    derived: Derived[][]
    /** Matching sections in section order, and their final scores. */
    docs: Uint32Array
    scores: Float64Array
    /** Index words found in at least one matching section (only when asked for). */
    words?: Set<string>
  }

  /**
   * Every section that matches all query words, scored as MiniSearch does: per query word, the BM25 of each
   * word it stands for in each field, times the field boost and the word's weight; summed over the query
   * words, times the number of distinct query words.
   */
  async function match(query: string, { words = false } = {}): Promise<Matches> {
    const specs = specsOf(query)
    const needed = [...new Set(specs.flatMap(s => s.shards))]
    const loaded = new Map(await Promise.all(needed.map(async i => [i, await loadShard(i)] as const)))
    const derived = specs.map(spec => derive(spec, loaded))
    if (!specs.length) return { specs, derived, docs: new Uint32Array(0), scores: new Float64Array(0), words: new Set() }

    let first = new Uint32Array(0)
    let count = 0
    for (let q = 0; q < derived.length; q++) {
      count = 0
      for (const { data, weight } of derived[q]!) {
        for (let f = 0; f < data.fields.length; f++) {
          const postings = data.fields[f]
          if (!postings) continue
          const { docs, tfs, df } = postings
          const factor = weight * BOOSTS[f]!
          const averageLength = averageLengths[f]!
          const fieldLengths = lengths[f]!
          const invDocFreq = Math.log(1 + (sectionCount - df + 0.5) / (df + 0.5))
          for (let i = 0; i < docs.length; i++) {
            const doc = docs[i]!
            if (matchedBuffer[doc] !== q) continue
            const termFreq = tfs[i]!
            const raw = invDocFreq * (d + termFreq * (k + 1) / (termFreq + k * (1 - b + b * fieldLengths[doc]! / averageLength)))
            if (scoreBuffer[doc] === 0) touchedBuffer[count++] = doc
            scoreBuffer[doc] = scoreBuffer[doc]! + factor * raw
          }
        }
      }
      for (let i = 0; i < count; i++) {
        const doc = touchedBuffer[i]!
        matchedBuffer[doc] = q + 1
        totalBuffer[doc] = totalBuffer[doc]! + scoreBuffer[doc]!
        scoreBuffer[doc] = 0
      }
      // Sections that matched the first word are the only ones any later word can touch: reset them at the end.
      if (q === 0) first = touchedBuffer.slice(0, count)
    }
    const quality = new Set(specs.map(s => s.term)).size
    const docs = touchedBuffer.slice(0, count).sort()
    const scores = new Float64Array(count)
    for (let i = 0; i < count; i++) scores[i] = totalBuffer[docs[i]!]! * quality
    let found: Set<string> | undefined
    if (words) {
      found = new Set()
      for (const list of derived) {
        for (const { data } of list) {
          if (found.has(data.term)) continue
          search: for (const postings of data.fields) {
            if (!postings) continue
            for (let i = 0; i < postings.docs.length; i++) {
              if (matchedBuffer[postings.docs[i]!] === specs.length) {
                found.add(data.term)
                break search
              }
            }
          }
        }
      }
    }
    for (let i = 0; i < first.length; i++) {
      matchedBuffer[first[i]!] = 0
      totalBuffer[first[i]!] = 0
    }
    return { specs, derived, docs, scores, words: found }
  }

  /** The index words a matching section contains, in the order MiniSearch reports them. */
  function termsOf(doc: number, derived: Derived[][]): string[] {
    const terms = new Set<string>()
    for (const list of derived) {
      for (const { data } of list) {
        if (terms.has(data.term)) continue
        for (const postings of data.fields) {
          if (postings && contains(postings.docs, doc)) {
            terms.add(data.term)
            break
          }
        }
      }
    }
    return [...terms]
  }

  /** Positions in `docs` of the best `limit` sections, best first (equal scores in section order). */
  function best({ docs, scores }: Matches, limit: number): number[] {
    const top: number[] = []
    for (let i = 0; i < docs.length; i++) {
      const score = scores[i]!
      // Sections come in order, so an equal score never beats one already kept.
      if (top.length === limit && score <= scores[top[top.length - 1]!]!) continue
      let at = top.length
      while (at > 0 && score > scores[top[at - 1]!]!) at--
      top.splice(at, 0, i)
      if (top.length > limit) top.pop()
    }
    return top
  }

  async function rank(query: string): Promise<RankedSection[]> {
    const matches = await match(query)
    return best(matches, matches.docs.length).map((i) => {
      const doc = matches.docs[i]!
      return { section: doc, path: pages[pageOf[doc]!]![0], score: matches.scores[i]!, terms: termsOf(doc, matches.derived) }
    })
  }

  async function search(query: string, limit = 30): Promise<PageGroup[]> {
    const matches = await match(query)
    const top = best(matches, limit).map(i => ({ doc: matches.docs[i]!, score: matches.scores[i]! }))
    const files = new Map(await Promise.all([...new Set(top.map(({ doc }) => pageOf[doc]!))].map(async p => [p, await loadPage(p)] as const)))
    const groups = new Map<string, PageGroup>()
    for (const { doc, score } of top) {
      const p = pageOf[doc]!
      const file = files.get(p)!
      const section = file.sections[doc - firstOf[p]!]
      if (!section) throw new Error(`search index: ${pagePath(version, p)} has ${file.sections.length} sections, the manifest ${pages[p]![1]}`)
      const [anchor, title, titles, content] = section
      const terms = termsOf(doc, matches.derived)
      const hit: SectionHit = {
        id: anchor ? `${file.path}#${anchor}` : file.path,
        path: file.path,
        page: file.title,
        title,
        titles,
        snippet: snippetOf(content, terms),
        score,
        terms,
      }
      const group = groups.get(hit.path) ?? { path: hit.path, page: hit.page, hits: [] }
      group.hits.push(hit)
      groups.set(hit.path, group)
    }
    return [...groups.values()]
  }

  async function documents(query: string) {
    const { specs, docs, scores: sectionScores, words } = await match(query, { words: true })
    const scores = new Map<string, number>()
    for (let i = 0; i < docs.length; i++) {
      const path = pages[pageOf[docs[i]!]!]![0]
      scores.set(path, Math.max(scores.get(path) ?? 0, sectionScores[i]!))
    }
    const terms = new Set(words)
    if (docs.length) specs.forEach(s => terms.add(s.term))
    return { scores, terms: [...terms] }
  }

  return { manifest, search, documents, rank }
}
