import type { BreadcrumbItem } from '@nuxt/ui'

/** Home › section › page (breadcrumbFor), with the sections taken from the site navigation. */
export function useBreadcrumb(page: () => { path: string, title: string }) {
  const { data: sections } = useSiteSections()
  return computed<Array<BreadcrumbItem & BreadcrumbLink>>(() => breadcrumbFor(page(), sections.value ?? []))
}
