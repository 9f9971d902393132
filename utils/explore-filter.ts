// Filtering, facet counts and sorting of the explore list: pure, so it is unit tested and runs the same
// on the server (full list) and in the browser.
import { COLLECTIONS } from '../shared/utils/collections'
import type { DocumentKey } from '../shared/utils/collections'
import { LEVELS } from '../shared/utils/taxonomy'
import type { Level } from '../shared/utils/taxonomy'
import type { ExploreDocument } from './explore-types'
import { effectiveSort } from './explore-query'
import type { ExploreState } from './explore-query'
import { MEDIA_KINDS, playableMedia } from './media'
import type { MediaKind } from './media'

/** Search scores by document path; undefined when there is no search term. */
export type SearchScores = Map<string, number> | undefined

function matches(doc: ExploreDocument, state: ExploreState, scores: SearchScores): boolean {
  if (scores && !scores.has(doc.path)) return false
  if (state.type && doc.type !== state.type) return false
  if (state.level && doc.level !== state.level) return false
  if (state.media && !playableMedia(doc).includes(state.media)) return false
  return state.tags.every(tag => doc.tags.includes(tag))
}

export function filterDocuments(docs: ExploreDocument[], state: ExploreState, scores: SearchScores): ExploreDocument[] {
  return docs.filter(doc => matches(doc, state, scores))
}

export function sortDocuments(docs: ExploreDocument[], state: ExploreState, scores: SearchScores): ExploreDocument[] {
  const sort = effectiveSort(state)
  const byTitle = (a: ExploreDocument, b: ExploreDocument) => a.title.localeCompare(b.title)
  return [...docs].sort((a, b) => {
    if (sort === 'relevance' && scores) return (scores.get(b.path) ?? 0) - (scores.get(a.path) ?? 0) || byTitle(a, b)
    if (sort === 'updated') {
      // Documents without a date (no git history) go last; ISO dates compare as time, not text.
      const ta = a.updated ? Date.parse(a.updated) : -Infinity
      const tb = b.updated ? Date.parse(b.updated) : -Infinity
      return tb - ta || byTitle(a, b)
    }
    return byTitle(a, b)
  })
}

export interface FacetCounts {
  type: Record<DocumentKey, number>
  level: Record<Level, number>
  tags: Record<string, number>
  /** Documents with each medium a reader can play today. */
  media: Record<MediaKind, number>
}

/**
 * How many results each facet value would leave if the reader picked it, given every other filter.
 * Tags narrow (all selected tags must match), so a tag's count is the result with that tag added.
 */
export function facetCounts(docs: ExploreDocument[], state: ExploreState, scores: SearchScores, allTags: readonly string[]): FacetCounts {
  const count = (next: ExploreState) => docs.filter(doc => matches(doc, next, scores)).length
  return {
    type: Object.fromEntries(COLLECTIONS.documentKeys.map(type => [type, count({ ...state, type })])) as Record<DocumentKey, number>,
    level: Object.fromEntries(LEVELS.map(level => [level, count({ ...state, level })])) as Record<Level, number>,
    tags: Object.fromEntries(allTags.map(tag => [tag, count({ ...state, tags: state.tags.includes(tag) ? state.tags : [...state.tags, tag] })])),
    media: Object.fromEntries(MEDIA_KINDS.map(media => [media, count({ ...state, media })])) as Record<MediaKind, number>,
  }
}
