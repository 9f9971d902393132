// Which HTML a Markdown page may contain. Markdown renders into the site's own pages, so raw HTML in it could
// redirect the reader (<meta http-equiv="refresh">), restyle the page (<style>, style=""), post a form or
// run a script. The parser (@nuxtjs/mdc) only strips some of that, with a warning; this is an explicit
// allow-list instead, checked on the tree the parser builds (raw HTML parsed as a browser would: tag names
// lower-cased, character references decoded), and anything else fails the build with file and line.

import { visit } from 'unist-util-visit'

/** The parts of a hast node this check reads (hast from @nuxtjs/mdc's parser, positions kept). */
export interface MarkupNode {
  type: string
  tagName?: string
  properties?: Record<string, unknown>
  children?: MarkupNode[]
  position?: { start?: { line?: number } }
}

// Attributes every allowed element may carry.
const GLOBAL_ATTRIBUTES = ['id', 'title', 'lang', 'dir']

/**
 * Elements authors may use, written as Markdown or as HTML, and the attributes each may carry besides the
 * global ones. `class` only where the parser puts a code language (`language-python`); no `style`
 * anywhere: the site's styles come from its own CSS.
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  // What Markdown itself produces.
  p: [],
  h1: [], h2: [], h3: [], h4: [], h5: [], h6: [],
  a: ['href', 'rel', 'target'],
  em: [], strong: [], del: [], blockquote: [], hr: [], br: [], span: [],
  ul: [], ol: ['start'], li: [],
  table: [], thead: [], tbody: [], tr: [], th: ['align', 'colspan', 'rowspan'], td: ['align', 'colspan', 'rowspan'],
  img: ['src', 'alt', 'width', 'height'],
  // Inline and fenced code: the parser's own properties, and `language-*` classes.
  code: ['class', 'language', 'lang', '__ignoremap'],
  pre: ['class', 'language', 'filename', 'highlights', 'meta', 'code'],
  // Text-level and grouping HTML that Markdown has no syntax for.
  kbd: [], sub: [], sup: [], abbr: [], mark: [], small: [], s: [], ins: [], b: [], i: [], u: [],
  q: ['cite'], cite: [], var: [], samp: [], time: ['datetime'],
  details: ['open'], summary: [], figure: [], figcaption: [], dl: [], dt: [], dd: [], div: [],
})

/** Attributes whose value is a URL: only these schemes, or a relative URL, may appear in them. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'background', 'xlink:href', 'srcset', 'data', 'ping'])
const ALLOWED_SCHEMES = ['http', 'https', 'mailto']
// Component props that hold a URL (`to`, `href`, `src`), also inside JSON props (`:items='[{"to": ...}]'`).
const URL_PROPS = new Set(['to', 'href', 'src', 'url', 'link'])
const CODE_CLASS = /^language-[\w+#.-]+$/

const own = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key)

/** The HTML attribute name of a hast property name (`className` -> `class`, `httpEquiv` -> `http-equiv`). */
export function attributeName(property: string): string {
  const special: Record<string, string> = { className: 'class', htmlFor: 'for', httpEquiv: 'http-equiv', acceptCharset: 'accept-charset', xLinkHref: 'xlink:href' }
  if (own(special, property)) return special[property]!
  const prefixed = /^(data|aria)([A-Z].*)$/.exec(property)
  if (prefixed) return `${prefixed[1]}-${prefixed[2]!.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`).slice(1)}`
  return property.toLowerCase()
}

/**
 * The scheme of a URL as a browser reads it, or undefined for a relative URL. Browsers drop ASCII tabs and
 * newlines anywhere in a URL and leading control characters and spaces (`java\tscript:` is `javascript:`);
 * character references are already decoded by the parser.
 */
export function urlScheme(value: string): string | undefined {
  // Browsers drop leading C0 controls and spaces before reading a URL's scheme; so does this.
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '')
  return /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase()
}

function badUrl(value: unknown): string | undefined {
  for (const url of (Array.isArray(value) ? value : [value]).map(String)) {
    const scheme = urlScheme(url)
    if (scheme && !ALLOWED_SCHEMES.includes(scheme)) return scheme
  }
  return undefined
}

function show(value: unknown): string {
  const text = Array.isArray(value) ? value.join(' ') : String(value)
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)
}

const SCHEMES_ALLOWED = `allowed: ${ALLOWED_SCHEMES.map(s => `${s}:`).join(', ')} or a relative URL`

/** URL props of a component, also nested in JSON-valued props, as [path, value] pairs. */
function componentUrls(name: string, value: unknown, path: string, out: Array<[string, unknown]>): void {
  if (typeof value === 'string') {
    if (URL_PROPS.has(name.replace(/^:/, '').toLowerCase())) out.push([path, value])
    // `:prop` values are JSON (or YAML-like) text that the component receives as data.
    if (name.startsWith(':')) {
      try {
        componentUrls(name.slice(1), JSON.parse(value), path, out)
      }
      catch {
        // Not JSON: the component gets the text as a string, which the checks above read already.
      }
    }
  }
  else if (Array.isArray(value)) {
    value.forEach((item, i) => componentUrls(name, item, `${path}[${i}]`, out))
  }
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) componentUrls(key, item, `${path}.${key}`, out)
  }
}

/**
 * Every element of `tree` that is not allowed: elements outside ALLOWED_ELEMENTS (unless they are one of
 * `components`, the site's MDC components, kebab-case), unknown components (names that are no HTML or SVG
 * element by `isElement`), attributes outside the element's list, event handlers and `style` anywhere, and
 * URLs with a scheme other than http(s) or mailto. Names the file and line, the markup and what is allowed.
 */
export function checkMarkup(file: string, tree: MarkupNode, components: readonly string[], isElement: (tag: string) => boolean): string[] {
  const problems: string[] = []
  const known = new Set(components)
  const elements = Object.keys(ALLOWED_ELEMENTS)
  visit(tree as never, 'element', (element) => {
    const node = element as MarkupNode
    if (node.tagName) {
      // The parser kebab-cases mixed-case raw tags (`<ScRiPt>` becomes `sc-ri-pt`, to find `<MyComponent>`):
      // read such a name as the element it spells.
      const name = node.tagName.toLowerCase()
      const tag = !known.has(name) && !isElement(name) && isElement(name.replace(/-/g, '')) ? name.replace(/-/g, '') : name
      const at = `${file}:${node.position?.start?.line ?? '?'}`
      const properties = Object.entries(node.properties ?? {}).filter(([, value]) => value !== undefined && value !== null && value !== false)
      if (known.has(tag)) {
        for (const [property, value] of properties) {
          const name = property.replace(/^:/, '')
          if (/^(on|@|v-on:)/i.test(name) || name.toLowerCase() === 'style') {
            problems.push(`${at}: ::${tag} has "${property}", which is not allowed in content (no event handlers or inline styles)`)
            continue
          }
          const urls: Array<[string, unknown]> = []
          componentUrls(property, value, name, urls)
          for (const [path, url] of urls) {
            const scheme = badUrl(url)
            if (scheme) problems.push(`${at}: ::${tag} ${path}=${show(url)} is a "${scheme}:" URL, which is not allowed in content (${SCHEMES_ALLOWED})`)
          }
        }
      }
      else if (!own(ALLOWED_ELEMENTS, tag)) {
        const componentList = [...known].sort().map(c => `::${c}`).join(', ')
        if (isElement(tag)) problems.push(`${at}: <${tag}> is not allowed in content (allowed elements: ${elements.join(', ')}; and the components ${componentList})`)
        else problems.push(`${at}: unknown component "::${tag}"; the components available are ${componentList}`)
      }
      else {
        const allowed = [...GLOBAL_ATTRIBUTES, ...ALLOWED_ELEMENTS[tag]!]
        for (const [property, value] of properties) {
          const name = attributeName(property)
          if (!allowed.includes(name)) {
            const why = name.startsWith('on') ? 'event handler attributes are never allowed' : `allowed on <${tag}>: ${allowed.join(', ')}`
            problems.push(`${at}: <${tag} ${name}=${show(value)}>: attribute "${name}" is not allowed in content (${why})`)
          }
          else if (name === 'class' && !(Array.isArray(value) ? value : String(value).split(/\s+/)).every(c => !c || CODE_CLASS.test(String(c)))) {
            problems.push(`${at}: <${tag} class=${show(value)}>: only "language-*" classes are allowed on <${tag}> (the site's styles come from its own CSS)`)
          }
          else if (URL_ATTRIBUTES.has(name)) {
            const scheme = badUrl(value)
            if (scheme) problems.push(`${at}: <${tag} ${name}=${show(value)}>: "${scheme}:" URLs are not allowed in content (${SCHEMES_ALLOWED})`)
          }
        }
      }
    }
  })
  return problems
}
