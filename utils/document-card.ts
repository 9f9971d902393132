import type { DocumentType, ExploreDocument } from './explore-types'

interface CollectionDocument {
  path: string
  title: string
  description: string
  tags?: string[]
  level?: ExploreDocument['level']
  format?: ExploreDocument['format']
  video?: { status: 'published' | 'planned', duration?: string }
  deepDives?: string[]
  related?: string[]
  metaflow?: string
  meta?: unknown
}

/** A document of a collection as the short record that explore rows and document cards show. */
export function toDocumentCard(doc: CollectionDocument, type: DocumentType): ExploreDocument {
  const meta = (doc.meta ?? {}) as { history?: { updated?: string }, readingMinutes?: number }
  return {
    path: doc.path,
    title: doc.title,
    description: doc.description,
    type,
    tags: doc.tags ?? [],
    ...(doc.level ? { level: doc.level } : {}),
    ...(doc.format ? { format: doc.format } : {}),
    ...(doc.video ? { video: { status: doc.video.status, ...(doc.video.duration ? { duration: doc.video.duration } : {}) } } : {}),
    ...(meta.history?.updated ? { updated: meta.history.updated } : {}),
    readingMinutes: meta.readingMinutes ?? 1,
    ...(doc.deepDives?.length ? { deepDives: doc.deepDives } : {}),
    ...(doc.related?.length ? { related: doc.related } : {}),
    ...(doc.metaflow ? { metaflow: doc.metaflow } : {}),
  }
}
