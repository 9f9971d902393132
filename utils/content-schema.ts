// One source of truth for front matter: content.config.ts stores these fields, and the content-checks
// module validates every file against the same schemas with messages that name the file and field.
import { z } from 'zod'

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const
export const FORMATS = ['walkthrough', 'how-to-series'] as const
export const VIDEO_STATUSES = ['published', 'planned'] as const

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "my-slug"')
const version = z.string().regex(/^\d+\.\d+(?:\.\d+)?$/, 'must be a version like "2.12.0"')
const timestamp = z.string().regex(/^(?:\d+:)?[0-5]?\d:[0-5]\d$/, 'must be a time like "m:ss" or "h:mm:ss"')

export const chapterSchema = z.object({
  at: timestamp,
  title: z.string().min(1),
  heading: z.string().min(1).optional(),
}).strict()

export const videoSchema = z.object({
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

export type Pattern = z.infer<typeof patternSchema>
export type DeepDive = z.infer<typeof deepDiveSchema>
export type Project = z.infer<typeof projectSchema>
export type Tag = z.infer<typeof tagSchema>
export type Video = z.infer<typeof videoSchema>
export type Chapter = z.infer<typeof chapterSchema>
