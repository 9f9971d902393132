// One source of truth for front matter: content.config.ts stores these fields, and the content-checks
// module validates every file against the same schemas with messages that name the file and field.
import { z } from 'zod'
import type { CollectionName, DocumentKey } from '../shared/utils/collections'
import { FORMATS, LEVELS } from '../shared/utils/taxonomy'

export const VIDEO_STATUSES = ['published', 'planned'] as const

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "my-slug"')
const version = z.string().regex(/^\d+\.\d+(?:\.\d+)?$/, 'must be a version like "2.12.0"')
/** A pattern's terminal walkthrough script (utils/walkthrough.ts); its recording is walkthrough.cast beside it. */
export const WALKTHROUGH_PATH = /^examples\/([a-z0-9]+(?:-[a-z0-9]+)*)\/walkthrough\.yml$/
const timestamp = z.string().regex(/^(?:\d+:)?[0-5]?\d:[0-5]\d$/, 'must be a time like "m:ss" or "h:mm:ss"')

export const chapterSchema = z.object({
  at: timestamp,
  title: z.string().min(1),
  heading: z.string().min(1).optional(),
}).strict()

export const VIDEO_PROVIDERS = ['youtube', 'file'] as const
export const VIDEO_FILE_TYPES = ['.mp4', '.webm'] as const
export const POSTER_FILE_TYPES = ['.png', '.jpg', '.jpeg', '.svg'] as const
export const CAPTION_FILE_TYPES = ['.vtt'] as const

/** A root-relative path to a file under public/ with one of these extensions (the content checks read the file). */
function publicFile(types: readonly string[], example: string) {
  return z.string()
    .regex(/^\/(?!\/)[^?#\s\\]+$/, `must be a path under public/ starting with "/", like "${example}"`)
    .refine(path => types.some(type => path.toLowerCase().endsWith(type)), `must end with ${types.join(', ')}`)
    .describe(`a file under public/ (${types.join(', ')}), like \`${example}\``)
}

export const youtubeVideoSchema = z.object({
  provider: z.literal('youtube'),
  status: z.enum(VIDEO_STATUSES),
  id: z.string().regex(/^[\w-]{11}$/, 'must be an 11-character YouTube video id').optional(),
  list: z.string().regex(/^[\w-]{10,64}$/, 'must be a YouTube playlist id').optional(),
  title: z.string().min(1),
  duration: timestamp.optional(),
  chapters: z.array(chapterSchema).optional(),
}).strict().superRefine((video, ctx) => {
  if (video.status === 'published' && !video.id) {
    ctx.addIssue({ code: 'custom', path: ['id'], message: 'is required when status is "published"' })
  }
  if (video.status === 'planned' && video.id) {
    ctx.addIssue({ code: 'custom', path: ['id'], message: 'must not be set while status is "planned": publish only real video ids' })
  }
})

/** A self-hosted video: an MP4 or WebM file under public/, played by the browser's own <video> element. */
export const fileVideoSchema = z.object({
  provider: z.literal('file'),
  status: z.enum(VIDEO_STATUSES),
  src: publicFile(VIDEO_FILE_TYPES, '/videos/my-pattern.webm').optional(),
  poster: publicFile(POSTER_FILE_TYPES, '/videos/my-pattern.png').optional(),
  captions: publicFile(CAPTION_FILE_TYPES, '/videos/my-pattern.en.vtt').optional(),
  /** The captions' language (BCP 47), for <track srclang>. */
  captionsLang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "en" or "en-US"').default('en'),
  title: z.string().min(1),
  duration: timestamp.optional(),
  chapters: z.array(chapterSchema).optional(),
}).strict().superRefine((video, ctx) => {
  if (video.status === 'published' && !video.src) {
    ctx.addIssue({ code: 'custom', path: ['src'], message: 'is required when status is "published"' })
  }
  for (const key of ['src', 'poster', 'captions'] as const) {
    if (video.status === 'planned' && video[key]) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'must not be set while status is "planned": publish only real files' })
    }
  }
  if (video.status === 'published' && video.chapters?.length && !video.duration) {
    ctx.addIssue({ code: 'custom', path: ['duration'], message: 'is required with chapters: the chapters track ends its last chapter there' })
  }
})

/** `provider` picks the schema: `youtube` (an embedded facade) or `file` (a video file under public/). */
export const videoSchema = z.discriminatedUnion('provider', [youtubeVideoSchema, fileVideoSchema])

const documentBase = {
  title: z.string().min(1),
  description: z.string().min(1),
  navigationTitle: z.string().min(1).optional(),
  order: z.number().optional(),
}

export const pageSchema = z.object(documentBase).strict()

export const patternSchema = z.object({
  ...documentBase,
  tags: z.array(slug).min(2).max(5),
  level: z.enum(LEVELS),
  format: z.enum(FORMATS),
  metaflow: version,
  deepDives: z.array(slug).min(1).max(2),
  related: z.array(slug).max(3).default([]),
  examples: z.string().regex(/^examples\/[a-z0-9-]+$/, 'must be a folder like "examples/my-pattern"').optional(),
  video: videoSchema.optional(),
  walkthrough: z.string().regex(WALKTHROUGH_PATH, 'must be the example\'s script, like "examples/my-pattern/walkthrough.yml"').optional(),
}).strict()

export const deepDiveSchema = z.object({
  ...documentBase,
  tags: z.array(slug).min(1).max(5),
  metaflow: version,
}).strict()

export const projectSchema = z.object({
  ...documentBase,
  tags: z.array(slug).min(1).max(5),
  format: z.enum(FORMATS).optional(),
  video: videoSchema.optional(),
}).strict()

export const tagSchema = z.object({
  slug,
  label: z.string().min(1),
  description: z.string().min(1),
}).strict()

export const tagRegistrySchema = z.object({ tags: z.array(tagSchema).min(1) }).strict()

/**
 * The schema of every collection of the registry (shared/utils/collections.ts): a kind without a schema,
 * or a schema without a kind, is a type error here.
 */
export const COLLECTION_SCHEMAS = {
  pages: pageSchema,
  patterns: patternSchema,
  deepDives: deepDiveSchema,
  projects: projectSchema,
} as const satisfies { [Name in CollectionName]: z.ZodObject }

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never
/** The front matter of one collection, as the schema outputs it. */
export type CollectionData<Name extends CollectionName> = z.infer<typeof COLLECTION_SCHEMAS[Name]>
/** Every front matter field any kind of document has, each optional: what a page of unknown kind may carry. */
export type DocumentFields = Partial<UnionToIntersection<CollectionData<DocumentKey>>>

export type Pattern = z.infer<typeof patternSchema>
export type DeepDive = z.infer<typeof deepDiveSchema>
export type Project = z.infer<typeof projectSchema>
export type Tag = z.infer<typeof tagSchema>
export type Video = z.infer<typeof videoSchema>
export type YoutubeVideo = z.infer<typeof youtubeVideoSchema>
export type FileVideo = z.infer<typeof fileVideoSchema>
export type Chapter = z.infer<typeof chapterSchema>
