export type DocumentCollection = 'pages' | 'patterns' | 'deepDives' | 'projects'

// A Map: a path segment from the URL (`/constructor/x`) must not find a member of Object.prototype.
const SECTIONS: ReadonlyMap<string, DocumentCollection> = new Map([
  ['patterns', 'patterns'],
  ['deep-dives', 'deepDives'],
  ['projects', 'projects'],
])

/** Normalises a route path: no trailing slash (except the root), no query or hash. */
export function normalizePath(path: string): string {
  const clean = path.split(/[?#]/)[0]!.replace(/\/+$/, '')
  return clean || '/'
}

/** The collection that holds the document at a path (section indexes are pages). */
export function collectionForPath(path: string): DocumentCollection {
  const parts = normalizePath(path).split('/').filter(Boolean)
  return (parts.length === 2 && SECTIONS.get(parts[0]!)) || 'pages'
}

/** Human label of a collection, as shown in breadcrumbs and badges. */
export const COLLECTION_LABELS: Record<DocumentCollection, string> = {
  pages: 'Page',
  patterns: 'Pattern',
  deepDives: 'Deep dive',
  projects: 'Project',
}
