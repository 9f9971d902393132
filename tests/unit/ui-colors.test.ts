import { describe, expect, it } from 'vitest'
import { uiColorsCss } from '../../modules/lean-client/colors'

describe('uiColorsCss', () => {
  const css = uiColorsCss({ primary: 'sky', error: 'red', neutral: 'slate' })

  it('defines every shade of every role from the Tailwind palette, with the value as fallback', () => {
    expect(css.match(/--ui-color-[a-z]+-\d+:/g)).toHaveLength(33)
    expect(css).toMatch(/--ui-color-primary-500: var\(--color-sky-500, oklch\([^)]+\)\);/)
    expect(css).toMatch(/--ui-color-neutral-950: var\(--color-slate-950, oklch\([^)]+\)\);/)
  })

  it('points each role but neutral at shade 500 in light mode and 400 in dark mode', () => {
    expect(css).toContain(':root, :host, .light {\n    --ui-primary: var(--ui-color-primary-500);\n    --ui-error: var(--ui-color-error-500);\n  }')
    expect(css).toContain('.dark {\n    --ui-primary: var(--ui-color-primary-400);\n    --ui-error: var(--ui-color-error-400);\n  }')
    expect(css).not.toContain('--ui-neutral:')
  })

  it('uses the old-neutral palette for Tailwind\'s "neutral" and applies a prefix', () => {
    const prefixed = uiColorsCss({ neutral: 'neutral' }, 'tw')
    expect(prefixed).toContain('--ui-color-neutral-50: var(--tw-color-old-neutral-50, ')
  })
})
