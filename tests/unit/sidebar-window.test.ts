import { describe, expect, it } from 'vitest'
import { sidebarWindow } from '../../utils/sidebar-window'

const items = Array.from({ length: 100 }, (_, i) => ({ path: `/p/${i}` }))
const paths = (list: Array<{ path: string }>) => list.map(i => Number(i.path.split('/').pop()))

describe('sidebarWindow', () => {
  it('keeps a short list whole', () => {
    expect(sidebarWindow(items.slice(0, 5), '/p/2', 30)).toHaveLength(5)
  })
  it('centres on the current item', () => {
    const window = paths(sidebarWindow(items, '/p/50', 30))
    expect(window[0]).toBe(35)
    expect(window).toHaveLength(30)
    expect(window).toContain(50)
  })
  it('clamps at both ends and starts at the top when nothing is current', () => {
    expect(paths(sidebarWindow(items, '/p/2', 30))[0]).toBe(0)
    expect(paths(sidebarWindow(items, '/p/99', 30)).at(-1)).toBe(99)
    expect(paths(sidebarWindow(items, '/elsewhere', 30))[0]).toBe(0)
  })
})
