// Search records from a page's parsed body (Nuxt Content's minimark): one per top-level heading, plus the
// page's intro. Replaces `queryCollectionSearchSections`, whose text extraction joins sibling elements
// with nothing between them, so a table row read "`latest_run`The newest run" and a list of links
// "Client API referenceOrganizing Results": words glued that way are neither found nor shown right.
import type { SearchSection } from './explore-types'

type Node = string | [string, Record<string, unknown> | undefined, ...Node[]]

export interface SearchPage {
  path: string
  title: string
  description?: string
  /** Minimark body as Nuxt Content stores it: `{ type: 'minimark', value: [...] }`. */
  body?: unknown
}

/** Elements that run inside a line of text: their text joins their neighbours' without a space. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var'])
/** Not prose: code blocks (the examples are searchable in their own files) and Shiki's style sheets. */
const IGNORED = new Set(['pre', 'style', 'script'])
const HEADING = /^h([1-6])$/

/**
 * The visible text of a node. Every element that is not inline (paragraphs, list items, table cells,
 * headings, components) is set apart by spaces, so adjacent blocks never run together.
 */
export function textOf(node: Node): string {
  const parts: string[] = []
  const visit = (n: Node) => {
    if (typeof n === 'string') {
      parts.push(n)
      return
    }
    if (!Array.isArray(n)) return
    const [tag, , ...children] = n
    if (IGNORED.has(tag)) return
    if (tag === 'br' || tag === 'hr') {
      parts.push(' ')
      return
    }
    const block = !INLINE.has(tag)
    if (block) parts.push(' ')
    for (const child of children) visit(child)
    if (block) parts.push(' ')
  }
  visit(node)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

function bodyNodes(page: SearchPage): Node[] {
  const body = page.body as { type?: string, value?: unknown } | undefined
  if (body == null) return []
  if (body.type !== 'minimark' || !Array.isArray(body.value)) {
    throw new Error(`search index: ${page.path}: body is not a minimark tree (type ${JSON.stringify(body.type)}); expected { type: 'minimark', value: [...] }`)
  }
  return body.value as Node[]
}

/**
 * The page's sections, split at its top-level headings like Nuxt Content's search sections: the intro
 * (description, then the text before the first heading) has the page path as id, each heading
 * `path#id` with its parent headings as `titles` (without the page title: results are grouped by page).
 */
export function pageSections(page: SearchPage, type: SearchSection['type']): SearchSection[] {
  const base = { path: page.path, page: page.title, type }
  const description = (page.description ?? '').replace(/\s+/g, ' ').trim()
  const sections: SearchSection[] = [{ ...base, id: page.path, title: page.title, titles: [], content: description }]
  // Parent headings, outermost first, by level (index 0 is h1).
  const open: Array<string | undefined> = []
  for (const node of bodyNodes(page)) {
    const [tag, props] = Array.isArray(node) ? node : ['', undefined]
    const level = Number(HEADING.exec(tag)?.[1] ?? 0)
    const id = props?.id
    // A heading without an id cannot be linked to: its text stays in the section it sits in.
    if (level && typeof id === 'string' && id) {
      const title = textOf(node)
      open.length = level - 1
      const titles = open.filter((t): t is string => t !== undefined && t !== page.title)
      sections.push({ ...base, id: `${page.path}#${id}`, title, titles, content: '' })
      open[level - 1] = title
      continue
    }
    const text = textOf(node)
    if (!text) continue
    // Pages often open with their description as the first paragraph: keep it once.
    if (sections.length === 1 && sections[0]!.content === text) continue
    const current = sections[sections.length - 1]!
    current.content = current.content ? `${current.content} ${text}` : text
  }
  return sections
}
