import type { ContentNavigationItem } from '@nuxt/content'

export interface SiteSection {
  title: string
  path: string
  order: number
}

/** Top-level sections (from the pages' `navigationTitle` and `order`) and the sidebar tree under them. */
export function useSiteNavigation() {
  return useContentData('site-navigation', async () => {
    const [pages, patterns, deepDives, projects] = await Promise.all([
      queryCollection('pages').select('path', 'title', 'navigationTitle', 'order').all(),
      queryCollection('patterns').select('path', 'title').order('title', 'ASC').all(),
      queryCollection('deepDives').select('path', 'title').order('title', 'ASC').all(),
      queryCollection('projects').select('path', 'title').order('title', 'ASC').all(),
    ])
    const children: Record<string, Array<{ path: string, title: string }>> = {
      '/patterns': patterns,
      '/deep-dives': deepDives,
      '/projects': projects,
    }
    return pages
      .filter(page => page.navigationTitle && typeof page.order === 'number')
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
      .map((page): ContentNavigationItem => ({
        title: page.navigationTitle ?? page.title,
        path: page.path,
        children: children[page.path]?.length ? children[page.path]!.map(c => ({ title: c.title, path: c.path })) : undefined,
      }))
  })
}
