import type { DocumentKey } from '../shared/utils/collections'
import type { DocumentFields } from './content-schema'
import type { ExploreDocument } from './explore-types'
import type { FileHistory } from './git-log'
import type { WalkthroughPage } from './walkthrough-page'

/** What the build adds to a page's `meta` (modules/git-history, modules/content-checks). */
export interface PageMeta {
  history?: FileHistory
  readingMinutes?: number
  /** The terminal walkthrough's chapters and transcript (modules/content-checks, utils/walkthrough-page.ts). */
  walkthrough?: WalkthroughPage
}

/** The build's additions to a page: the one place `meta`, which Nuxt Content types loosely, is read. */
export function pageMeta(page: { meta?: unknown }): PageMeta {
  return (page.meta ?? {}) as PageMeta
}

/** A document of any kind as a collection query returns it (the generated item types fit it without a cast). */
export type DocumentItem = DocumentFields & { path: string, title: string, description: string, meta?: unknown }

/** A document of a collection as the short record that explore rows and document cards show. */
export function toDocumentCard(doc: DocumentItem, type: DocumentKey): ExploreDocument {
  const meta = pageMeta(doc)
  return {
    path: doc.path,
    title: doc.title,
    description: doc.description,
    type,
    tags: doc.tags ?? [],
    ...(doc.level ? { level: doc.level } : {}),
    ...(doc.format ? { format: doc.format } : {}),
    ...(doc.video ? { video: { status: doc.video.status, ...(doc.video.duration ? { duration: doc.video.duration } : {}) } } : {}),
    ...(meta.walkthrough ? { walkthrough: { duration: meta.walkthrough.durationText } } : {}),
    ...(meta.history?.updated ? { updated: meta.history.updated } : {}),
    readingMinutes: meta.readingMinutes ?? 1,
    ...(doc.deepDives?.length ? { deepDives: doc.deepDives } : {}),
    ...(doc.related?.length ? { related: doc.related } : {}),
    ...(doc.metaflow ? { metaflow: doc.metaflow } : {}),
  }
}
