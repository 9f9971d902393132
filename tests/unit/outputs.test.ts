import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { escapeXml, formatLlmsFull, formatLlmsTxt, formatRobots, formatSitemap, newestDate, stripFrontMatter } from '~/server/utils/machine-outputs'
import { expandContentFile } from '~/modules/content-includes/source'
import { contentStems, listRawRoutes, pagePathForStem, stemForRawPath } from '~/server/utils/raw-routes'
import { rawUrlForPage } from '~/shared/utils/page-links'
import { absoluteUrl, DEFAULT_SITE_URL, siteUrl } from '~/server/utils/site-url'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const known = new Set(['index', 'learn', 'patterns/index', 'patterns/notebook-resume', 'deep-dives/index'])

describe('raw Markdown routes', () => {
  it('maps page routes to /raw URLs and back to content stems', () => {
    expect(rawUrlForPage('/')).toBe('/raw/index.md')
    expect(rawUrlForPage('/patterns')).toBe('/raw/patterns.md')
    expect(rawUrlForPage('/patterns/notebook-resume')).toBe('/raw/patterns/notebook-resume.md')
    expect(rawUrlForPage('/patterns/notebook-resume/?x=1#h')).toBe('/raw/patterns/notebook-resume.md')
    expect(stemForRawPath('patterns/notebook-resume.md', known)).toBe('patterns/notebook-resume')
    expect(stemForRawPath('index.md', known)).toBe('index')
    expect(stemForRawPath('patterns.md', known)).toBe('patterns/index')
    expect(stemForRawPath('learn.md', known)).toBe('learn')
  })

  it('round-trips every stem', () => {
    for (const stem of known) {
      expect(stemForRawPath(rawUrlForPage(pagePathForStem(stem)).slice('/raw/'.length), known)).toBe(stem)
    }
  })

  it('rejects unknown pages, non-canonical index paths and path traversal', () => {
    for (const path of [
      'patterns/nope.md', 'patterns/index.md', 'patterns/notebook-resume', 'patterns/notebook-resume.md.md',
      '../package.json.md', '../../etc/passwd.md', 'patterns/../index.md', '%2e%2e/index.md', '..%2Fnuxt.config.md',
      '/etc/passwd.md', 'patterns//notebook-resume.md', '.md', '', 'tags.md', 'patterns\\notebook-resume.md',
    ]) {
      expect(stemForRawPath(path, known), path).toBeUndefined()
    }
  })

  it('lists a /raw URL for every Markdown file of content/, and nothing else', () => {
    const routes = listRawRoutes(repoRoot)
    expect(routes).toContain('/raw/index.md')
    expect(routes).toContain('/raw/patterns.md')
    expect(routes).toContain('/raw/patterns/notebook-resume.md')
    expect(routes).not.toContain('/raw/patterns/index.md')
    expect(routes.every(r => /^\/raw\/[\w/-]+\.md$/.test(r))).toBe(true)
    expect(new Set(routes).size).toBe(routes.length)
    expect(routes.length).toBe(contentStems(join(repoRoot, 'content')).length)
  })

  describe('raw Markdown (expandContentFile)', () => {
    let dir = ''
    afterEach(() => {
      if (dir) rmSync(dir, { recursive: true, force: true })
      dir = ''
    })

    it('expands includes from examples/ and leaves the rest of the source as it is', () => {
      dir = mkdtempSync(join(tmpdir(), 'raw-'))
      mkdirSync(join(dir, 'content/patterns'), { recursive: true })
      mkdirSync(join(dir, 'examples/demo'), { recursive: true })
      writeFileSync(join(dir, 'examples/demo/flow.py'), 'x = 1\n# #region main\nprint(x)\n# #endregion main\n')
      writeFileSync(join(dir, 'content/patterns/demo.md'), '---\ntitle: Demo\n---\n\nText.\n\n<<< examples/demo/flow.py#main\n')
      const markdown = expandContentFile(dir, 'content/patterns/demo.md')
      expect(markdown).toContain('title: Demo')
      expect(markdown).toContain('```python [examples/demo/flow.py]\nprint(x)\n```')
      expect(markdown).not.toContain('<<<')
      expect(listRawRoutes(dir)).toEqual(['/raw/patterns/demo.md'])
    })

    it('expands the real notebook-resume page', () => {
      const markdown = expandContentFile(repoRoot, 'content/patterns/notebook-resume.md')
      expect(markdown).toContain('Introducing the notebook resume pattern')
      expect(markdown).not.toMatch(/^<<< /m)
    })
  })
})

describe('site URL', () => {
  it('falls back to the placeholder and builds absolute URLs without double slashes', () => {
    const saved = process.env.NUXT_PUBLIC_SITE_URL
    delete process.env.NUXT_PUBLIC_SITE_URL
    expect(siteUrl()).toBe(DEFAULT_SITE_URL)
    process.env.NUXT_PUBLIC_SITE_URL = 'https://patterns.test/'
    expect(siteUrl()).toBe('https://patterns.test')
    if (saved === undefined) delete process.env.NUXT_PUBLIC_SITE_URL
    else process.env.NUXT_PUBLIC_SITE_URL = saved
    expect(absoluteUrl('/feed.xml', 'https://a.test/')).toBe('https://a.test/feed.xml')
    expect(absoluteUrl('/', 'https://a.test')).toBe('https://a.test/')
  })
})

describe('sitemap and robots.txt', () => {
  it('escapes XML and writes lastmod only when it is known', () => {
    const xml = formatSitemap([{ loc: 'https://a.test/?a=1&b=<2>', lastmod: '2026-01-02T03:04:05+00:00' }, { loc: 'https://a.test/x' }])
    expect(xml).toContain('<loc>https://a.test/?a=1&amp;b=&lt;2&gt;</loc>')
    expect(xml).toContain('<lastmod>2026-01-02T03:04:05+00:00</lastmod>')
    expect(xml.match(/<lastmod>/g)).toHaveLength(1)
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    expect(escapeXml('"\'')).toBe('&quot;&apos;')
  })

  it('picks the newest date, ignoring missing ones', () => {
    expect(newestDate([undefined, '2026-01-01T00:00:00+00:00', '2026-03-01T00:00:00+02:00', undefined])).toBe('2026-03-01T00:00:00+02:00')
    expect(newestDate([undefined])).toBeUndefined()
  })

  it('names the sitemap by absolute URL', () => {
    expect(formatRobots('https://a.test/sitemap.xml')).toMatch(/^Sitemap: https:\/\/a\.test\/sitemap\.xml$/m)
  })
})

describe('llms.txt', () => {
  it('has an H1, a blockquote summary and H2 sections of one-line links, skipping empty sections', () => {
    const text = formatLlmsTxt({
      name: 'Site',
      summary: 'A site\nabout things.',
      details: 'More.',
      sections: [
        { title: 'Patterns', links: [{ title: 'A [b]', url: 'https://a.test/raw/a.md', description: 'First\nline.' }, { title: 'C', url: 'https://a.test/raw/c.md' }] },
        { title: 'Empty', links: [] },
      ],
    })
    expect(text).toBe('# Site\n\n> A site about things.\n\nMore.\n\n## Patterns\n\n- [A \\[b\\]](https://a.test/raw/a.md): First line.\n- [C](https://a.test/raw/c.md)\n')
  })

  it('llms-full.txt concatenates every page without its front matter', () => {
    expect(stripFrontMatter('---\ntitle: x\n---\nBody\n---\nmore')).toBe('Body\n---\nmore')
    expect(stripFrontMatter('No front matter\n---\n')).toBe('No front matter\n---\n')
    const text = formatLlmsFull({
      name: 'Site',
      summary: 'Summary.',
      pages: [
        { title: 'One', url: 'https://a.test/one', description: 'D1', markdown: '---\ntitle: One\n---\n\nBody one.\n' },
        { title: 'Two', url: 'https://a.test/two', markdown: 'Body two.' },
      ],
    })
    expect(text).toBe('# Site\n\n> Summary.\n\n---\n\n# One\n\nSource: https://a.test/one\n\n> D1\n\nBody one.\n\n---\n\n# Two\n\nSource: https://a.test/two\n\nBody two.\n')
  })
})
