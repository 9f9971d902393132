// Every content page with what the machine-readable outputs need, read from the collections at build time.
import type { H3Event } from 'h3'
import { queryCollection } from '@nuxt/content/server'
import type { CollectionName } from '../../shared/utils/collections'
import { pageMeta } from '../../utils/document-card'

export interface SitePage {
  path: string
  title: string
  description: string
  collection: CollectionName
  tags: string[]
  /** ISO date of the file's last git commit; absent when history is not available. */
  updated?: string
}

/** Site pages (home, Learn, section indexes), then patterns, deep dives and projects, each by title. */
export async function sitePages(event: H3Event): Promise<SitePage[]> {
  const [pages, explore] = await Promise.all([queryCollection(event, 'pages').all(), buildExploreData(event)])
  const own = pages.map((page): SitePage => {
    const updated = pageMeta(page).history?.updated
    return {
      path: page.path,
      title: page.title,
      description: page.description,
      collection: 'pages',
      tags: [],
      ...(updated ? { updated } : {}),
    }
  }).sort((a, b) => a.path.localeCompare(b.path))
  const documents = explore.documents.map((doc): SitePage => ({
    path: doc.path,
    title: doc.title,
    description: doc.description,
    collection: doc.type,
    tags: doc.tags,
    ...(doc.updated ? { updated: doc.updated } : {}),
  }))
  return [...own, ...documents]
}

/** The site's name and one-line summary from app.config.ts. */
export function siteInfo(): { name: string, description: string } {
  const site = (useAppConfig() as { site?: { name?: string, description?: string } }).site ?? {}
  return {
    name: site.name ?? 'Metaflow Patterns',
    description: site.description ?? 'MLOps patterns for Metaflow.',
  }
}
