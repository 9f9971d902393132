// Builds the search files (format in utils/search-format.ts) from the section records. MiniSearch indexes
// the sections exactly as the unsplit index always did; its term frequencies and field lengths are then
// written out per term-prefix shard, so the browser scores a query the way MiniSearch would while
// downloading only the shards its words need.
import { createHash } from 'node:crypto'
import type { SearchSection } from '../../utils/explore-types'
import { createSearchIndex } from '../../utils/search-index'
import { encodePostings, pagePath, SEARCH_FIELDS, SEARCH_FORMAT, shardPath } from '../../utils/search-format'
import type { Postings, SearchManifest, SearchPageFile, SearchShard } from '../../utils/search-format'

export interface ShardOptions {
  /** A prefix whose postings exceed this (JSON characters) is split by its next character. */
  maxShardBytes?: number
  /** Smaller groups stay in their parent's shard instead of becoming a file of their own. */
  minShardBytes?: number
}

export interface SearchFiles {
  manifest: SearchManifest
  /** Site path (no leading slash) → JSON value, the manifest included. */
  files: Map<string, SearchManifest | SearchShard | SearchPageFile>
}

type Entry = [term: string, ...postings: Postings[]]
interface SizedEntry { entry: Entry, bytes: number }

// The part of MiniSearch#toJSON() read here (serialization version 2).
interface MiniSearchJSON {
  serializationVersion: number
  documentIds: Record<string, string>
  fieldIds: Record<string, number>
  fieldLength: Record<string, number[]>
  averageFieldLength: number[]
  index: Array<[string, Record<string, Record<string, number>>]>
}

const DEFAULTS: Required<ShardOptions> = { maxShardBytes: 48 * 1024, minShardBytes: 4 * 1024 }

/** Terms grouped by prefix: a group too large is split by the next character, small subgroups stay put. */
export function partitionTerms(entries: SizedEntry[], options: ShardOptions = {}, key = ''): Array<{ key: string, entries: SizedEntry[] }> {
  const { maxShardBytes, minShardBytes } = { ...DEFAULTS, ...options }
  const size = (list: SizedEntry[]) => list.reduce((sum, e) => sum + e.bytes, 0)
  // The root always splits, so that every shard but the catch-all '' has a key.
  if (key !== '' && size(entries) <= maxShardBytes) return [{ key, entries }]
  const own: SizedEntry[] = []
  const groups = new Map<string, SizedEntry[]>()
  for (const e of entries) {
    const term = e.entry[0]
    if (term.length === key.length) own.push(e)
    else {
      const next = key + term[key.length]
      const group = groups.get(next)
      if (group) group.push(e)
      else groups.set(next, [e])
    }
  }
  const shards: Array<{ key: string, entries: SizedEntry[] }> = []
  for (const [next, group] of groups) {
    if (size(group) < minShardBytes) own.push(...group)
    else shards.push(...partitionTerms(group, options, next))
  }
  if (own.length) shards.unshift({ key, entries: own.sort((a, b) => (a.entry[0] < b.entry[0] ? -1 : 1)) })
  return shards
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12)
}

/** The manifest, every shard and every page file of the given sections. */
export function buildSearchFiles(sections: SearchSection[], options: ShardOptions = {}): SearchFiles {
  const { index, sections: byId } = createSearchIndex(sections)
  const docs = [...byId.values()]
  const json = index.toJSON() as unknown as MiniSearchJSON
  if (json.serializationVersion !== 2) {
    throw new Error(`search index: MiniSearch serialization version ${json.serializationVersion}; server/utils/search-files.ts reads version 2`)
  }
  SEARCH_FIELDS.forEach((field, i) => {
    if (json.fieldIds[field] !== i) throw new Error(`search index: MiniSearch field "${field}" has id ${json.fieldIds[field]}, expected ${i}`)
  })
  docs.forEach((doc, i) => {
    if (json.documentIds[i] !== doc.id) throw new Error(`search index: MiniSearch document ${i} is "${json.documentIds[i]}", expected "${doc.id}"`)
  })

  // Pages in order; a page's sections must follow each other (sections come page by page).
  const pages: SearchManifest['pages'] = []
  const pageOf: number[] = []
  const firstOf: number[] = []
  for (const [i, doc] of docs.entries()) {
    const last = pages[pages.length - 1]
    if (last && last[0] === doc.path) last[1]++
    else {
      if (pages.some(p => p[0] === doc.path)) throw new Error(`search index: sections of ${doc.path} are not consecutive (section ${doc.id})`)
      pages.push([doc.path, 1, json.fieldLength[i]![0]!])
      firstOf.push(i)
    }
    pageOf.push(pages.length - 1)
  }

  const entries: SizedEntry[] = json.index.map(([term, fields]) => {
    const postings = SEARCH_FIELDS.map((_, fieldId) => {
      const byDoc = fields[fieldId] ?? {}
      const list = Object.entries(byDoc).map(([doc, tf]) => [Number(doc), tf] as [number, number]).sort((a, b) => a[0] - b[0])
      if (fieldId !== 0) return encodePostings(list)
      // The page title is the same text in every section of a page: one posting per page.
      const perPage = new Map<number, { tf: number, sections: number }>()
      for (const [doc, tf] of list) {
        const seen = perPage.get(pageOf[doc]!)
        if (seen && seen.tf !== tf) throw new Error(`search index: page title term "${term}" differs between sections of ${pages[pageOf[doc]!]![0]}`)
        perPage.set(pageOf[doc]!, { tf, sections: (seen?.sections ?? 0) + 1 })
      }
      for (const [page, { sections }] of perPage) {
        if (sections !== pages[page]![1]) throw new Error(`search index: page title term "${term}" is missing from sections of ${pages[page]![0]}`)
      }
      return encodePostings([...perPage].map(([page, { tf }]) => [page, tf] as [number, number]))
    })
    const entry: Entry = [term, ...postings]
    return { entry, bytes: JSON.stringify(entry).length + 1 }
  }).sort((a, b) => (a.entry[0] < b.entry[0] ? -1 : 1))

  const partition = partitionTerms(entries, options)
  const lengths: SearchManifest['lengths'] = [[], [], []]
  docs.forEach((doc, i) => {
    const [page, title, titles, content] = json.fieldLength[i]!
    if (page !== pages[pageOf[i]!]![2]) throw new Error(`search index: page title length of ${doc.id} differs from its page's`)
    lengths[0].push(title!)
    lengths[1].push(titles!)
    lengths[2].push(content!)
  })
  const shardBodies = partition.map(({ key, entries }) => ({ key, terms: entries.map(e => e.entry) }))
  const pageBodies = pages.map(([path, count], p) => ({
    path,
    title: docs[firstOf[p]!]!.page,
    sections: docs.slice(firstOf[p]!, firstOf[p]! + count).map((doc): SearchPageFile['sections'][number] => [
      doc.id === path ? '' : doc.id.slice(path.length + 1),
      doc.title,
      doc.titles,
      doc.content,
    ]),
  }))
  const body = { averageLengths: json.averageFieldLength, pages, lengths, shards: partition.map(s => s.key) }
  const version = hash([SEARCH_FORMAT, body, shardBodies, pageBodies])

  const manifest: SearchManifest = { format: SEARCH_FORMAT, version, ...body }
  const files: SearchFiles['files'] = new Map()
  files.set('search.json', manifest)
  shardBodies.forEach((shard, i) => files.set(shardPath(version, i), { format: SEARCH_FORMAT, version, ...shard }))
  pageBodies.forEach((page, i) => files.set(pagePath(version, i), { format: SEARCH_FORMAT, version, ...page }))
  return { manifest, files }
}
