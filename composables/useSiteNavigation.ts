import type { ContentNavigationItem } from '@nuxt/content'

/** Documents a sidebar lists for its section before linking to the section index instead. */
export const SIDEBAR_CAP = 30

export interface SiteSection {
  title: string
  path: string
}

async function querySections(): Promise<SiteSection[]> {
  const pages = await queryCollection('pages').select('path', 'title', 'navigationTitle', 'order').all()
  return pages
    .filter(page => page.navigationTitle && typeof page.order === 'number')
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .map(page => ({ title: page.navigationTitle ?? page.title, path: page.path }))
}

/** The top-level sections (pages with a `navigationTitle` and an `order`): a handful of links. */
export function useSiteSections() {
  return useContentData('site-sections', querySections)
}

/**
 * The sidebar of one page: every section as a link, and under the current section at most SIDEBAR_CAP of its
 * documents, the current page's neighbours first, so what a page carries does not grow with the site.
 */
export function useSiteNavigation(path: MaybeRefOrGetter<string>) {
  const current = toValue(path)
  return useContentData(`site-navigation:${current}`, async () => {
    const sections = await querySections()
    const section = sections.find(s => current === s.path || current.startsWith(`${s.path}/`))
    // The registry says which kind of document a section index lists (`/deep-dives` -> deepDives).
    const collection = section ? COLLECTIONS.collectionOfSection(section.path) : undefined
    const documents = collection
      ? await queryCollection(collection).select('path', 'title').order('title', 'ASC').all()
      : []
    return sections.map((s): ContentNavigationItem & { total?: number } => {
      if (s !== section || !documents.length) return { title: s.title, path: s.path }
      return { title: s.title, path: s.path, total: documents.length, children: sidebarWindow(documents, current, SIDEBAR_CAP) }
    })
  })
}
