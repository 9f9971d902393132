// URL input never reads a member of Object.prototype: `/explore?type=constructor` once became a type that
// matched no document ("0 of 10 documents", no filter shown).
import { describe, expect, it } from 'vitest'
import { facetCounts, filterDocuments } from '~/utils/explore-filter'
import { EMPTY_STATE, parseExploreQuery, serializeExploreQuery } from '~/utils/explore-query'
import type { ExploreDocument } from '~/utils/explore-types'
import { collectionForPath } from '~/utils/routes'

const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__']
const TAGS = ['s3', 'resume']
const docs: ExploreDocument[] = [
  { path: '/patterns/a', title: 'A', description: 'a', type: 'patterns', tags: ['s3'], level: 'beginner', readingMinutes: 1 },
  { path: '/deep-dives/b', title: 'B', description: 'b', type: 'deepDives', tags: ['resume'], readingMinutes: 1 },
]

describe('prototype member names in the URL', () => {
  it.each(PROTOTYPE_KEYS)('?type=%s (and level, sort, tags) is dropped: the state is the empty one', (key) => {
    const state = parseExploreQuery({ type: key, level: key, sort: key, tags: `${key},s3` }, TAGS)
    expect(state).toEqual({ ...EMPTY_STATE, tags: ['s3'] })
    expect(Object.keys(state)).not.toContain('type')
    expect(serializeExploreQuery(state)).toEqual({ tags: 's3' })
    expect(filterDocuments(docs, parseExploreQuery({ type: key }, TAGS), undefined)).toHaveLength(docs.length)
    expect(facetCounts(docs, parseExploreQuery({ type: key }, TAGS), undefined, TAGS).type).toEqual({ patterns: 1, deepDives: 1, projects: 0 })
  })

  it.each(PROTOTYPE_KEYS)('the path /%s/x is a page, not a collection', (key) => {
    expect(collectionForPath(`/${key}/x`)).toBe('pages')
  })

  it('still reads real values', () => {
    expect(parseExploreQuery({ type: 'deep-dive' }, TAGS).type).toBe('deepDives')
    expect(collectionForPath('/deep-dives/x/')).toBe('deepDives')
    expect(collectionForPath('/patterns')).toBe('pages')
  })
})
