// Puts a "watch this part" button under each heading that a published video's chapter is tied to (after
// the heading, not inside it: prose headings wrap their content in a link, and a button may not sit in one).
import type { Chapter } from './content-schema'

type Node = string | [string, Record<string, unknown>, ...Node[]]

export function addChapterLinks(body: { value?: Node[] } | undefined, chapters: Chapter[]): number {
  const byHeading = new Map(chapters.filter(c => c.heading).map(c => [c.heading!, c]))
  let added = 0
  const visit = (nodes: Node[] | undefined) => {
    if (!nodes) return
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]
      if (!Array.isArray(node)) continue
      const [tag, props] = node
      const chapter = /^h[2-4]$/.test(tag) ? byHeading.get(String(props?.id)) : undefined
      const next = nodes[i + 1]
      if (chapter && !(Array.isArray(next) && next[0] === 'video-chapter-link')) {
        nodes.splice(i + 1, 0, ['video-chapter-link', { at: chapter.at, title: chapter.title }])
        added++
        i++
        continue
      }
      visit(node.slice(2) as Node[])
    }
  }
  visit(body?.value)
  return added
}
