import type { H3Event } from 'h3'
import { queryCollection } from '@nuxt/content/server'
import { pageSections } from '../../utils/search-text'
import { buildSearchFiles } from './search-files'
import type { SearchFiles } from './search-files'
import type { ExploreData, ExploreDocument, SearchSection } from '../../utils/explore-types'
import { toDocumentCard } from '../../utils/document-card'
import { COLLECTIONS } from '../../shared/utils/collections'

/** Every pattern, deep dive and project as an explore row, read from the collections at build time. */
export async function exploreDocuments(event: H3Event): Promise<ExploreDocument[]> {
  const lists = await Promise.all(COLLECTIONS.documentKeys.map(async (type) => {
    const docs = await queryCollection(event, type).all()
    return docs.map(doc => toDocumentCard(doc, type))
  }))
  return lists.flat().sort((a, b) => a.title.localeCompare(b.title))
}

/** The explore list and the tag registry, as one prerendered JSON file. */
export async function buildExploreData(event: H3Event): Promise<ExploreData> {
  const [documents, registry] = await Promise.all([exploreDocuments(event), queryCollection(event, 'tags').first()])
  const tags = (registry?.tags ?? []).map(({ slug, label, description }) => ({ slug, label, description }))
  return { documents, tags }
}

/** One record per heading of every page (plus its intro), for the Ctrl+K search and explore search. */
export async function buildSearchSections(event: H3Event): Promise<SearchSection[]> {
  const lists = await Promise.all(['pages' as const, ...COLLECTIONS.documentKeys].map(async (collection) => {
    const docs = await queryCollection(event, collection).where('extension', '=', 'md').order('stem', 'ASC').select('path', 'title', 'description', 'body').all()
    return docs.flatMap(doc => pageSections(doc, collection === 'pages' ? 'page' : collection))
  }))
  return lists.flat()
}

// Built once per prerender (the manifest and every file come from one build). In development each manifest
// request rebuilds, and the last few builds are kept so that files of the manifest a reader has still load.
const builds = new Map<string, SearchFiles>()
let latest: Promise<SearchFiles> | undefined

/** The search files of the site's content; `version` asks for the build a manifest named. */
export async function searchFiles(event: H3Event, version?: string): Promise<SearchFiles> {
  const known = version ? builds.get(version) : undefined
  if (known) return known
  if (!latest || (import.meta.dev && !version)) {
    latest = buildSearchSections(event).then(sections => buildSearchFiles(sections))
    latest.catch(() => (latest = undefined))
  }
  const built = await latest
  builds.set(built.manifest.version, built)
  while (builds.size > 3) builds.delete(builds.keys().next().value!)
  return built
}
