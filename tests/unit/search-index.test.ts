import { describe, expect, it } from 'vitest'
import type { SearchSection } from '~/utils/explore-types'
import { createSearchIndex, scoreDocuments, searchSections } from '~/utils/search-index'
import { snippetOf } from '~/utils/search-rules'

const sections: SearchSection[] = [
  { id: '/patterns/notebook-resume', path: '/patterns/notebook-resume', page: 'Introducing the notebook resume pattern', type: 'patterns', title: 'Introducing the notebook resume pattern', titles: [], content: 'Build flows one step at a time.' },
  { id: '/patterns/notebook-resume#choosing-the-origin-run-id', path: '/patterns/notebook-resume', page: 'Introducing the notebook resume pattern', type: 'patterns', title: 'Choosing the origin run id', titles: [], content: 'Pass --origin-run-id to resume a specific run.' },
  { id: '/patterns/notebook-resume#pitfalls', path: '/patterns/notebook-resume', page: 'Introducing the notebook resume pattern', type: 'patterns', title: 'Pitfalls', titles: [], content: 'Resume takes no parameters.' },
  { id: '/patterns/s3-hive-partitions#layout', path: '/patterns/s3-hive-partitions', page: 'S3 Client for managing Hive-style partitions automatically', type: 'patterns', title: 'The layout', titles: ['Design'], content: 'Keys like dt=2024-01-01/region=us/part-1.csv, one run after another.' },
  { id: '/patterns/s3-hive-partitions#layout', path: '/patterns/s3-hive-partitions', page: 'dup', type: 'patterns', title: 'dup', titles: [], content: 'duplicate id is dropped' },
]

describe('the section search index', () => {
  const index = createSearchIndex(sections)

  it('finds the --origin-run-id section for "origin run id", first', () => {
    const groups = searchSections(index, 'origin run id')
    expect(groups[0]!.path).toBe('/patterns/notebook-resume')
    expect(groups[0]!.hits[0]!.id).toBe('/patterns/notebook-resume#choosing-the-origin-run-id')
  })

  it('groups hits by page and keeps parent headings', () => {
    const groups = searchSections(index, 'run')
    expect(groups.map(g => g.path)).toEqual(['/patterns/notebook-resume', '/patterns/s3-hive-partitions'])
    expect(groups[1]!.hits[0]!.titles).toEqual(['Design'])
  })

  it('matches prefixes and small typos', () => {
    expect(searchSections(index, 'partit').map(g => g.path)).toEqual(['/patterns/s3-hive-partitions'])
    expect(searchSections(index, 'paramters').map(g => g.hits[0]!.id)).toEqual(['/patterns/notebook-resume#pitfalls'])
  })

  it('scores documents by their best section and reports matched terms', () => {
    const { scores, terms } = scoreDocuments(index, 'resume')
    expect([...scores.keys()]).toEqual(['/patterns/notebook-resume'])
    expect(terms).toContain('resume')
  })

  it('returns nothing for a query that matches nothing', () => {
    expect(searchSections(index, 'kubernetes')).toEqual([])
  })
})

describe('snippetOf', () => {
  it('centres on the first match in long text', () => {
    const text = `${'lorem '.repeat(60)}needle ${'ipsum '.repeat(60)}`
    const snippet = snippetOf(text, ['needle'], 80)
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet).toContain('needle')
    expect(snippet.length).toBeLessThanOrEqual(82)
  })
})
