import { describe, expect, it } from 'vitest'
import { patternSchema } from '~/utils/content-schema'
import { describeSchema } from '~/utils/schema-fields'

describe('describeSchema', () => {
  const rows = describeSchema(patternSchema)
  const row = (field: string) => rows.find(r => r.field === field)

  it('lists every pattern field with what is allowed', () => {
    expect(rows.map(r => r.field)).toEqual(expect.arrayContaining(['title', 'tags', 'level', 'format', 'metaflow', 'deepDives', 'video.status', 'video.chapters[].at']))
    expect(row('level')).toEqual({ field: 'level', type: 'one of', required: true, allowed: '`beginner`, `intermediate`, `advanced`' })
    expect(row('deepDives')).toMatchObject({ type: 'list of string', required: true, allowed: expect.stringContaining('1–2 items') })
    expect(row('related')).toMatchObject({ required: false })
    expect(row('video.status')?.allowed).toBe('`published`, `planned`')
  })

  it('lists each video provider\'s fields once, saying which provider has them', () => {
    expect(rows.filter(r => r.field === 'video')).toEqual([{ field: 'video', type: 'object', required: false, allowed: '' }])
    expect(row('video.provider')).toMatchObject({ type: 'one of', required: true, allowed: '`youtube`, `file`' })
    expect(row('video.id')?.allowed).toMatch(/\(provider `youtube` only\)$/)
    expect(row('video.src')?.allowed).toBe('a file under public/ (.mp4, .webm), like `/videos/my-pattern.webm` (provider `file` only)')
    expect(row('video.captions')?.allowed).toContain('.vtt')
    expect(rows.filter(r => r.field === 'video.chapters[].at')).toHaveLength(1)
  })
})
