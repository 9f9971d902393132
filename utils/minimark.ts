// Nuxt Content's parsed body (minimark: an element is [tag, props, ...children], text is a string): the one
// tree walker the content modules and the server use, and the props of MDC components. The build's reads and
// transforms on it are in modules/content-markup/minimark.ts.
export type MinimarkNode = string | MinimarkElement
export type MinimarkElement = [string, Record<string, unknown>, ...MinimarkNode[]]

interface MinimarkBody { value?: MinimarkNode[] }

/** Returned by a visitor: do not walk into this element's children. */
export const SKIP = Symbol('skip')

/**
 * Calls `enter` for every node of `tree` (a parsed body, or one element's children), depth first in
 * document order. `parent` is the array the node is in (the body's list, or its parent element, whose
 * children start at index 2) and `index` its place there, so a visitor may insert siblings. `enter`
 * returns SKIP to leave the node's children alone, or the index at which to go on in `parent` (also
 * skipping the children).
 */
export function visitMinimark(
  tree: unknown,
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a visitor may return nothing
  enter: (node: MinimarkNode, parent: MinimarkNode[], index: number) => void | typeof SKIP | number,
): void {
  const walk = (list: MinimarkNode[], start: number) => {
    for (let i = start; i < list.length; i++) {
      const node = list[i]!
      const next = enter(node, list, i)
      if (typeof next === 'number') i = next - 1
      // An element's children follow its tag and props, at index 2 and after.
      else if (next !== SKIP && Array.isArray(node)) walk(node as unknown as MinimarkNode[], 2)
    }
  }
  const list = Array.isArray(tree) ? tree as MinimarkNode[] : (tree as MinimarkBody | undefined)?.value
  if (list) walk(list, 0)
}

/** Props of each use of an MDC component, with `:prop` JSON values decoded. */
export function collectComponentProps(body: unknown, component: string): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = []
  visitMinimark(body, (node) => {
    if (!Array.isArray(node) || node[0] !== component) return
    const props = node[1] ?? {}
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
