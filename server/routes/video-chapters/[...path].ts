// /video-chapters/<video file>.vtt: the WebVTT chapters track of a self-hosted video, made from the chapters
// in its page's front matter (or its ::paired-video). Prerendered: components/media/MediaFileVideo.vue names the route
// with prerenderRoutes(); anything else is a 404.
import { queryCollection } from '@nuxt/content/server'
import { chaptersVtt, videoSrcOfTrack } from '../../../utils/file-video'
import type { Video } from '../../../utils/content-schema'
import { collectComponentProps } from '../../../utils/minimark'

export default defineEventHandler(async (event) => {
  const src = videoSrcOfTrack(`/video-chapters/${getRouterParam(event, 'path') ?? ''}`)
  if (!src) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  // Every kind of document of the registry: a paired video may be in the front matter or in the body.
  const documents = (await Promise.all(COLLECTIONS.documentKeys.map(key => queryCollection(event, key).all()))).flat()
  const videos = documents.flatMap(doc => ['video' in doc ? doc.video as Video | undefined : undefined, ...collectComponentProps(doc.body, 'paired-video') as unknown as Video[]])
  const video = videos.find(v => v?.provider === 'file' && v.src === src && v.chapters?.length && v.duration)
  if (!video?.chapters || !video.duration) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  setResponseHeader(event, 'content-type', 'text/vtt; charset=utf-8')
  return chaptersVtt(video.chapters, video.duration)
})
