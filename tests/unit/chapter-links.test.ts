import { describe, expect, it } from 'vitest'
import { addChapterLinks } from '~/modules/content-markup/chapter-links'

describe('addChapterLinks', () => {
  it('adds one button after each heading a chapter is tied to, once', () => {
    const body = { value: [
      ['h2', { id: 'setup' }, 'Setup'],
      ['p', {}, 'text'],
      ['h3', { id: 'details' }, 'Details'],
      ['h2', { id: 'other' }, 'Other'],
    ] as never[] }
    const chapters = [{ at: '0:00', title: 'Intro' }, { at: '1:30', title: 'Set it up', heading: 'setup' }, { at: '3:05', title: 'Details', heading: 'details' }]
    expect(addChapterLinks(body, chapters)).toBe(2)
    expect(addChapterLinks(body, chapters)).toBe(0)
    expect(body.value).toEqual([
      ['h2', { id: 'setup' }, 'Setup'],
      ['video-chapter-link', { at: '1:30', title: 'Set it up' }],
      ['p', {}, 'text'],
      ['h3', { id: 'details' }, 'Details'],
      ['video-chapter-link', { at: '3:05', title: 'Details' }],
      ['h2', { id: 'other' }, 'Other'],
    ])
  })
})

describe('fillImageAlts', () => {
  it('fills missing alt text from the registry and reports images with none', async () => {
    const { fillImageAlts } = await import('~/modules/content-markup/minimark')
    const body = { value: [
      ['p', {}, ['img', { src: '/a.svg' }], ['img', { src: '/b.png', alt: 'kept' }], ['img', { src: '/c.png', alt: ' ' }]],
    ] }
    expect(fillImageAlts(body, new Map([['/a.svg', 'A diagram']]))).toEqual(['/c.png'])
    expect(body.value[0]).toEqual(['p', {}, ['img', { src: '/a.svg', alt: 'A diagram' }], ['img', { src: '/b.png', alt: 'kept' }], ['img', { src: '/c.png', alt: ' ' }]])
  })

  it('reads the registry by the image\'s exact src only', async () => {
    const { fillImageAlts } = await import('~/modules/content-markup/minimark')
    const { imageAlts } = await import('~/modules/content-markup/image-alts')
    const alts = imageAlts('/a.svg: "A diagram"\n/b.png: 3\n')
    expect([...alts]).toEqual([['/a.svg', 'A diagram']])
    const body = { value: [['img', { src: 'constructor' }], ['img', { src: '__proto__' }], ['img', { src: '/a.svg' }]] }
    expect(fillImageAlts(body, alts)).toEqual(['constructor', '__proto__'])
    expect(body.value.map(node => (node[1] as { alt?: string }).alt)).toEqual([undefined, undefined, 'A diagram'])
  })
})
