import type { AsyncData, NuxtError } from '#app'

/**
 * useAsyncData for content queries that must never run in the browser of the built site: reading pages run no
 * app there, /explore carries its data inline, and a query would download the SQLite WASM and a sql_dump.
 * In the browser of the built site it resolves to null. In `nuxt dev`
 * the browser may query, as authors expect hot reload.
 */
export function useContentData<T>(key: string, query: () => Promise<T>): AsyncData<T | null, NuxtError | undefined> {
  return useAsyncData<T | null>(key, () => (import.meta.client && !import.meta.dev ? Promise.resolve(null) : query())) as AsyncData<T | null, NuxtError | undefined>
}
