import { COLLECTIONS } from '../shared/utils/collections'
import type { CollectionName } from '../shared/utils/collections'

/** Normalises a route path: no trailing slash (except the root), no query or hash. */
export function normalizePath(path: string): string {
  const clean = path.split(/[?#]/)[0]!.replace(/\/+$/, '')
  return clean || '/'
}

/**
 * The collection that holds the document at a path (section indexes are pages). The registry looks the
 * segment up in a Map: `/constructor/x` finds no member of Object.prototype.
 */
export function collectionForPath(path: string): CollectionName {
  return COLLECTIONS.collectionForPath(normalizePath(path))
}
