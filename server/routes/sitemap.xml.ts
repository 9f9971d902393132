// /sitemap.xml: every page of the site, with <lastmod> from git where the page has a file of its own.
import type { SitemapEntry } from '../utils/machine-outputs'

export default defineEventHandler(async (event) => {
  const base = siteUrl()
  const [pages, { tags }] = await Promise.all([sitePages(event), buildExploreData(event)])
  const documents = pages.filter(page => page.collection !== 'pages')
  // Explore and tag pages are lists of documents: they change when one of their documents does.
  const entries: SitemapEntry[] = [
    ...pages.map(page => ({ loc: absoluteUrl(page.path, base), lastmod: page.updated })),
    { loc: absoluteUrl('/explore', base), lastmod: newestDate(documents.map(d => d.updated)) },
    { loc: absoluteUrl('/tags', base), lastmod: newestDate(documents.map(d => d.updated)) },
    ...tags.map(tag => ({
      loc: absoluteUrl(`/tags/${tag.slug}`, base),
      lastmod: newestDate(documents.filter(d => d.tags.includes(tag.slug)).map(d => d.updated)),
    })),
  ]
  setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8')
  return formatSitemap(entries)
})
