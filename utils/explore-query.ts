// The explore page's state and its URL form. Anything may arrive in the URL: parseExploreQuery accepts
// every input and returns a valid state (unknown values dropped, long input cut, nothing thrown).
// Types and levels are read through Maps (the registry's `typeForParam`, `parseLevel`): `?type=constructor`
// (or `__proto__`, `toString`) finds nothing rather than a member of Object.prototype.
import { COLLECTIONS } from '../shared/utils/collections'
import type { DocumentKey } from '../shared/utils/collections'
import { parseLevel } from '../shared/utils/taxonomy'
import type { Level } from '../shared/utils/taxonomy'
import { MEDIA_KINDS } from './media'
import type { MediaKind } from './media'

export const SORTS = ['relevance', 'updated', 'title'] as const
export type ExploreSort = typeof SORTS[number]

export const MAX_QUERY_LENGTH = 100
const MAX_TAGS = 20

export interface ExploreState {
  q: string
  tags: string[]
  type?: DocumentKey
  level?: Level
  /** Only documents with this medium to play today (?media=video|walkthrough); planned videos do not count. */
  media?: MediaKind
  /** undefined means the default: relevance while searching, else recently updated. */
  sort?: ExploreSort
}

export const EMPTY_STATE: ExploreState = Object.freeze({ q: '', tags: [] }) as ExploreState

type QueryValue = string | null | undefined | Array<string | null>

function first(value: QueryValue): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

function clean(text: string): string {
  // Control characters (including %00) never reach the page or the search engine.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001F\u007F]/g, '')
}

export function parseExploreQuery(query: Record<string, QueryValue>, knownTags: readonly string[]): ExploreState {
  const q = clean(first(query.q)).slice(0, MAX_QUERY_LENGTH)
  const tags = [...new Set(clean(first(query.tags)).slice(0, 2000).split(',').map(t => t.trim().toLowerCase()))]
    .filter(t => knownTags.includes(t))
    .slice(0, MAX_TAGS)
  const type = COLLECTIONS.typeForParam(first(query.type))
  const level = parseLevel(first(query.level))
  const sortValue = first(query.sort)
  const sort = (SORTS as readonly string[]).includes(sortValue) ? sortValue as ExploreSort : undefined
  const mediaValue = first(query.media)
  // ?video=1 is the facet's old form (before walkthroughs): it keeps meaning "has a video".
  const legacyVideo = first(query.video) === '1' || first(query.video) === 'true'
  const media = (MEDIA_KINDS as readonly string[]).includes(mediaValue) ? mediaValue as MediaKind : legacyVideo ? 'video' : undefined
  return {
    q,
    tags,
    ...(type ? { type } : {}),
    ...(level ? { level } : {}),
    ...(media ? { media } : {}),
    ...(sort ? { sort } : {}),
  }
}

/** The URL query of a state, without empty parameters, in a stable order. */
export function serializeExploreQuery(state: ExploreState): Record<string, string> {
  const out: Record<string, string> = {}
  if (state.q) out.q = state.q
  if (state.tags.length) out.tags = state.tags.join(',')
  if (state.type) out.type = COLLECTIONS.paramOf(state.type)
  if (state.level) out.level = state.level
  if (state.media) out.media = state.media
  if (state.sort) out.sort = state.sort
  return out
}

export function isFiltered(state: ExploreState): boolean {
  return Boolean(state.q || state.tags.length || state.type || state.level || state.media)
}

export function effectiveSort(state: ExploreState): ExploreSort {
  if (state.sort === 'relevance' && !state.q) return 'updated'
  return state.sort ?? (state.q ? 'relevance' : 'updated')
}
