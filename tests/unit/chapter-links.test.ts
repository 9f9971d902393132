import { describe, expect, it } from 'vitest'
import { addChapterLinks } from '~/utils/chapter-links'

describe('addChapterLinks', () => {
  it('adds one link to each heading a chapter is tied to, once', () => {
    const body = { value: [
      ['h2', { id: 'setup' }, 'Setup'],
      ['p', {}, 'text'],
      ['h3', { id: 'details' }, 'Details'],
      ['h2', { id: 'other' }, 'Other'],
    ] as never[] }
    const chapters = [{ at: '0:00', title: 'Intro' }, { at: '1:30', title: 'Set it up', heading: 'setup' }, { at: '3:05', title: 'Details', heading: 'details' }]
    expect(addChapterLinks(body, chapters)).toBe(2)
    expect(addChapterLinks(body, chapters)).toBe(0)
    expect(body.value[0]).toEqual(['h2', { id: 'setup' }, 'Setup', ['video-chapter-link', { at: '1:30', title: 'Set it up' }]])
    expect(body.value[2]).toEqual(['h3', { id: 'details' }, 'Details', ['video-chapter-link', { at: '3:05', title: 'Details' }]])
    expect(body.value[3]).toEqual(['h2', { id: 'other' }, 'Other'])
  })
})
