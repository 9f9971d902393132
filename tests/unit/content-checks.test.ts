import { describe, expect, it } from 'vitest'
import { checkChapterHeadings, checkContent, collectionOf, parseTagRegistry } from '~/modules/content-checks/front-matter'

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
    // The test fixtures' content is laid out like content/ (utils/site-fixtures.ts).
    expect(collectionOf('tests/fixtures/site/content/patterns/x.md')).toBe('patterns')
    expect(collectionOf('tests/fixtures/site/content/patterns/index.md')).toBe('pages')
    expect(collectionOf('tests/fixtures/other/content/patterns/x.md')).toBeUndefined()
  })

  it('finds no collection for a folder named like an object property', () => {
    expect(collectionOf('content/constructor/x.md')).toBeUndefined()
    expect(collectionOf('content/__proto__/x.md')).toBeUndefined()
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

  describe('a self-hosted video (provider: file)', () => {
    const file = (lines: string) => `\n  provider: file\n  title: T\n${lines.split('\n').map(l => `  ${l}`).join('\n')}`

    it('accepts a published file video with poster, captions and chapters', () => {
      const video = file('status: published\nsrc: /videos/x.webm\nposter: /videos/x.png\ncaptions: /videos/x.en.vtt\nduration: "0:30"\nchapters:\n  - at: "0:00"\n    title: A')
      expect(check(pattern({ video }))).toEqual([])
    })

    it('names the provider field and the allowed providers', () => {
      expect(check(pattern({ video: '\n  provider: vimeo\n  status: planned\n  title: T' }))).toEqual([
        'content/patterns/demo.md: video.provider "vimeo" is not allowed (allowed: youtube, file)',
      ])
      expect(check(pattern({ video: '\n  status: planned\n  title: T' }))).toEqual([
        'content/patterns/demo.md: video.provider is missing (allowed: youtube, file)',
      ])
    })

    it('needs a src when published, and duration with chapters (the chapters track ends there)', () => {
      expect(check(pattern({ video: file('status: published') }))).toEqual([
        'content/patterns/demo.md: video.src is missing (it is required when status is "published")',
      ])
      expect(check(pattern({ video: file('status: published\nsrc: /v/x.mp4\nchapters:\n  - at: "0:00"\n    title: A') }))).toEqual([
        'content/patterns/demo.md: video.duration is missing (it is required with chapters: the chapters track ends its last chapter there)',
      ])
    })

    it('refuses files of the wrong kind, paths not under public/, and files on a planned video', () => {
      expect(check(pattern({ video: file('status: published\nsrc: /v/x.avi\nposter: v.png\ncaptions: /v/x.srt') }))).toEqual([
        'content/patterns/demo.md: video.src "/v/x.avi" must end with .mp4, .webm',
        'content/patterns/demo.md: video.poster "v.png" must be a path under public/ starting with "/", like "/videos/my-pattern.png"',
        'content/patterns/demo.md: video.captions "/v/x.srt" must end with .vtt',
      ])
      expect(check(pattern({ video: file('status: planned\nsrc: /v/x.webm') }))).toEqual([
        'content/patterns/demo.md: video.src "/v/x.webm" must not be set while status is "planned": publish only real files',
      ])
    })

    it('lists the fields of the video\'s own provider for an unknown one', () => {
      expect(check(pattern({ video: file('status: planned\nid: DEmKaTI3MG4') }))).toEqual([
        'content/patterns/demo.md: video.id is not a known field (allowed: provider, status, src, poster, captions, captionsLang, title, duration, chapters)',
      ])
      expect(check(pattern({ video: '\n  provider: youtube\n  status: planned\n  title: T\n  src: /v/x.webm' }))).toEqual([
        'content/patterns/demo.md: video.src is not a known field (allowed: provider, status, id, list, title, duration, chapters)',
      ])
    })
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
