// /feed.xml: RSS 2.0 of every article (the registry's `article` kinds: patterns and deep dives), newest change first, dated by git.
import { Feed } from 'feed'

export default defineEventHandler(async (event) => {
  const base = siteUrl()
  const { name, description } = siteInfo()
  const [pages, { tags }] = await Promise.all([sitePages(event), buildExploreData(event)])
  const labels = new Map(tags.map(tag => [tag.slug, tag.label]))
  // Without git history (a shallow clone, an export without .git) there is no true date, so the build
  // time stands in: a feed item must have one. Pages say "history not available" in that case.
  const buildTime = new Date()
  const items = pages
    .filter(page => COLLECTIONS.isArticle(page.collection))
    .map(page => ({ page, date: page.updated ? new Date(page.updated) : buildTime }))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.page.title.localeCompare(b.page.title))

  const feed = new Feed({
    title: name,
    description,
    id: `${base}/`,
    link: `${base}/`,
    language: 'en',
    updated: items[0]?.date ?? buildTime,
    generator: false,
    feedLinks: { rss: absoluteUrl('/feed.xml', base) },
    copyright: `${name} contributors`,
  })
  for (const { page, date } of items) {
    const link = absoluteUrl(page.path, base)
    feed.addItem({
      title: page.title,
      id: link,
      link,
      description: page.description,
      date,
      category: page.tags.map(slug => ({ name: labels.get(slug) ?? slug, domain: absoluteUrl(`/tags/${slug}`, base) })),
    })
  }
  setResponseHeader(event, 'content-type', 'application/rss+xml; charset=utf-8')
  return feed.rss2()
})
