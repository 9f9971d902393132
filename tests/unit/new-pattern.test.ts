import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { scanContent } from '~/modules/content-checks/scan'
import { expandIncludes } from '~/modules/content-includes/expand'
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
