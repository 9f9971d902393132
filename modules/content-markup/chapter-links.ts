// Puts a "watch this part" button under each heading that a published video's chapter is tied to (after
// the heading, not inside it: prose headings wrap their content in a link, and a button may not sit in one).
import type { Chapter } from '../../utils/content-schema'
import { SKIP, visit } from './minimark'

/** `component` is the link's MDC component: video-chapter-link, or walkthrough-chapter-link for a walkthrough. */
export function addChapterLinks(body: unknown, chapters: Chapter[], component = 'video-chapter-link'): number {
  const byHeading = new Map(chapters.filter(c => c.heading).map(c => [c.heading!, c]))
  let added = 0
  visit(body, (node, parent, index) => {
    if (!Array.isArray(node) || !/^h[2-4]$/.test(node[0])) return
    const chapter = byHeading.get(String(node[1]?.id))
    if (!chapter) return
    const next = parent[index + 1]
    if (Array.isArray(next) && /-chapter-link$/.test(next[0])) return SKIP
    parent.splice(index + 1, 0, [component, { at: chapter.at, title: chapter.title }])
    added++
    // Go on after the link just added.
    return index + 2
  })
  return added
}
