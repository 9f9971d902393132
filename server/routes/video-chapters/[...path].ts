// /video-chapters/<video file>.vtt: the WebVTT chapters track of a self-hosted video, made from the chapters
// in its page's front matter (or its ::paired-video). Prerendered: components/FileVideo.vue names the route
// with prerenderRoutes(); anything else is a 404.
import { queryCollection } from '@nuxt/content/server'
import { chaptersVtt, videoSrcOfTrack } from '../../../utils/file-video'
import type { Video } from '../../../utils/content-schema'
import { collectComponentProps } from '../../../utils/minimark'

export default defineEventHandler(async (event) => {
  const src = videoSrcOfTrack(`/video-chapters/${getRouterParam(event, 'path') ?? ''}`)
  if (!src) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  const documents = (await Promise.all([queryCollection(event, 'patterns').all(), queryCollection(event, 'projects').all()])).flat()
  const videos = documents.flatMap(doc => [doc.video as Video | undefined, ...collectComponentProps(doc.body, 'paired-video') as unknown as Video[]])
  const video = videos.find(v => v?.provider === 'file' && v.src === src && v.chapters?.length && v.duration)
  if (!video?.chapters || !video.duration) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  setResponseHeader(event, 'content-type', 'text/vtt; charset=utf-8')
  return chaptersVtt(video.chapters, video.duration)
})
