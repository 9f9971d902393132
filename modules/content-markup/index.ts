// Build-time markup: finishes each parsed Markdown file with what needs no browser code, in this order:
// reading time (content.meta.readingMinutes), image sizes (so the page does not shift) and alt text from
// content/images.yml, heading self-links, table names, and a "watch this part" link under each heading a
// published video's chapter is tied to. Registered after modules/content-checks in nuxt.config.ts, which
// fails the file before this runs on anything these would have to skip.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineNuxtModule } from '@nuxt/kit'
import type { Video } from '../../utils/content-schema'
import { publicDirs } from '../../utils/site-fixtures'
import { addChapterLinks } from './chapter-links'
import { imageAlts } from './image-alts'
import { addHeadingAnchors, collectComponentProps, collectText, fillImageAlts, fillImageSizes, labelTables, collectHeadings } from './minimark'
import { publicImageSize } from './public-files'
import { countWords, readingMinutes } from './reading-time'
import { walkthroughChapters, walkthroughForPage } from '../../utils/walkthrough-page'

export default defineNuxtModule({
  meta: { name: 'content-markup' },
  setup(_options, nuxt) {
    const root = nuxt.options.rootDir
    const readRepoFile = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined)
    const registry = join(root, 'content/images.yml')
    const alts = imageAlts(existsSync(registry) ? readFileSync(registry, 'utf8') : '')
    const publicRoots = publicDirs().map(dir => join(root, dir))
    const sizes = new Map<string, { width: number, height: number } | undefined>()
    const sizeOf = (src: string) => {
      if (!sizes.has(src)) {
        const found = publicImageSize(root, src, publicRoots)
        sizes.set(src, 'size' in found ? found.size : undefined)
      }
      return sizes.get(src)
    }

    nuxt.hook('content:file:afterParse', ({ file, content }) => {
      if (!file.id.endsWith('.md')) return
      content.meta = { ...(content.meta as object), readingMinutes: readingMinutes(countWords(collectText(content.body))) }
      fillImageSizes(content.body, sizeOf)
      fillImageAlts(content.body, alts)
      addHeadingAnchors(content.body)
      labelTables(content.body)
      const videos = [content.video as Video | undefined, ...collectComponentProps(content.body, 'paired-video') as unknown as Video[]]
      for (const video of videos) {
        if (video?.status === 'published' && video.chapters?.length) addChapterLinks(content.body, video.chapters)
      }
      // The terminal walkthrough's chapters and transcript for the page (components/media/MediaTerminalWalkthrough.vue),
      // checked by modules/content-checks; "watch this part" plays it when there is no published video.
      const walkthrough = walkthroughForPage(String(file.path), content, collectHeadings(content.body), readRepoFile).page
      if (walkthrough) {
        content.meta = { ...(content.meta as object), walkthrough }
        if ((content.video as Video | undefined)?.status !== 'published') addChapterLinks(content.body, walkthroughChapters(walkthrough), 'walkthrough-chapter-link')
      }
    })
  },
})
