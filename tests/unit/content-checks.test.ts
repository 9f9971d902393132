import { describe, expect, it } from 'vitest'
import { checkChapterHeadings, checkContent, collectionOf, parseTagRegistry } from '~/utils/content-checks'

const tags = parseTagRegistry('content/tags.yml', 'tags:\n  - slug: s3\n    label: S3\n    description: d\n  - slug: api\n    label: API\n    description: d\n').tags

function pattern(overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    title: 'A pattern',
    description: 'What it does.',
    tags: '[s3, api]',
    level: 'beginner',
    format: 'walkthrough',
    metaflow: '"2.12.0"',
    deepDives: '[s3-basics]',
    ...overrides,
  }
  const lines = Object.entries(fields).filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`)
  return `---\n${lines.join('\n')}\n---\n\nBody.\n`
}
const deepDive = '---\ntitle: S3 basics\ndescription: d\ntags: [s3]\nmetaflow: "2.10.0"\n---\n'

function check(text: string) {
  return checkContent([
    { file: 'content/patterns/demo.md', text },
    { file: 'content/patterns/other.md', text: pattern() },
    { file: 'content/deep-dives/s3-basics.md', text: deepDive },
  ], tags).errors
}

describe('collectionOf', () => {
  it('mirrors content.config.ts', () => {
    expect(collectionOf('content/patterns/x.md')).toBe('patterns')
    expect(collectionOf('content/patterns/index.md')).toBe('pages')
    expect(collectionOf('content/deep-dives/y.md')).toBe('deepDives')
    expect(collectionOf('content/learn.md')).toBe('pages')
    expect(collectionOf('content/tags.yml')).toBeUndefined()
  })
})

describe('checkContent', () => {
  it('accepts valid content', () => {
    expect(check(pattern())).toEqual([])
  })

  it('names file, field, value and allowed values for a bad enum', () => {
    expect(check(pattern({ level: 'expert' }))).toEqual([
      'content/patterns/demo.md: level "expert" is not allowed (allowed: beginner, intermediate, advanced)',
    ])
  })

  it('reports a wrong front matter type', () => {
    expect(check(pattern({ tags: 's3' }))).toEqual(['content/patterns/demo.md: tags "s3" must be a list'])
  })

  it('reports a missing required field', () => {
    expect(check(pattern({ format: '' }))).toEqual([
      'content/patterns/demo.md: format is missing (allowed: walkthrough, how-to-series)',
    ])
  })

  it('reports a missing title', () => {
    expect(check(pattern({ title: '' }))).toEqual(['content/patterns/demo.md: title is missing (must be a string)'])
  })

  it('reports an unknown field with the allowed ones', () => {
    expect(check(pattern({ author: 'me' }))[0]).toMatch(/^content\/patterns\/demo.md: author is not a known field \(allowed: title, description, .*deepDives/)
  })

  it('reports an unknown tag with the known ones', () => {
    expect(check(pattern({ tags: '[s3, kafka]' }))).toEqual([
      'content/patterns/demo.md: tags[1] "kafka" is not in content/tags.yml (known: s3, api)',
    ])
  })

  it('reports an unknown deep dive with the known ones', () => {
    expect(check(pattern({ deepDives: '[s3-basics, foo]' }))).toEqual([
      'content/patterns/demo.md: deepDives[1] "foo" is not a deep dive (known: s3-basics)',
    ])
  })

  it('reports an unknown related pattern', () => {
    expect(check(pattern({ related: '[nope]' }))).toEqual([
      'content/patterns/demo.md: related[0] "nope" is not a pattern (known: demo, other)',
    ])
  })

  it('reports a bad video time', () => {
    const video = '\n  provider: youtube\n  status: planned\n  title: T\n  chapters:\n    - at: "1:75"\n      title: Intro'
    expect(check(pattern({ video }))).toEqual([
      'content/patterns/demo.md: video.chapters[0].at "1:75" must be a time like "m:ss" or "h:mm:ss"',
    ])
  })

  it('refuses a video id on a planned video', () => {
    const video = '\n  provider: youtube\n  status: planned\n  id: DEmKaTI3MG4\n  title: T'
    expect(check(pattern({ video }))[0]).toBe('content/patterns/demo.md: video.id "DEmKaTI3MG4" must not be set while status is "planned": publish only real video ids')
  })

  it('reports broken YAML', () => {
    expect(check('---\ntitle: [unclosed\n---\n')[0]).toMatch(/^content\/patterns\/demo.md: front matter is not valid YAML/)
  })
})

describe('checkChapterHeadings', () => {
  it('names the chapter and the known headings', () => {
    expect(checkChapterHeadings('content/patterns/demo.md', { chapters: [{ heading: 'intro' }, { heading: 'gone' }] }, ['intro', 'setup']))
      .toEqual(['content/patterns/demo.md: video.chapters[1].heading "gone" is not a heading of this article (known: intro, setup)'])
  })
})

describe('parseTagRegistry', () => {
  it('reports duplicates and bad slugs', () => {
    const { errors } = parseTagRegistry('content/tags.yml', 'tags:\n  - slug: s3\n    label: S3\n    description: d\n  - slug: s3\n    label: S3\n    description: d\n')
    expect(errors).toEqual(['content/tags.yml: tags[1].slug "s3" is listed twice'])
    expect(parseTagRegistry('content/tags.yml', 'tags:\n  - slug: Bad Slug\n    label: x\n    description: d\n').errors)
      .toEqual(['content/tags.yml: tags[0].slug "Bad Slug" must be a lowercase slug like "my-slug"'])
  })
})
