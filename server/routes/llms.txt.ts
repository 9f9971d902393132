// /llms.txt (https://llmstxt.org): an index of the site for language models, linking each page's Markdown.
export default defineEventHandler(async (event) => {
  const base = siteUrl()
  const { name, description } = siteInfo()
  const pages = await sitePages(event)
  const details = [
    'Each link below is the page\'s Markdown source with its example code included; the HTML page is at the',
    `same path without \`/raw\` and \`.md\` (for example ${absoluteUrl('/raw/patterns.md', base)} is ${absoluteUrl('/patterns', base)}).`,
    `Every page in one file: ${absoluteUrl('/llms-full.txt', base)}.`,
  ].join('\n')
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8')
  return formatLlmsTxt({
    name,
    summary: description,
    details,
    // One section per collection, in registry order (the document kinds, then the site pages).
    sections: COLLECTIONS.collectionNames.map(collection => ({
      title: COLLECTIONS.pluralLabel(collection),
      links: pages.filter(page => page.collection === collection).map(page => ({
        title: page.title,
        url: absoluteUrl(rawUrlForPage(page.path), base),
        description: page.description,
      })),
    })),
  })
})
