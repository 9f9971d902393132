// Build-time: headings tied to a chapter of a published paired video get a "watch this part" link.
import { defineNuxtModule } from '@nuxt/kit'
import { addChapterLinks } from '../../utils/chapter-links'
import type { Video } from '../../utils/content-schema'
import { collectComponentProps } from '../../utils/minimark'

export default defineNuxtModule({
  meta: { name: 'video-chapters' },
  setup(_options, nuxt) {
    nuxt.hook('content:file:afterParse', ({ content }) => {
      const videos = [content.video as Video | undefined, ...collectComponentProps(content.body, 'paired-video') as unknown as Video[]]
      for (const video of videos) {
        if (video?.status === 'published' && video.chapters?.length) addChapterLinks(content.body as never, video.chapters)
      }
    })
  },
})
