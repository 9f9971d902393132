// /llms.txt (https://llmstxt.org): an index of the site for language models, linking each page's Markdown.
import type { DocumentCollection } from '../../utils/routes'

const SECTIONS: Array<[DocumentCollection, string]> = [
  ['patterns', 'Patterns'],
  ['deepDives', 'Deep dives'],
  ['projects', 'Projects'],
  ['pages', 'Site pages'],
]

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
    sections: SECTIONS.map(([collection, title]) => ({
      title,
      links: pages.filter(page => page.collection === collection).map(page => ({
        title: page.title,
        url: absoluteUrl(rawUrlForPage(page.path), base),
        description: page.description,
      })),
    })),
  })
})
