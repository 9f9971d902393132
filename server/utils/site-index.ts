import type { H3Event } from 'h3'
import { queryCollection, queryCollectionSearchSections } from '@nuxt/content/server'
import type { DocumentType, ExploreData, ExploreDocument, SearchSection } from '../../utils/explore-types'
import { toDocumentCard } from '../../utils/document-card'

const TYPES = ['patterns', 'deepDives', 'projects'] as const satisfies readonly DocumentType[]

/** Every pattern, deep dive and project as an explore row, read from the collections at build time. */
export async function exploreDocuments(event: H3Event): Promise<ExploreDocument[]> {
  const lists = await Promise.all(TYPES.map(async (type) => {
    const docs = await queryCollection(event, type).all()
    return docs.map(doc => toDocumentCard(doc as Parameters<typeof toDocumentCard>[0], type))
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
  const collections = ['pages', ...TYPES] as const
  const lists = await Promise.all(collections.map(async (collection) => {
    const [docs, sections] = await Promise.all([
      queryCollection(event, collection).select('path', 'title').all(),
      queryCollectionSearchSections(event, collection, { ignoredTags: ['pre', 'style', 'script'] }),
    ])
    const titles = new Map(docs.map(d => [d.path, d.title]))
    return sections.map((section): SearchSection => {
      const path = section.id.split('#')[0]!
      const page = titles.get(path) ?? section.title
      return {
        id: section.id,
        path,
        page,
        type: collection === 'pages' ? 'page' : collection,
        title: section.title,
        // Results are grouped by page, so the page title is not repeated as a parent heading.
        titles: section.titles.filter(t => t !== page),
        content: section.content.replace(/\s+/g, ' ').trim(),
      }
    })
  }))
  return lists.flat()
}
