// Puts a "watch this part" link into each heading that a published video's chapter is tied to.
import type { Chapter } from './content-schema'

type Node = string | [string, Record<string, unknown>, ...Node[]]

export function addChapterLinks(body: { value?: Node[] } | undefined, chapters: Chapter[]): number {
  const byHeading = new Map(chapters.filter(c => c.heading).map(c => [c.heading!, c]))
  let added = 0
  const visit = (nodes: Node[] | undefined) => {
    for (const node of nodes ?? []) {
      if (!Array.isArray(node)) continue
      const [tag, props] = node
      const chapter = /^h[2-4]$/.test(tag) ? byHeading.get(String(props?.id)) : undefined
      if (chapter && !node.some(child => Array.isArray(child) && child[0] === 'video-chapter-link')) {
        node.push(['video-chapter-link', { at: chapter.at, title: chapter.title }])
        added++
      }
      visit(node.slice(2) as Node[])
    }
  }
  visit(body?.value)
  return added
}
