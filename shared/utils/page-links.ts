// The links every content page derives from its route or its source file, each built here once.

/** The raw Markdown URL of a page route: `/` -> `/raw/index.md`, `/patterns` -> `/raw/patterns.md`. */
export function rawUrlForPage(path: string): string {
  const clean = path.split(/[?#]/)[0]!.replace(/\/+$/, '')
  return clean ? `/raw${clean}.md` : '/raw/index.md'
}

/** A content page's source file in the repository: `content/patterns/x.md`. */
export function contentSourcePath(page: { stem: string, extension: string }): string {
  return `content/${page.stem}.${page.extension}`
}

/** "View source" (`blob`) or "Edit this page" (`edit`) of a file; undefined when the build has no repository. */
export function repositoryFileUrl(repository: { url?: string, branch?: string }, action: 'blob' | 'edit' | 'tree', file: string): string | undefined {
  return repository.url ? `${repository.url}/${action}/${repository.branch}/${file}` : undefined
}

export interface BreadcrumbLink {
  label: string
  to?: string
}

/** Home › section › page: the section is the top-level section (`{ title, path }`) whose path the page is under. */
export function breadcrumbFor(page: { path: string, title: string }, sections: ReadonlyArray<{ title: string, path: string }>): BreadcrumbLink[] {
  const items: BreadcrumbLink[] = [{ label: 'Home', to: '/' }]
  const section = sections.find(s => page.path !== s.path && page.path.startsWith(`${s.path}/`))
  if (section) items.push({ label: section.title, to: section.path })
  if (page.path !== '/') items.push({ label: page.title })
  return items
}
