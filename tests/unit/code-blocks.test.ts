// A lint of the site's real content: every code block of content/, with its includes expanded, closes its
// fence and parses as Python where it says it is Python. (Long inline blocks fail the build itself:
// modules/content-checks/code-blocks.ts, tested in code-block-helpers.test.ts.)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkInlineCodeBlocks, PYTHON_LANGS } from '~/modules/content-checks/code-blocks'
import { checkPythonSyntax, checkUnclosed, loadArticle } from '../support/articles'

const root = fileURLToPath(new URL('../../', import.meta.url))

function readRepoFile(path: string): string | undefined {
  const full = join(root, path)
  return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return markdownFiles(full)
    return entry.name.endsWith('.md') ? [relative(root, full).split('\\').join('/')] : []
  }).sort()
}

describe('code blocks of the site\'s content', () => {
  const articles = markdownFiles(join(root, 'content'))
    .map(file => loadArticle(file, readFileSync(join(root, file), 'utf8'), readRepoFile))

  it('finds the articles and their included code', () => {
    expect(articles.length).toBeGreaterThan(5)
    expect(articles.flatMap(a => a.blocks).some(b => b.fromInclude && PYTHON_LANGS.has(b.lang))).toBe(true)
  })

  it('closes every code fence', () => {
    expect(articles.flatMap(checkUnclosed)).toEqual([])
  })

  it('writes no Python or YAML block of 5 or more lines inline (it must come from an include)', () => {
    expect(articles.flatMap(a => checkInlineCodeBlocks(a.file, a.raw))).toEqual([])
  })

  it('has only Python blocks that parse', () => {
    expect(checkPythonSyntax(articles)).toEqual([])
  })
})
