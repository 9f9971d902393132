import { describe, expect, it } from 'vitest'
import { withSystemDark } from '../../modules/system-dark/transform'

describe('withSystemDark', () => {
  it('repeats a .dark rule for a system dark scheme without an explicit light class, right after itself', () => {
    const css = withSystemDark('.dark{--ui-bg:#000}.x{color:red}')
    expect(css).toBe('.dark{--ui-bg:#000}@media (prefers-color-scheme: dark){:root:not(.light){--ui-bg:#000}}.x{color:red}')
  })
  it('covers the dark: variant inside layers and keeps the layer', () => {
    const css = withSystemDark('@layer utilities{.dark\\:text-a:where(.dark, .dark *){color:blue}}')
    expect(css).toContain('@layer utilities{.dark\\:text-a:where(.dark, .dark *){color:blue}@media (prefers-color-scheme: dark){.dark\\:text-a:where(:root:not(.light), :root:not(.light) *){color:blue}}}')
  })
  it('leaves rules without the dark class alone', () => {
    const input = '.darker{color:red}.light{color:blue}.dark\\:x{color:green}'
    expect(withSystemDark(input)).toBe(input)
  })
})
