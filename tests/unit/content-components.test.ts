import { isHTMLTag, isSVGTag } from '@vue/shared'
import { describe, expect, it } from 'vitest'
import { checkComponents } from '../../modules/content-checks/front-matter'
import { collectTags } from '../../modules/content-markup/minimark'

const isElement = (tag: string) => isHTMLTag(tag) || isSVGTag(tag)
const COMPONENTS = ['note', 'paired-video', 'steps']

describe('checkComponents', () => {
  it('accepts HTML elements and the site\'s components, at any depth', () => {
    const body = { value: [['note', {}, ['p', {}, 'x', ['code', {}, 'y']]], ['steps', {}, ['h3', { id: 'a' }, 'A']], ['style', {}, '.x{}']] }
    expect(checkComponents('content/a.md', collectTags(body), COMPONENTS, isElement)).toEqual([])
  })

  it('names the file, the unknown component and the components allowed', () => {
    const body = { value: [['p', {}, 'x'], ['note', {}, ['code-group', {}, ['pre', {}]]]] }
    expect(checkComponents('content/a.md', collectTags(body), COMPONENTS, isElement)).toEqual([
      'content/a.md: unknown component "::code-group"; the components available are ::note, ::paired-video, ::steps',
    ])
  })

  it('rejects raw script elements', () => {
    const body = { value: [['script', {}, 'alert(1)']] }
    expect(checkComponents('content/a.md', collectTags(body), COMPONENTS, isElement)).toEqual([
      'content/a.md: a <script> element is not allowed in content (Markdown pages run no scripts)',
    ])
  })
})
