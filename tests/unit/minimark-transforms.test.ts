import { describe, expect, it } from 'vitest'
import { addHeadingAnchors, collectText, labelTables } from '../../modules/content-markup/minimark'

describe('addHeadingAnchors', () => {
  it('wraps the content of h2-h4 with ids in a link to the heading, inside components too', () => {
    const body = { value: [
      ['h2', { id: 'setup' }, 'Set ', ['code', {}, 'S3'], ' up'],
      ['p', {}, 'text'],
      ['steps', {}, ['h3', { id: 'one' }, 'One']],
      ['h4', { id: 'deep' }, 'Deep'],
    ] }
    expect(addHeadingAnchors(body)).toBe(3)
    expect(body.value[0]).toEqual(['h2', { id: 'setup' }, ['a', { href: '#setup', class: 'heading-anchor' }, 'Set ', ['code', {}, 'S3'], ' up']])
    expect(body.value[2]).toEqual(['steps', {}, ['h3', { id: 'one' }, ['a', { href: '#one', class: 'heading-anchor' }, 'One']]])
    expect(collectText(body)).toBe('Set  S3  up text One Deep')
  })

  it('leaves h1, h5, headings without an id and headings that already hold a link', () => {
    const linked = ['h2', { id: 'x' }, 'See ', ['a', { href: '/y' }, 'y']]
    const body = { value: [['h1', { id: 'top' }, 'Top'], ['h5', { id: 'small' }, 'Small'], ['h3', {}, 'No id'], linked] }
    const before = JSON.stringify(body)
    expect(addHeadingAnchors(body)).toBe(0)
    expect(JSON.stringify(body)).toBe(before)
  })

  it('accepts a body without a value', () => {
    expect(addHeadingAnchors(undefined)).toBe(0)
    expect(addHeadingAnchors({})).toBe(0)
  })
})

describe('labelTables', () => {
  const table = (...headings: string[]) => ['table', {}, ['thead', {}, ['tr', {}, ...headings.map(h => ['th', {}, h])]], ['tbody', {}, ['tr', {}, ['td', {}, 'x']]]]

  it('names tables after their column headings, numbering repeats', () => {
    const body = { value: [table('Situation', 'Why'), ['note', {}, table('Situation', 'Why')], table('A', '')] as unknown[] }
    labelTables(body)
    expect((body.value[0] as unknown[])[1]).toEqual({ label: 'Table: Situation, Why' })
    expect(((body.value[1] as unknown[])[2] as unknown[])[1]).toEqual({ label: 'Table 2: Situation, Why' })
    expect((body.value[2] as unknown[])[1]).toEqual({ label: 'Table: A' })
  })

  it('reads the text of formatted headings and names a table without headings', () => {
    const body = { value: [['table', {}, ['thead', {}, ['tr', {}, ['th', {}, ['code', {}, 'S3'], ' method']]]], ['table', {}, ['tbody', {}]]] as unknown[] }
    labelTables(body)
    expect((body.value[0] as unknown[])[1]).toEqual({ label: 'Table: S3 method' })
    expect((body.value[1] as unknown[])[1]).toEqual({ label: 'Table: untitled' })
  })
})
