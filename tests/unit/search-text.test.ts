import { describe, expect, it } from 'vitest'
import { pageSections, textOf } from '~/utils/search-text'

// Nodes as Nuxt Content stores them (minimark), taken from the real pages: a table and a list of links
// from deep-dives/client-api-and-namespaces, a steps component from patterns/notebook-resume, a callout,
// a highlighted code block and Shiki's style sheet.
const table = ['table', { label: 'Table: Member, Returns' },
  ['thead', {}, ['tr', {}, ['th', {}, 'Member'], ['th', {}, 'Returns']]],
  ['tbody', {},
    ['tr', {}, ['td', {}, ['code', {}, 'Flow.latest_run']], ['td', {}, 'The newest run in the current namespace, which may still be running or may have failed']],
    ['tr', {}, ['td', {}, ['code', {}, 'Flow.latest_successful_run']], ['td', {}, 'The newest run whose ', ['code', {}, 'end'], ' step succeeded']]]]
const links = ['ul', {},
  ['li', {}, ['a', { href: 'https://docs.metaflow.org/api/client', rel: ['nofollow'] }, 'Client API reference']],
  ['li', {}, ['a', { href: 'https://docs.metaflow.org/scaling/tagging', rel: ['nofollow'] }, 'Organizing Results: namespaces and tags']]]
const steps = ['steps', { level: '3' },
  ['h3', { id: 'define-the-flow-and-run-it-in-one-cell' }, ['a', { href: '#define-the-flow-and-run-it-in-one-cell', class: 'heading-anchor' }, 'Define the flow and run it in one cell']],
  ['p', {}, 'The first code cell holds the imports, the whole flow, and ', ['code', {}, 'NBRunner'], ' on the last line.'],
  ['pre', { className: 'language-python shiki', code: 'import random\n' }, ['code', {}, ['span', { class: 'line' }, ['span', {}, 'import'], ['span', {}, ' random']]]],
  ['h3', { id: 'resume-from-the-failed-step' }, ['a', { href: '#resume-from-the-failed-step', class: 'heading-anchor' }, 'Resume from the failed step']],
  ['p', {}, 'Fix the cell and call ', ['code', {}, 'nbresume()'], '.']]
const note = ['note', {}, ['p', {}, 'Open-source Metaflow has no built-in FastAPI integration.'], ['p', {}, 'Everything in ', ['code', {}, 'app.py'], ' is ordinary FastAPI code.']]
const style = ['style', {}, 'html pre.shiki code .siEAs{--shiki-light:#A0111F}']

const heading = (level: number, id: string, text: string) => [`h${level}`, { id }, ['a', { href: `#${id}`, class: 'heading-anchor' }, text]]

describe('textOf', () => {
  it('separates table cells, so a code cell and the next cell stay two words', () => {
    expect(textOf(table as never)).toBe('Member Returns Flow.latest_run The newest run in the current namespace, which may still be running or may have failed Flow.latest_successful_run The newest run whose end step succeeded')
  })

  it('separates list items', () => {
    expect(textOf(links as never)).toBe('Client API reference Organizing Results: namespaces and tags')
  })

  it('keeps inline elements inside their sentence and skips code blocks', () => {
    expect(textOf(steps as never)).toBe('Define the flow and run it in one cell The first code cell holds the imports, the whole flow, and NBRunner on the last line. Resume from the failed step Fix the cell and call nbresume().')
  })

  it('separates the paragraphs of a component and drops style sheets', () => {
    expect(textOf(note as never)).toBe('Open-source Metaflow has no built-in FastAPI integration. Everything in app.py is ordinary FastAPI code.')
    expect(textOf(style as never)).toBe('')
  })
})

describe('pageSections', () => {
  const page = {
    path: '/deep-dives/client-api-and-namespaces',
    title: 'The Client API, namespaces and tags',
    description: 'How to find runs.',
    body: { type: 'minimark', value: [
      ['p', {}, 'How to find runs.'],
      ['p', {}, 'Every object has a ', ['em', {}, 'pathspec'], '.'],
      note,
      heading(2, 'finding-the-right-run', 'Finding the right run'),
      table,
      style,
      heading(3, 'latest', 'Latest runs'),
      ['p', {}, 'Newest first.'],
      heading(2, 'further-reading', 'Further reading'),
      links,
      ['h2', {}, 'A heading without an id'],
      ['p', {}, 'Still here.'],
    ] },
  }

  it('splits at headings, keeps parent headings and separates every block', () => {
    const sections = pageSections(page, 'deepDives')
    expect(sections.map(s => [s.id, s.title, s.titles, s.content])).toEqual([
      ['/deep-dives/client-api-and-namespaces', 'The Client API, namespaces and tags', [], 'How to find runs. Every object has a pathspec. Open-source Metaflow has no built-in FastAPI integration. Everything in app.py is ordinary FastAPI code.'],
      ['/deep-dives/client-api-and-namespaces#finding-the-right-run', 'Finding the right run', [], textOf(table as never)],
      ['/deep-dives/client-api-and-namespaces#latest', 'Latest runs', ['Finding the right run'], 'Newest first.'],
      ['/deep-dives/client-api-and-namespaces#further-reading', 'Further reading', [], 'Client API reference Organizing Results: namespaces and tags A heading without an id Still here.'],
    ])
    expect(sections.every(s => s.path === page.path && s.page === page.title && s.type === 'deepDives')).toBe(true)
  })

  it('keeps a first paragraph that differs from the description', () => {
    const [intro] = pageSections({ ...page, description: 'Something else.' }, 'deepDives')
    expect(intro!.content).toBe('Something else. How to find runs. Every object has a pathspec. Open-source Metaflow has no built-in FastAPI integration. Everything in app.py is ordinary FastAPI code.')
  })

  it('gives a page without a body its intro only', () => {
    expect(pageSections({ path: '/x', title: 'X', description: 'About x.' }, 'page')).toEqual([{ id: '/x', path: '/x', page: 'X', type: 'page', title: 'X', titles: [], content: 'About x.' }])
  })

  it('names the page when the body is not minimark', () => {
    expect(() => pageSections({ path: '/x', title: 'X', body: { type: 'root', children: [] } }, 'page'))
      .toThrow('search index: /x: body is not a minimark tree (type "root"); expected { type: \'minimark\', value: [...] }')
  })
})
