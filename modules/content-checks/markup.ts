// Parses a Markdown file with the same parser and plugins Nuxt Content uses (@nuxtjs/mdc's defaults: MDC
// syntax, GFM, raw HTML through rehype-raw) into a hast tree that keeps line numbers, for
// markup-check.ts. Parsed before includes are expanded, so the lines are the file's own.
import { createParseProcessor } from '@nuxtjs/mdc/runtime/parser/index'
import { checkMarkup } from './markup-check'
import type { MarkupNode } from './markup-check'

let processor: ReturnType<typeof createParseProcessor> | undefined

/** The hast tree of a Markdown file; front matter is blanked out line for line so positions stay true. */
export async function markdownTree(markdown: string): Promise<MarkupNode> {
  processor ??= createParseProcessor({ highlight: false })
  const parser = await processor
  const text = markdown.replace(/\r\n/g, '\n').replace(/^---\n[\s\S]*?\n---[ \t]*(?:\n|$)/, block => block.replace(/[^\n]/g, ''))
  // run() applies every remark and rehype transform but not MDC's compiler, which would drop positions
  // and silently strip some of what the check reports.
  return await parser.run(parser.parse(text)) as unknown as MarkupNode
}

/** Problems (file:line, markup, what is allowed) with the raw HTML and URLs in one Markdown file. */
export async function checkMarkdownMarkup(file: string, markdown: string, components: readonly string[], isElement: (tag: string) => boolean): Promise<string[]> {
  return checkMarkup(file, await markdownTree(markdown), components, isElement)
}
