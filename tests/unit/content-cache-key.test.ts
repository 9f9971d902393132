// The content cache key (content-cache-key.ts) covers every module and helper that changes a parse and
// nothing else: editing a helper a content module imports re-parses; editing app code does not.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { CONTENT_MODULES, contentCacheInputs, contentCacheKey } from '~/content-cache-key'

const root = fileURLToPath(new URL('../../', import.meta.url))

describe('the content cache key of this repository', () => {
  const inputs = contentCacheInputs(root)

  it('covers the content modules, the helpers they import (also shared ones in utils/) and the data they read', () => {
    for (const file of [
      ...CONTENT_MODULES,
      'modules/content-checks/code-blocks.ts',
      'modules/content-checks/front-matter.ts',
      'modules/content-includes/expand.ts',
      'modules/content-includes/example-files.ts',
      'modules/content-markup/chapter-links.ts',
      'modules/content-markup/minimark.ts',
      'utils/minimark.ts',
      'modules/git-history/read.ts',
      'utils/content-schema.ts',
      'utils/git-log.ts',
      'content/images.yml',
    ]) expect(inputs).toContain(file)
    expect(inputs.some(file => file.startsWith('examples/'))).toBe(true)
    expect(inputs.some(file => file.startsWith('public/content/'))).toBe(true)
  })

  it('leaves out code the parse does not run', () => {
    for (const file of ['utils/explore-filter.ts', 'utils/explore-query.ts', 'utils/search-index.ts', 'modules/csp/index.ts', 'nuxt.config.ts']) {
      expect(inputs).not.toContain(file)
    }
    expect(inputs.some(file => /^(components|pages|composables|server)\//.test(file))).toBe(false)
  })
})

describe('contentCacheKey', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }

  it('changes with a helper a content module imports, an example or an image, not with other code', () => {
    dir = mkdtempSync(join(tmpdir(), 'content-key-'))
    write('modules/content-markup/index.ts', `import { a } from './helper'\nimport { b } from '../../utils/shared'\n`)
    write('modules/content-markup/helper.ts', 'export const a = 1\n')
    write('utils/shared.ts', 'export const b = 1\n')
    write('utils/explore-filter.ts', 'export const c = 1\n')
    write('examples/demo/flow.py', 'x = 1\n')
    cpSync(join(root, 'content/images.yml'), join(dir, 'content/images.yml'), { recursive: true })
    const key = () => contentCacheKey(dir)
    const first = key()
    expect(first).toMatch(/^[0-9a-f]{16}$/)
    expect(key()).toBe(first)

    write('utils/explore-filter.ts', 'export const c = 2\n')
    write('components/Thing.vue', '<template><p /></template>\n')
    expect(key()).toBe(first)

    for (const [path, text] of [
      ['modules/content-markup/helper.ts', 'export const a = 2\n'],
      ['utils/shared.ts', 'export const b = 2\n'],
      ['examples/demo/flow.py', 'x = 2\n'],
      ['public/content/x.svg', '<svg width="1" height="1"/>'],
      ['content/images.yml', '/x.svg: "An x"\n'],
    ]) {
      const before = key()
      write(path!, text!)
      expect(key(), path).not.toBe(before)
    }
  })
})
