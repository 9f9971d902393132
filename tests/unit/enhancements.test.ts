import { afterEach, describe, expect, it, vi } from 'vitest'
import { manifestFromMetafile } from '../../modules/enhancements/index'

describe('enhancement manifest', () => {
  it('maps each entry to its hashed output file, and leaves shared chunks out', () => {
    const metafile = {
      inputs: {},
      outputs: {
        '/b/enhancements/search-AB12.js': { entryPoint: '/src/enhancements/search.ts', imports: [], exports: [], inputs: {}, bytes: 1 },
        '/b/enhancements/chunk-XY.js': { imports: [], exports: [], inputs: {}, bytes: 1 },
        '/b/enhancements/toc-CD34.js': { entryPoint: 'enhancements/toc.ts', imports: [], exports: [], inputs: {}, bytes: 1 },
      },
    }
    expect(manifestFromMetafile(metafile, '/b/enhancements')).toEqual({ search: 'search-AB12.js', toc: 'toc-CD34.js' })
  })
})

describe('siteBase', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('finds the base path from the script\'s own URL', async () => {
    vi.stubGlobal('__ENHANCE_DIR__', '_nuxt/enhance')
    const { siteBase } = await import('../../enhancements/lib/base')
    expect(siteBase('https://example.org/_nuxt/enhance/search-AB12.js')).toBe('/')
    expect(siteBase('https://owner.github.io/metaflow-patterns/_nuxt/enhance/chunk-XY.js')).toBe('/metaflow-patterns/')
    expect(siteBase('https://example.org/elsewhere/x.js')).toBe('/')
  })
})
