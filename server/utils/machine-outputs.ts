// Pure formatting of the machine-readable outputs (sitemap.xml, robots.txt, llms.txt, llms-full.txt),
// kept apart from the routes so it is unit tested without a build.

export interface SitemapEntry {
  loc: string
  /** ISO date of the last git commit, when known; omitted otherwise rather than invented. */
  lastmod?: string
}

export interface LlmsLink {
  title: string
  url: string
  description?: string
}

export interface LlmsSection {
  title: string
  links: LlmsLink[]
}

export interface LlmsPage {
  title: string
  url: string
  description?: string
  markdown: string
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '\'': '&apos;', '"': '&quot;' })[c]!)
}

/** The latest of some ISO dates, or undefined when there is none. */
export function newestDate(dates: Array<string | undefined>): string | undefined {
  let newest: string | undefined
  for (const date of dates) {
    if (date && (!newest || Date.parse(date) > Date.parse(newest))) newest = date
  }
  return newest
}

export function formatSitemap(entries: SitemapEntry[]): string {
  const urls = entries.map(({ loc, lastmod }) =>
    `  <url>\n    <loc>${escapeXml(loc)}</loc>\n${lastmod ? `    <lastmod>${escapeXml(lastmod)}</lastmod>\n` : ''}  </url>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

export function formatRobots(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`
}

// Link text and descriptions are single lines: a newline or bracket would end the Markdown list item early.
const inline = (text: string) => text.replace(/\s+/g, ' ').trim()
const linkText = (text: string) => inline(text).replace(/([[\]\\])/g, '\\$1')

/** llms.txt (https://llmstxt.org): H1 name, blockquote summary, optional details, H2 sections of links. */
export function formatLlmsTxt(options: { name: string, summary: string, details?: string, sections: LlmsSection[] }): string {
  const parts = [`# ${inline(options.name)}`, `> ${inline(options.summary)}`]
  if (options.details) parts.push(options.details.trim())
  for (const section of options.sections) {
    if (!section.links.length) continue
    const lines = section.links.map(link =>
      `- [${linkText(link.title)}](${link.url})${link.description ? `: ${inline(link.description)}` : ''}`)
    parts.push(`## ${inline(section.title)}\n\n${lines.join('\n')}`)
  }
  return `${parts.join('\n\n')}\n`
}

/** Front matter removed: llms-full.txt gives each page a title heading and URL instead. */
export function stripFrontMatter(markdown: string): string {
  return markdown.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '')
}

/** Every page's Markdown in one file, each under a separator with its title, URL and description. */
export function formatLlmsFull(options: { name: string, summary: string, pages: LlmsPage[] }): string {
  const header = `# ${inline(options.name)}\n\n> ${inline(options.summary)}`
  const pages = options.pages.map((page) => {
    const meta = [`# ${inline(page.title)}`, `Source: ${page.url}`]
    if (page.description) meta.push(`> ${inline(page.description)}`)
    return `${meta.join('\n\n')}\n\n${stripFrontMatter(page.markdown).trim()}`
  })
  return `${[header, ...pages].join('\n\n---\n\n')}\n`
}
