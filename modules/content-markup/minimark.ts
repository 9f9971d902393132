// Helpers over Nuxt Content's parsed body (minimark: nodes are [tag, props, ...children]).
type Node = string | [string, Record<string, unknown>, ...Node[]]

interface MinimarkBody { value?: Node[] }

function walk(nodes: Node[] | undefined, visit: (tag: string, props: Record<string, unknown>) => void) {
  for (const node of nodes ?? []) {
    if (!Array.isArray(node)) continue
    const [tag, props, ...children] = node
    visit(tag, props ?? {})
    walk(children as Node[], visit)
  }
}

/** Ids of every h2-h4 in the body, in order. */
export function collectHeadingIds(body: unknown): string[] {
  const ids: string[] = []
  walk((body as MinimarkBody)?.value, (tag, props) => {
    if (/^h[2-4]$/.test(tag) && typeof props.id === 'string') ids.push(props.id)
  })
  return ids
}

/** Every h2-h4 in the body, in order, with its id and its text (inline code and links as their text). */
export function collectHeadings(body: unknown): Array<{ id: string, text: string }> {
  const headings: Array<{ id: string, text: string }> = []
  const visit = (nodes: Node[] | undefined) => {
    for (const node of nodes ?? []) {
      if (!Array.isArray(node)) continue
      const [tag, props, ...children] = node
      if (/^h[2-4]$/.test(tag) && typeof props?.id === 'string') headings.push({ id: props.id, text: textOf(children as Node[]).trim() })
      else visit(children as Node[])
    }
  }
  visit((body as MinimarkBody)?.value)
  return headings
}

/** Props of each use of an MDC component, with `:prop` JSON values decoded. */
export function collectComponentProps(body: unknown, component: string): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = []
  walk((body as MinimarkBody)?.value, (tag, props) => {
    if (tag !== component) return
    const decoded: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(props)) {
      if (key.startsWith(':') && typeof value === 'string') {
        try {
          decoded[key.slice(1)] = JSON.parse(value)
        }
        catch {
          decoded[key.slice(1)] = value
        }
      }
      else {
        decoded[key] = value
      }
    }
    found.push(decoded)
  })
  return found
}

/** All text of the body, code included, for word counts. */
export function collectText(body: unknown): string {
  const parts: string[] = []
  const visit = (nodes: Node[] | undefined) => {
    for (const node of nodes ?? []) {
      if (typeof node === 'string') parts.push(node)
      else if (Array.isArray(node)) visit(node.slice(2) as Node[])
    }
  }
  visit((body as MinimarkBody)?.value)
  return parts.join(' ')
}

/**
 * Gives every image without alt text the alt from the image registry (content/images.yml), so Markdown
 * kept byte-identical (the seed's raw <img> tags) still renders accessible images. Returns the sources
 * that have neither.
 */
export function fillImageAlts(body: unknown, alts: Record<string, string>): string[] {
  const missing: string[] = []
  const visit = (nodes: Node[] | undefined) => {
    for (const node of nodes ?? []) {
      if (!Array.isArray(node)) continue
      const [tag, props] = node
      if (tag === 'img' && props && !(typeof props.alt === 'string' && props.alt.trim())) {
        const src = String(props.src ?? '')
        if (alts[src]) props.alt = alts[src]
        else missing.push(src)
      }
      visit(node.slice(2) as Node[])
    }
  }
  visit((body as MinimarkBody)?.value)
  return missing
}

function containsTag(nodes: Node[], tag: string): boolean {
  return nodes.some(node => Array.isArray(node) && (node[0] === tag || containsTag(node.slice(2) as Node[], tag)))
}

/**
 * Wraps the text of every h2-h4 that has an id in a link to itself (`<h2 id="x"><a href="#x">…</a></h2>`),
 * at build time, so headings need no component in the browser. A heading that already holds a link is
 * left alone (links cannot nest). Changes the body in place and returns how many headings it wrapped.
 */
export function addHeadingAnchors(body: unknown): number {
  let wrapped = 0
  const visit = (nodes: Node[] | undefined) => {
    for (const node of nodes ?? []) {
      if (!Array.isArray(node)) continue
      const [tag, props, ...children] = node
      if (/^h[2-4]$/.test(tag) && typeof props?.id === 'string' && children.length && !containsTag(children as Node[], 'a')) {
        node.splice(2, children.length, ['a', { href: `#${props.id}`, class: 'heading-anchor' }, ...(children as Node[])])
        wrapped++
      }
      else {
        visit(children as Node[])
      }
    }
  }
  visit((body as MinimarkBody)?.value)
  return wrapped
}

/** Every tag in the body (HTML elements and MDC components), each once. */
export function collectTags(body: unknown): Set<string> {
  const tags = new Set<string>()
  walk((body as MinimarkBody)?.value, tag => tags.add(tag))
  return tags
}

function textOf(nodes: Node[]): string {
  return nodes.map(node => (typeof node === 'string' ? node : Array.isArray(node) ? textOf(node.slice(2) as Node[]) : '')).join('')
}

/**
 * Names every table after its column headings ("Table: Situation, Use resume?, Why"; "Table 2: …" when two
 * tables share them), as a `label` prop: wide tables scroll in a keyboard-focusable region that needs a
 * unique name. Changes the body in place.
 */
export function labelTables(body: unknown): void {
  const seen = new Map<string, number>()
  const visit = (nodes: Node[] | undefined) => {
    for (const node of nodes ?? []) {
      if (!Array.isArray(node)) continue
      const [tag, props, ...children] = node
      if (tag !== 'table') {
        visit(children as Node[])
        continue
      }
      const headings: string[] = []
      const collect = (list: Node[]) => {
        for (const child of list) {
          if (!Array.isArray(child)) continue
          if (child[0] === 'th') headings.push(textOf(child.slice(2) as Node[]).trim())
          else collect(child.slice(2) as Node[])
        }
      }
      collect(children as Node[])
      const name = headings.filter(Boolean).join(', ') || 'untitled'
      const count = (seen.get(name) ?? 0) + 1
      seen.set(name, count)
      node[1] = { ...props, label: `Table${count > 1 ? ` ${count}` : ''}: ${name}` }
    }
  }
  visit((body as MinimarkBody)?.value)
}

/**
 * Gives every root-relative image (`/content/...`) its intrinsic width and height, so that the page keeps
 * its layout while images load. An author's width is kept and the height follows the image's ratio.
 * `sizeOf` reads an image by its src (undefined when the file is missing or unreadable). Changes the body
 * in place; returns the srcs it could not size.
 */
export function fillImageSizes(body: unknown, sizeOf: (src: string) => { width: number, height: number } | undefined): string[] {
  const unsized: string[] = []
  const visit = (nodes: Node[] | undefined) => {
    for (const node of nodes ?? []) {
      if (!Array.isArray(node)) continue
      const [tag, props] = node
      const src = String(props?.src ?? '')
      if (tag === 'img' && props && src.startsWith('/') && !src.startsWith('//') && props.height == null) {
        const size = sizeOf(src)
        if (!size) {
          unsized.push(src)
        }
        else {
          const width = Number(props.width) > 0 ? Number(props.width) : size.width
          props.width = String(width)
          props.height = String(Math.round(width * size.height / size.width))
        }
      }
      visit(node.slice(2) as Node[])
    }
  }
  visit((body as MinimarkBody)?.value)
  return unsized
}
