import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { scanContent } from '~/modules/content-checks/scan'
import { expandIncludes } from '~/modules/content-includes/expand'
import { markdownHeadings } from '~/utils/walkthrough'
import { walkthroughForPage } from '~/utils/walkthrough-page'
import { splitFrontMatter } from '~/modules/content-checks/front-matter'
import { scaffoldPattern, slugify } from '../../scripts/new-pattern.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))

function copyOfSite() {
  const dir = mkdtempSync(join(tmpdir(), 'mfp-scaffold-'))
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true })
  return dir
}

describe('npm run new:pattern', () => {
  it('scaffolds a pattern that passes the build\'s content checks and includes', () => {
    const dir = copyOfSite()
    const { slug, files } = scaffoldPattern(dir, 'Batch scoring with foreach')
    expect(slug).toBe('batch-scoring-with-foreach')
    expect(files).toContain('examples/batch-scoring-with-foreach/tests/test_flow.py')
    expect(scanContent(dir).errors).toEqual([])
    const page = readFileSync(join(dir, 'content/patterns', `${slug}.md`), 'utf8')
    const expanded = expandIncludes(page, { file: 'x.md', readFile: p => readFileSync(join(dir, p), 'utf8') })
    expect(expanded).toContain('class BatchScoringWithForeachFlow(FlowSpec):')
  })

  it('names a walkthrough script whose steps are headings of the article, and says to record it', () => {
    const dir = copyOfSite()
    const { slug, files } = scaffoldPattern(dir, 'Batch scoring with foreach')
    expect(files).toContain(`examples/${slug}/walkthrough.yml`)
    const page = readFileSync(join(dir, 'content/patterns', `${slug}.md`), 'utf8')
    const headings = markdownHeadings(page).map(text => ({ id: text.toLowerCase().replace(/\W+/g, '-'), text }))
    const read = (path: string) => {
      try {
        return readFileSync(join(dir, path), 'utf8')
      }
      catch {
        return undefined
      }
    }
    // The script is valid; the one thing missing is the recording, and the error says how to make it.
    expect(walkthroughForPage('content/patterns/x.md', splitFrontMatter(page).data as Record<string, unknown>, headings, read).errors)
      .toEqual([`content/patterns/x.md: walkthrough "examples/${slug}/walkthrough.yml" has no recording, examples/${slug}/walkthrough.cast (record it: npm run record -- ${slug})`])
  })

  it('refuses an existing slug and an empty title', () => {
    const dir = copyOfSite()
    expect(() => scaffoldPattern(dir, 'Introducing the notebook resume pattern!')).not.toThrow()
    expect(() => scaffoldPattern(dir, 'notebook resume')).toThrowError('A pattern with the slug "notebook-resume" exists already')
    expect(() => scaffoldPattern(dir, '   ')).toThrowError(/Give the pattern a title/)
    expect(() => scaffoldPattern(dir, '!!!')).toThrowError(/gives an empty slug/)
  })

  it('makes slugs from titles', () => {
    expect(slugify('S3 Client: Hive-style partitions')).toBe('s3-client-hive-style-partitions')
    expect(slugify('Café résumé')).toBe('cafe-resume')
  })
})
