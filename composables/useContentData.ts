import type { AsyncData, NuxtError } from '#app'

/**
 * useAsyncData for content queries that must never run in the browser of the built site: there the data
 * comes from the prerendered payload, and a query would download the SQLite WASM and a sql_dump.
 * A route without a payload (an unknown path) gets null and shows the 404 page instead. In `nuxt dev`
 * the browser may query, as authors expect hot reload.
 */
export function useContentData<T>(key: string, query: () => Promise<T>): AsyncData<T | null, NuxtError | undefined> {
  return useAsyncData<T | null>(key, () => (import.meta.client && !import.meta.dev ? Promise.resolve(null) : query())) as AsyncData<T | null, NuxtError | undefined>
}
