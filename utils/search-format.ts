// The search index as prerendered files, shared by the build (server/utils/search-files.ts) and the
// browser (utils/sharded-search.ts). A first search downloads the manifest (/search.json: pages, field
// lengths, shard keys), the term shards its words fall in, then one small file per page shown.
//
//   /search.json                 SearchManifest
//   /search/<version>/s<i>.json  SearchShard i: postings of every term whose longest shard-key prefix is shards[i]
//   /search/<version>/p<i>.json  SearchPageFile i: titles and text of page i's sections, for results
//
// Files of one build sit under its version (a hash of their contents), so a reader whose manifest is older
// than the site gets a clear "not found" instead of postings that point at other sections.

export const SEARCH_FORMAT = 1
/** Indexed fields, in MiniSearch's field order; `page` postings are per page, the others per section. */
export const SEARCH_FIELDS = ['page', 'title', 'titles', 'content'] as const

export interface SearchManifest {
  format: typeof SEARCH_FORMAT
  version: string
  /** MiniSearch's average length of each field (unique tokens), for BM25. */
  averageLengths: number[]
  /** Each page: its path, how many sections it has (they follow each other) and its title's length. */
  pages: Array<[path: string, sections: number, titleLength: number]>
  /** Lengths of the `title`, `titles` and `content` fields of every section, in section order. */
  lengths: [number[], number[], number[]]
  /** Shard keys (term prefixes, '' for the terms no other key covers); the index is the file number. */
  shards: string[]
}

/**
 * Postings of one term in one field: document numbers as gaps from the previous one (the first from -1),
 * each followed by `-tf` when the term occurs more than once. Page-field postings number pages.
 */
export type Postings = number[]

export interface SearchShard {
  format: typeof SEARCH_FORMAT
  version: string
  key: string
  /** Sorted by term (code units); one postings list per field of SEARCH_FIELDS, empty when absent. */
  terms: Array<[term: string, ...postings: Postings[]]>
}

export interface SearchPageFile {
  format: typeof SEARCH_FORMAT
  version: string
  path: string
  title: string
  /** Each section: anchor ('' for the intro), heading, parent headings, text. */
  sections: Array<[anchor: string, title: string, titles: string[], content: string]>
}

export const manifestPath = 'search.json'
export const shardPath = (version: string, index: number) => `search/${version}/s${index}.json`
export const pagePath = (version: string, index: number) => `search/${version}/p${index}.json`

/** Encodes sorted (document, term frequency) pairs. */
export function encodePostings(entries: Iterable<[doc: number, tf: number]>): Postings {
  const out: number[] = []
  let previous = -1
  for (const [doc, tf] of entries) {
    if (doc <= previous) throw new Error(`search index: postings not sorted (${doc} after ${previous})`)
    out.push(doc - previous)
    if (tf > 1) out.push(-tf)
    previous = doc
  }
  return out
}

/** Decodes postings into parallel arrays of documents and term frequencies. */
export function decodePostings(postings: Postings): { docs: number[], tfs: number[] } {
  const docs: number[] = []
  const tfs: number[] = []
  let doc = -1
  for (const value of postings) {
    if (value < 0) tfs[tfs.length - 1] = -value
    else {
      doc += value
      docs.push(doc)
      tfs.push(1)
    }
  }
  return { docs, tfs }
}

/** The shard a term lives in: the one with the longest key that starts the term, or -1 when none does. */
export function shardOf(keys: readonly string[], term: string): number {
  let best = -1
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    if (term.startsWith(key) && (best < 0 || key.length > keys[best]!.length)) best = i
  }
  return best
}

/**
 * Every shard that can hold a term starting with `prefix`: the one the prefix itself falls in, and every
 * shard whose key starts with it.
 */
export function shardsWithPrefix(keys: readonly string[], prefix: string): number[] {
  const own = shardOf(keys, prefix)
  const found = own >= 0 ? [own] : []
  keys.forEach((key, i) => {
    if (i !== own && key.startsWith(prefix)) found.push(i)
  })
  return found
}

/** Every file a manifest refers to (shards and pages), as site paths without a leading slash. */
export function searchFilePaths(manifest: Pick<SearchManifest, 'version' | 'shards' | 'pages'>): string[] {
  return [...manifest.shards.map((_, i) => shardPath(manifest.version, i)), ...manifest.pages.map((_, i) => pagePath(manifest.version, i))]
}
