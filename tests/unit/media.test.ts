import { describe, expect, it } from 'vitest'
import { mediaBadges, playableMedia } from '~/utils/media'

describe('media a reader can follow', () => {
  it('lists a published video first, then the walkthrough; a planned video is not playable', () => {
    expect(playableMedia({ video: { status: 'published', duration: '9:30' }, walkthrough: { duration: '3:10' } })).toEqual(['video', 'walkthrough'])
    expect(playableMedia({ video: { status: 'planned' }, walkthrough: { duration: '3:10' } })).toEqual(['walkthrough'])
    expect(playableMedia({ video: { status: 'planned' } })).toEqual([])
    expect(playableMedia({})).toEqual([])
  })

  it('labels each badge with what can be followed and how long it is', () => {
    expect(mediaBadges({ video: { status: 'published', duration: '9:30' }, walkthrough: { duration: '3:10' } }).map(b => b.label))
      .toEqual(['Video · 9:30', 'Terminal walkthrough · 3:10'])
    expect(mediaBadges({ video: { status: 'planned', duration: '8:00' }, walkthrough: { duration: '0:44' } }))
      .toEqual([{ kind: 'walkthrough', label: 'Terminal walkthrough · 0:44' }, { kind: 'planned', label: 'Video planned' }])
    expect(mediaBadges({ video: { status: 'published' } }).map(b => b.label)).toEqual(['Video'])
    expect(mediaBadges({ video: null, walkthrough: null })).toEqual([])
  })
})
