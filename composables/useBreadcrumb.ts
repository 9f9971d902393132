import type { BreadcrumbItem } from '@nuxt/ui'

/** Home › section › page, with the section taken from the site navigation. */
export function useBreadcrumb(page: () => { path: string, title: string }) {
  const { data: navigation } = useSiteSections()
  return computed<Array<BreadcrumbItem & { label: string }>>(() => {
    const { path, title } = page()
    const items: Array<BreadcrumbItem & { label: string }> = [{ label: 'Home', to: '/' }]
    const section = (navigation.value ?? []).find(s => path !== s.path && path.startsWith(`${s.path}/`))
    if (section) items.push({ label: String(section.title), to: section.path })
    if (path !== '/') items.push({ label: title })
    return items
  })
}
