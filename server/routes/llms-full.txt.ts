// /llms-full.txt: the Markdown of every page (includes expanded) in one file, in llms.txt section order.
export default defineEventHandler(async (event) => {
  const base = siteUrl()
  const root = process.cwd()
  const { name, description } = siteInfo()
  const known = new Set(siteStems(root))
  const order: string[] = COLLECTIONS.collectionNames
  const pages = []
  for (const page of (await sitePages(event)).sort((a, b) => order.indexOf(a.collection) - order.indexOf(b.collection))) {
    const stem = stemForRawPath(rawUrlForPage(page.path).slice('/raw/'.length), known)
    const markdown = stem ? await rawMarkdown(stem) : undefined
    if (markdown !== undefined) pages.push({ title: page.title, url: absoluteUrl(page.path, base), description: page.description, markdown })
  }
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8')
  return formatLlmsFull({ name, summary: description, pages })
})
