import { describe, expect, it } from 'vitest'
import { CONTENT_QUERIES, refusedQueriesModule } from '../../modules/lean-client/server-only-queries'

describe('the browser twin of Nuxt Content\'s query functions', () => {
  it('exports every query function, each throwing an error that names it and says why', async () => {
    const source = refusedQueriesModule(CONTENT_QUERIES)
    const module = await import(`data:text/javascript,${encodeURIComponent(source)}`) as Record<string, () => unknown>
    expect(Object.keys(module).sort()).toEqual([...CONTENT_QUERIES].sort())
    for (const name of CONTENT_QUERIES) {
      expect(() => module[name]!()).toThrow(`${name}: content is queried at build time on this site, never in the browser`)
    }
  })
})
