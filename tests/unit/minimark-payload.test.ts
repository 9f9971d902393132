import { parse, stringify } from 'devalue'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { isMinimarkBody } from '../../utils/minimark'

// The same reducer and reviver as plugins/minimark-payload.ts, through devalue as Nuxt runs them.
const reducers = { MinimarkBody: (value: unknown) => isMinimarkBody(value) && JSON.stringify(value) }
const revivers = { MinimarkBody: (value: string) => JSON.parse(value) }

function body(sections: number) {
  const value: unknown[] = []
  for (let i = 0; i < sections; i++) {
    value.push(['h2', { id: `s${i}` }, `Section ${i}`], ['p', {}, 'Text with ', ['code', {}, `S3(run=self)`], ` number ${i}.`])
  }
  return { type: 'minimark', value, toc: { links: [] } }
}

describe('minimark payload', () => {
  it('recognises only Markdown bodies', () => {
    expect(isMinimarkBody(body(1))).toBe(true)
    expect(isMinimarkBody({ type: 'minimark' })).toBe(false)
    expect(isMinimarkBody({ type: 'other', value: [] })).toBe(false)
    expect(isMinimarkBody(null)).toBe(false)
    expect(isMinimarkBody('minimark')).toBe(false)
  })

  it('round-trips a page with its body, and the body costs fewer gzipped bytes than devalue\'s graph', () => {
    const page = { title: 'T', body: body(200), meta: { tags: ['a'] } }
    const reduced = stringify({ data: { page } }, reducers)
    expect(parse(reduced, revivers)).toEqual({ data: { page } })
    expect(reduced).toContain('"MinimarkBody"')
    expect(gzipSync(reduced).length).toBeLessThan(gzipSync(stringify({ data: { page } })).length)
  })
})
