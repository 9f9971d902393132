// Reads and transforms of Nuxt Content's parsed body (minimark) for the content modules, on the one tree walker
// (utils/minimark.ts, shared with the server).
import { SKIP, visitMinimark as visit } from '../../utils/minimark'
import type { MinimarkElement, MinimarkNode } from '../../utils/minimark'

export { collectComponentProps, SKIP, visitMinimark as visit } from '../../utils/minimark'
export type { MinimarkElement, MinimarkNode } from '../../utils/minimark'

/** Calls `enter` for every element (not text) with its tag and props. */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a visitor may return nothing
function visitElements(tree: unknown, enter: (node: MinimarkElement, tag: string, props: Record<string, unknown>) => void | typeof SKIP): void {
  visit(tree, node => Array.isArray(node) ? enter(node, node[0], node[1] ?? {}) : undefined)
}

const HEADING = /^h[2-4]$/

/** Ids of every h2-h4 in the body, in order. */
export function collectHeadingIds(body: unknown): string[] {
  const ids: string[] = []
  visitElements(body, (_node, tag, props) => {
    if (HEADING.test(tag) && typeof props.id === 'string') ids.push(props.id)
  })
  return ids
}

/** Every h2-h4 in the body, in order, with its id and its text (inline code and links as their text). */
export function collectHeadings(body: unknown): Array<{ id: string, text: string }> {
  const headings: Array<{ id: string, text: string }> = []
  visitElements(body, (node, tag, props) => {
    if (!HEADING.test(tag) || typeof props.id !== 'string') return
    headings.push({ id: props.id, text: textOf(node).trim() })
    return SKIP
  })
  return headings
}

/** All text of the body, code included, for word counts. */
export function collectText(body: unknown): string {
  const parts: string[] = []
  visit(body, (node) => {
    if (typeof node === 'string') parts.push(node)
  })
  return parts.join(' ')
}

/** Every tag in the body (HTML elements and MDC components), each once. */
export function collectTags(body: unknown): Set<string> {
  const tags = new Set<string>()
  visitElements(body, (_node, tag) => {
    tags.add(tag)
  })
  return tags
}

/** The text of an element (its descendants' strings, joined without spaces). */
function textOf(element: MinimarkElement): string {
  const parts: string[] = []
  visit(element.slice(2), (node) => {
    if (typeof node === 'string') parts.push(node)
  })
  return parts.join('')
}

function containsTag(element: MinimarkElement, tag: string): boolean {
  let found = false
  visitElements(element.slice(2), (_node, name) => {
    if (name === tag) found = true
  })
  return found
}

/** Sources of the images (`img` elements) without alt text. */
export function imagesWithoutAlt(body: unknown): string[] {
  const missing: string[] = []
  visitElements(body, (_node, tag, props) => {
    if (tag === 'img' && !(typeof props.alt === 'string' && props.alt.trim())) missing.push(String(props.src ?? ''))
  })
  return missing
}

/**
 * Gives every image without alt text the alt from the image registry (content/images.yml), so Markdown
 * kept byte-identical (the seed's raw <img> tags) still renders accessible images. Returns the sources
 * that have neither.
 */
export function fillImageAlts(body: unknown, alts: ReadonlyMap<string, string>): string[] {
  const missing: string[] = []
  visitElements(body, (node, tag, props) => {
    if (tag !== 'img' || !node[1] || (typeof props.alt === 'string' && props.alt.trim())) return
    const src = String(props.src ?? '')
    const alt = alts.get(src)
    if (alt) props.alt = alt
    else missing.push(src)
  })
  return missing
}

/**
 * Wraps the text of every h2-h4 that has an id in a link to itself (`<h2 id="x"><a href="#x">…</a></h2>`),
 * at build time, so headings need no component in the browser. A heading that already holds a link is
 * left alone (links cannot nest). Changes the body in place and returns how many headings it wrapped.
 */
export function addHeadingAnchors(body: unknown): number {
  let wrapped = 0
  visitElements(body, (node, tag, props) => {
    if (!HEADING.test(tag) || typeof props.id !== 'string') return
    const children = node.length - 2
    if (children && !containsTag(node, 'a')) {
      node.splice(2, children, ['a', { href: `#${props.id}`, class: 'heading-anchor' }, ...node.slice(2) as MinimarkNode[]])
      wrapped++
    }
    return SKIP
  })
  return wrapped
}

/**
 * Names every table after its column headings ("Table: Situation, Use resume?, Why"; "Table 2: …" when two
 * tables share them), as a `label` prop: wide tables scroll in a keyboard-focusable region that needs a
 * unique name. Changes the body in place.
 */
export function labelTables(body: unknown): void {
  const seen = new Map<string, number>()
  visitElements(body, (node, tag, props) => {
    if (tag !== 'table') return
    const headings: string[] = []
    visitElements(node.slice(2), (th, name) => {
      if (name !== 'th') return
      headings.push(textOf(th).trim())
      return SKIP
    })
    const name = headings.filter(Boolean).join(', ') || 'untitled'
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    node[1] = { ...props, label: `Table${count > 1 ? ` ${count}` : ''}: ${name}` }
    return SKIP
  })
}

/** Root-relative image sources (`/content/...`) of images that have no height yet: the ones to size. */
function needsSize(tag: string, props: Record<string, unknown>): string | undefined {
  const src = String(props.src ?? '')
  return tag === 'img' && src.startsWith('/') && !src.startsWith('//') && props.height == null ? src : undefined
}

/** The image sources fillImageSizes would size, for the checks to look up before it runs. */
export function imagesToSize(body: unknown): string[] {
  const srcs: string[] = []
  visitElements(body, (node, tag, props) => {
    const src = node[1] ? needsSize(tag, props) : undefined
    if (src) srcs.push(src)
  })
  return srcs
}

/**
 * Gives every root-relative image (`/content/...`) its intrinsic width and height, so that the page keeps
 * its layout while images load. An author's width is kept and the height follows the image's ratio.
 * `sizeOf` reads an image by its src (undefined when the file is missing or unreadable). Changes the body
 * in place; returns the srcs it could not size.
 */
export function fillImageSizes(body: unknown, sizeOf: (src: string) => { width: number, height: number } | undefined): string[] {
  const unsized: string[] = []
  visitElements(body, (node, tag, props) => {
    const src = node[1] ? needsSize(tag, props) : undefined
    if (!src) return
    const size = sizeOf(src)
    if (!size) {
      unsized.push(src)
      return
    }
    const width = Number(props.width) > 0 ? Number(props.width) : size.width
    props.width = String(width)
    props.height = String(Math.round(width * size.height / size.width))
  })
  return unsized
}
