import { describe, expect, it } from 'vitest'
import type { SearchSection } from '~/utils/explore-types'
import { searchPrerender } from '~/modules/search-index'
import { buildSearchFiles, partitionTerms } from '~/server/utils/search-files'
import { decodePostings, encodePostings, manifestPath, searchFilePaths, shardOf, shardsWithPrefix } from '~/utils/search-format'
import type { SearchShard } from '~/utils/search-format'
import { createSearchIndex, scoreDocuments, searchSections } from '~/utils/search-index'
import { boundedLevenshtein, openShardedSearch } from '~/utils/sharded-search'
import type { FetchJson } from '~/utils/sharded-search'

// A small site of generated pages (deterministic), with a few real sentences: big enough that small shard
// limits split it into many shards, several levels deep.
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const SUBJECTS = ['the flow', 'a step', 'the scheduler', 'the runner', 'the Client API', 'the data loader', 'the production namespace', 'each foreach branch']
const VERBS = ['reads', 'writes', 'partitions', 'resumes', 'schedules', 'retries', 'deploys', 'validates']
const OBJECTS = ['the latest successful run', 'the S3 prefix', 'every artifact', 'the daily partition', 'a frozen snapshot', 'the run metadata', '`run=self` inputs', 'Flow.latest_run']
const HEADINGS = ['The problem', 'How it works', 'Running it in production', 'Pitfalls', 'How to test it', 'Data layout', 'Parameters and options']

function fixtureSections(pages = 24): SearchSection[] {
  const rnd = random(7)
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}.`
  const sections: SearchSection[] = []
  for (let p = 0; p < pages; p++) {
    const path = `/patterns/p${p}`
    const page = `${pick(['Checkpoint', 'Partition', 'Backfill', 'Canary'])} ${pick(['training', 'scoring', 'exports'])} pattern ${p + 1}`
    const base = { path, page, type: 'patterns' as const }
    sections.push({ ...base, id: path, title: page, titles: [], content: `A page about ${page.toLowerCase()}. ${sentence()}` })
    const count = 3 + Math.floor(rnd() * 5)
    for (let s = 0; s < count; s++) {
      const title = `${pick(HEADINGS)} ${s + 1}`
      const parent = s > 0 && rnd() < 0.3 ? [`${pick(HEADINGS)}`] : []
      sections.push({ ...base, id: `${path}#h${s}`, title, titles: parent, content: Array.from({ length: 2 + Math.floor(rnd() * 6) }, sentence).join(' ') })
    }
  }
  sections.push(
    { id: '/deep-dives/resume', path: '/deep-dives/resume', page: 'Resume and iterative development', type: 'deepDives', title: 'Resume and iterative development', titles: [], content: 'Pass --origin-run-id to resume a specific run. Parameters cannot change on resume.' },
    { id: '/deep-dives/resume#parameters', path: '/deep-dives/resume', page: 'Resume and iterative development', type: 'deepDives', title: 'Parameters and options', titles: [], content: 'Resume takes no parameters; the origin run decides them.' },
    // A repeated id is dropped, as the unsplit index does.
    { id: '/deep-dives/resume#parameters', path: '/deep-dives/resume', page: 'Resume and iterative development', type: 'deepDives', title: 'dup', titles: [], content: 'duplicate' },
  )
  return sections
}

const sections = fixtureSections()
const built = buildSearchFiles(sections, { maxShardBytes: 600, minShardBytes: 100 })
const unsplit = createSearchIndex(sections)
const order = new Map([...unsplit.sections.keys()].map((id, i) => [id, i]))
const ids = [...unsplit.sections.keys()]

function serve(override: (path: string) => unknown = () => undefined): { fetchJson: FetchJson, requested: string[] } {
  const requested: string[] = []
  return {
    requested,
    fetchJson: async (path) => {
      requested.push(path)
      const replaced = override(path)
      if (replaced instanceof Error) throw replaced
      if (replaced !== undefined) return replaced
      const file = built.files.get(path)
      if (!file) throw new Error('HTTP 404')
      return structuredClone(file)
    },
  }
}

// Common words, multi-word queries, prefixes, a typo inside a word, words absent from the index.
const QUERIES = ['flow', 'run', 'data', 'step', 'the', 'latest successful run', 'production namespace', 'the client api', 'run self', 's3 prefix', 'partit', 'schedulr', 'paramters', 'resume origin run', 'pattern 7', 'kubernetes', 'flow kubernetes']

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-300)
/** Section number and score, best first; equal scores (to 1e-9) in section order, as the engine ranks them. */
const normalize = <T extends { section: number, score: number }>(list: T[]) => [...list]
  .sort((a, b) => (relative(a.score, b.score) < 1e-9 ? a.section - b.section : b.score - a.score))

describe('building the sharded index', () => {
  it('splits the terms into shards by prefix, each term in the one shard its longest key prefix names', () => {
    const { manifest, files } = built
    expect(manifest.shards.length).toBeGreaterThan(8)
    expect(manifest.shards.some(key => key.length >= 2)).toBe(true)
    const seen = new Map<string, number>()
    manifest.shards.forEach((key, i) => {
      const shard = files.get(`search/${manifest.version}/s${i}.json`) as SearchShard
      expect(shard.key).toBe(key)
      const terms = shard.terms.map(([term]) => term)
      expect(terms).toEqual([...terms].sort())
      for (const term of terms) {
        expect(seen.has(term), term).toBe(false)
        seen.set(term, i)
        expect(shardOf(manifest.shards, term), term).toBe(i)
      }
    })
    const vocabulary = (unsplit.index.toJSON() as unknown as { index: Array<[string]> }).index.map(([term]) => term)
    expect([...seen.keys()].sort()).toEqual([...vocabulary].sort())
  })

  it('keeps a group as one shard when it fits, and groups too small to stand alone in their parent', () => {
    const entry = (term: string, bytes: number) => ({ entry: [term, [], [], [], [1]] as [string, ...number[][]], bytes })
    // "a" (90) is over the limit: "ab" (70) fits as one shard, "ax" (5) is too small and stays in "a".
    const parts = partitionTerms([entry('a', 15), entry('ab', 50), entry('abc', 20), entry('ax', 5), entry('b', 500)], { maxShardBytes: 80, minShardBytes: 20 })
    expect(parts.map(p => [p.key, p.entries.map(e => e.entry[0])])).toEqual([
      ['a', ['a', 'ax']],
      ['ab', ['ab', 'abc']],
      ['b', ['b']],
    ])
  })

  it('lists every shard and page file for prerendering', () => {
    expect([manifestPath, ...searchFilePaths(built.manifest)].sort()).toEqual([...built.files.keys()].sort())
    expect(built.manifest.pages.length).toBe(25)
    expect(built.manifest.pages.reduce((n, [, count]) => n + count, 0)).toBe(sections.length - 1)
  })

  it('refuses sections of one page that do not follow each other', () => {
    const [a, b, c] = sections
    expect(() => buildSearchFiles([a!, { ...b!, path: '/other', id: '/other' }, c!])).toThrow(`search index: sections of ${a!.path} are not consecutive (section ${c!.id})`)
  })

  it('encodes postings as gaps with term frequencies, and refuses unsorted ones', () => {
    const postings = encodePostings([[0, 1], [3, 2], [4, 1], [10, 7]])
    expect(postings).toEqual([1, 3, -2, 1, 6, -7])
    expect(decodePostings(postings)).toEqual({ docs: [0, 3, 4, 10], tfs: [1, 2, 1, 7] })
    expect(() => encodePostings([[3, 1], [2, 1]])).toThrow('search index: postings not sorted (2 after 3)')
  })

  it('finds the shards a prefix needs', () => {
    const keys = ['', 'p', 'pa', 'pat', 'r']
    expect(shardOf(keys, 'pattern')).toBe(3)
    expect(shardOf(keys, 'pe')).toBe(1)
    expect(shardOf(keys, 'zoo')).toBe(0)
    expect(shardOf(['a'], 'zoo')).toBe(-1)
    expect(shardsWithPrefix(keys, 'pa')).toEqual([2, 3])
    expect(shardsWithPrefix(keys, 'p')).toEqual([1, 2, 3])
    expect(shardsWithPrefix(keys, 'patt')).toEqual([3])
  })
})

describe('querying the sharded index', () => {
  it('ranks every fixed query exactly as the unsplit MiniSearch index does', async () => {
    const engine = await openShardedSearch(serve().fetchJson)
    let total = 0
    for (const query of QUERIES) {
      const sharded = normalize(await engine.rank(query))
      const reference = normalize(unsplit.index.search(query).map(r => ({ section: order.get(r.id)!, score: r.score, terms: r.terms })))
      expect(sharded.map(r => ids[r.section]), query).toEqual(reference.map(r => ids[r.section]))
      sharded.forEach((r, i) => {
        expect(relative(r.score, reference[i]!.score), `${query}: ${ids[r.section]}`).toBeLessThan(1e-9)
        expect([...r.terms].sort(), `${query}: ${ids[r.section]}`).toEqual([...reference[i]!.terms].sort())
      })
      total += sharded.length
    }
    expect(total).toBeGreaterThan(500)
    expect((await engine.rank('kubernetes')).length).toBe(0)
    expect((await engine.rank('paramters')).map(r => ids[r.section])).toContain('/deep-dives/resume#parameters')
  })

  it('returns the same hits, snippets and page groups as the unsplit search', async () => {
    const engine = await openShardedSearch(serve().fetchJson)
    for (const query of QUERIES) {
      const groups = await engine.search(query, 1000)
      const reference = searchSections(unsplit, query, 1000)
      const flat = (list: typeof groups) => normalize(list.flatMap(g => g.hits.map(h => ({ ...h, section: order.get(h.id)! }))))
        .map(h => ({ id: h.id, path: h.path, page: h.page, title: h.title, titles: h.titles, snippet: h.snippet, terms: [...h.terms].sort(), score: Number(h.score.toPrecision(9)) }))
      expect(flat(groups), query).toEqual(flat(reference))
      for (const group of groups) expect(group.hits.every(h => h.path === group.path && h.page === group.page)).toBe(true)
      expect(groups.map(g => g.path)).toEqual([...new Set(groups.flatMap(g => g.hits.map(h => h.path)))])
    }
  })

  it('limits the hits and downloads only the shards and pages the query needs', async () => {
    const { fetchJson, requested } = serve()
    const engine = await openShardedSearch(fetchJson)
    const groups = await engine.search('latest successful run', 5)
    expect(groups.flatMap(g => g.hits)).toHaveLength(5)
    const shards = requested.filter(p => /\/s\d+\.json$/.test(p))
    const pages = requested.filter(p => /\/p\d+\.json$/.test(p))
    expect(shards.length).toBeGreaterThan(0)
    expect(shards.length).toBeLessThan(built.manifest.shards.length / 2)
    expect(pages.length).toBe(groups.length)
    // Shards and pages are fetched once.
    await engine.search('latest successful run', 5)
    expect(requested.length).toBe(1 + shards.length + pages.length)
  })

  it('scores documents like the explore page always did', async () => {
    const engine = await openShardedSearch(serve().fetchJson)
    for (const query of QUERIES) {
      const sharded = await engine.documents(query)
      const reference = scoreDocuments(unsplit, query)
      expect([...sharded.scores.keys()].sort(), query).toEqual([...reference.scores.keys()].sort())
      for (const [path, score] of reference.scores) expect(relative(sharded.scores.get(path)!, score), `${query} ${path}`).toBeLessThan(1e-9)
      expect([...sharded.terms].sort(), query).toEqual([...reference.terms].sort())
    }
  })

  it('matches a typo only among the words of the shards the query needs', async () => {
    // "xun" is one letter from "run", but "run" lives in another shard than words starting with "x".
    const engine = await openShardedSearch(serve().fetchJson)
    expect(unsplit.index.search('xesume').length).toBeGreaterThan(0)
    expect(await engine.rank('xesume')).toEqual([])
  })
})

describe('a shard that cannot be loaded', () => {
  const flowShard = shardOf(built.manifest.shards, 'flow')
  const flowPath = `search/${built.manifest.version}/s${flowShard}.json`

  it('fails the query that needs it with the shard, its words and its path, and loads it on a later query', async () => {
    let available = false
    const engine = await openShardedSearch(serve(path => (path === flowPath && !available ? new Error('HTTP 404') : undefined)).fetchJson)
    const key = built.manifest.shards[flowShard]
    await expect(engine.search('flow')).rejects.toThrow(`search index: shard ${flowShard} (words starting "${key}") did not load from ${flowPath}: HTTP 404`)
    // A query that does not need it still works.
    expect(shardsWithPrefix(built.manifest.shards, 'data')).not.toContain(flowShard)
    expect((await engine.search('data')).length).toBeGreaterThan(0)
    available = true
    expect((await engine.search('flow')).length).toBeGreaterThan(0)
  })

  it('refuses a shard of another build', async () => {
    const engine = await openShardedSearch(serve(path => (path === flowPath ? { ...(built.files.get(flowPath) as object), version: 'other' } : undefined)).fetchJson)
    await expect(engine.search('flow')).rejects.toThrow(`search index: ${flowPath} is version "other", expected ${built.manifest.version} (the site changed; reload the page)`)
  })

  it('refuses a manifest of another format', async () => {
    await expect(openShardedSearch(serve(path => (path === manifestPath ? { format: 0 } : undefined)).fetchJson))
      .rejects.toThrow('search index: search.json has format 0, this page reads format 1 (reload the page)')
  })
})

describe('boundedLevenshtein', () => {
  const naive = (a: string, b: string): number => {
    const dp = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    return dp[a.length]![b.length]!
  }

  it('agrees with the plain edit distance up to the bound', () => {
    const rnd = random(3)
    const word = () => Array.from({ length: 1 + Math.floor(rnd() * 9) }, () => 'abcde'[Math.floor(rnd() * 5)]).join('')
    for (let i = 0; i < 2000; i++) {
      const [a, b, max] = [word(), word(), 1 + Math.floor(rnd() * 3)]
      expect(boundedLevenshtein(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(naive(a, b), max + 1))
    }
  })
})

describe('prerendering the search files', () => {
  const manifest = JSON.stringify(built.manifest)
  const all = searchFilePaths(built.manifest).map(p => `/${p}`)

  it('queues the manifest, then every file it names once it is rendered', () => {
    const steps = searchPrerender()
    const routes = new Set(['/'])
    steps.routes(routes)
    expect([...routes]).toEqual(['/', '/search.json'])
    steps.generated({ route: '/patterns', contents: '<html></html>' })
    expect(routes.size).toBe(2)
    steps.generated({ route: '/search.json', contents: manifest })
    expect([...routes].slice(2)).toEqual(all)
    expect(() => steps.done(['/search.json', ...all].map(route => ({ route })))).not.toThrow()
  })

  it('fails the build when a file was not written', () => {
    const steps = searchPrerender()
    steps.routes(new Set())
    steps.generated({ route: '/search.json', contents: manifest })
    expect(() => steps.done(['/search.json', ...all.slice(1)].map(route => ({ route }))))
      .toThrow(`modules/search-index: 1 of ${all.length} search files were not prerendered, e.g. ${all[0]}`)
    expect(() => searchPrerender().done([])).toThrow('modules/search-index: /search.json was not prerendered')
  })
})
