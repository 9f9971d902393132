import { describe, expect, it } from 'vitest'
import { facetCounts, filterDocuments, sortDocuments } from '~/utils/explore-filter'
import { EMPTY_STATE, effectiveSort, MAX_QUERY_LENGTH, parseExploreQuery, serializeExploreQuery } from '~/utils/explore-query'
import type { ExploreDocument } from '~/utils/explore-types'
import { splitHighlights } from '~/utils/highlight'

const TAGS = ['s3', 'resume', 'testing', 'ci-cd']

const docs: ExploreDocument[] = [
  { path: '/patterns/a', title: 'Alpha', description: 'a', type: 'patterns', tags: ['s3', 'testing'], level: 'beginner', video: { status: 'planned' }, updated: '2026-03-01T10:00:00+01:00', readingMinutes: 5 },
  { path: '/patterns/b', title: 'Beta', description: 'b', type: 'patterns', tags: ['resume'], level: 'advanced', video: { status: 'published', duration: '9:30' }, walkthrough: { duration: '3:10' }, updated: '2026-03-01T09:30:00Z', readingMinutes: 7 },
  { path: '/deep-dives/c', title: 'Charlie', description: 'c', type: 'deepDives', tags: ['s3'], walkthrough: { duration: '0:44' }, readingMinutes: 9 },
  { path: '/projects/d', title: 'Delta', description: 'd', type: 'projects', tags: ['resume', 'testing'], video: { status: 'planned' }, updated: '2025-12-31T23:00:00Z', readingMinutes: 4 },
]

describe('parseExploreQuery', () => {
  it('reads a shared link exactly', () => {
    const state = parseExploreQuery({ q: 'origin run', tags: 's3,testing', type: 'pattern', level: 'beginner', media: 'walkthrough', sort: 'title' }, TAGS)
    expect(state).toEqual({ q: 'origin run', tags: ['s3', 'testing'], type: 'patterns', level: 'beginner', media: 'walkthrough', sort: 'title' })
    expect(serializeExploreQuery(state)).toEqual({ q: 'origin run', tags: 's3,testing', type: 'pattern', level: 'beginner', media: 'walkthrough', sort: 'title' })
  })

  it('reads the old video facet (?video=1) as media=video, and writes the new form', () => {
    const state = parseExploreQuery({ video: '1' }, TAGS)
    expect(state).toEqual({ q: '', tags: [], media: 'video' })
    expect(serializeExploreQuery(state)).toEqual({ media: 'video' })
    expect(parseExploreQuery({ video: '1', media: 'walkthrough' }, TAGS).media).toBe('walkthrough')
  })

  it('drops unknown values and duplicates', () => {
    expect(parseExploreQuery({ tags: 's3,nope,S3,,resume', type: 'video', level: 'expert', video: 'yes', media: 'planned', sort: 'random' }, TAGS))
      .toEqual({ q: '', tags: ['s3', 'resume'] })
    expect(parseExploreQuery({ media: 'constructor' }, TAGS)).toEqual({ q: '', tags: [] })
  })

  it('accepts hostile and oversized input without throwing', () => {
    const hostile = parseExploreQuery({ q: '<script>alert(1)</script>\u0000', tags: '%00,\u0000s3' }, TAGS)
    expect(hostile.q).toBe('<script>alert(1)</script>')
    expect(hostile.tags).toEqual(['s3'])
    const huge = parseExploreQuery({ q: 'x'.repeat(10_000), tags: 's3,'.repeat(5000) }, TAGS)
    expect(huge.q).toHaveLength(MAX_QUERY_LENGTH)
    expect(huge.tags).toEqual(['s3'])
    expect(parseExploreQuery({ q: ['a', 'b'], tags: [null], media: undefined }, TAGS)).toEqual({ q: 'a', tags: [] })
    expect(parseExploreQuery({}, TAGS)).toEqual(EMPTY_STATE)
  })

  it('defaults the sort to relevance while searching, else recently updated', () => {
    expect(effectiveSort({ ...EMPTY_STATE, q: 'x' })).toBe('relevance')
    expect(effectiveSort(EMPTY_STATE)).toBe('updated')
    expect(effectiveSort({ ...EMPTY_STATE, sort: 'relevance' })).toBe('updated')
    expect(effectiveSort({ ...EMPTY_STATE, q: 'x', sort: 'title' })).toBe('title')
  })
})

describe('filterDocuments and facetCounts', () => {
  it('requires every selected tag', () => {
    expect(filterDocuments(docs, { ...EMPTY_STATE, tags: ['s3', 'testing'] }, undefined).map(d => d.title)).toEqual(['Alpha'])
  })

  it('combines type, level, media and search scores', () => {
    // Planned videos are not media a reader can play: Alpha and Delta have only those.
    expect(filterDocuments(docs, { ...EMPTY_STATE, media: 'video' }, undefined).map(d => d.title)).toEqual(['Beta'])
    expect(filterDocuments(docs, { ...EMPTY_STATE, media: 'walkthrough' }, undefined).map(d => d.title)).toEqual(['Beta', 'Charlie'])
    expect(filterDocuments(docs, { ...EMPTY_STATE, type: 'patterns', level: 'advanced' }, undefined).map(d => d.title)).toEqual(['Beta'])
    expect(filterDocuments(docs, EMPTY_STATE, new Map([['/deep-dives/c', 1]])).map(d => d.title)).toEqual(['Charlie'])
  })

  it('counts what each facet value would leave', () => {
    const counts = facetCounts(docs, { ...EMPTY_STATE, tags: ['testing'] }, undefined, TAGS)
    expect(counts.tags).toEqual({ 's3': 1, 'resume': 1, 'testing': 2, 'ci-cd': 0 })
    expect(counts.type).toEqual({ patterns: 1, deepDives: 0, projects: 1 })
    expect(counts.level).toEqual({ beginner: 1, intermediate: 0, advanced: 0 })
    expect(counts.media).toEqual({ video: 0, walkthrough: 0 })
    expect(facetCounts(docs, EMPTY_STATE, undefined, TAGS).media).toEqual({ video: 1, walkthrough: 2 })
    expect(facetCounts(docs, { ...EMPTY_STATE, type: 'deepDives', media: 'video' }, undefined, TAGS).media).toEqual({ video: 0, walkthrough: 1 })
  })

  it('counts a single-choice facet as if switched to each value', () => {
    const counts = facetCounts(docs, { ...EMPTY_STATE, type: 'deepDives' }, undefined, TAGS)
    expect(counts.type).toEqual({ patterns: 2, deepDives: 1, projects: 1 })
  })
})

describe('sortDocuments', () => {
  it('sorts by real time, newest first, undated last', () => {
    // 10:00+01:00 is 09:00Z, earlier than Beta's 09:30Z: text order would get this wrong.
    expect(sortDocuments(docs, EMPTY_STATE, undefined).map(d => d.title)).toEqual(['Beta', 'Alpha', 'Delta', 'Charlie'])
  })

  it('sorts by relevance while searching and by title on request', () => {
    const scores = new Map([['/patterns/a', 1], ['/projects/d', 5]])
    expect(sortDocuments(docs.filter(d => scores.has(d.path)), { ...EMPTY_STATE, q: 'x' }, scores).map(d => d.title)).toEqual(['Delta', 'Alpha'])
    expect(sortDocuments(docs, { ...EMPTY_STATE, sort: 'title' }, undefined).map(d => d.title)).toEqual(['Alpha', 'Beta', 'Charlie', 'Delta'])
  })
})

describe('splitHighlights', () => {
  it('marks words that start with a term', () => {
    expect(splitHighlights('Resume a run, not pressure', ['res', 'run'])).toEqual([
      { text: 'Resume', match: true },
      { text: ' a ', match: false },
      { text: 'run', match: true },
      { text: ', not pressure', match: false },
    ])
  })

  it('treats terms as text, not patterns or HTML', () => {
    expect(splitHighlights('a <b> (c)', ['(c', '<b'])).toEqual([
      { text: 'a ', match: false },
      { text: '<b', match: true },
      { text: '> ', match: false },
      { text: '(c', match: true },
      { text: ')', match: false },
    ])
    expect(splitHighlights('plain', [])).toEqual([{ text: 'plain', match: false }])
  })
})
