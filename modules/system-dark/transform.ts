import postcss from 'postcss'
import type { Rule } from 'postcss'

// A `.dark` class token (not `.dark\:utility` names or `.darker`).
const DARK_CLASS = /\.dark(?![\w\\-])/g

/**
 * Dark mode without JavaScript: every rule that applies under `.dark` (Nuxt UI's colour variables, Tailwind's
 * `dark:` variant) is repeated, right after itself, for a page whose reader's system prefers dark and that
 * carries no explicit `light` class. With JavaScript the colour-mode script sets `dark` or `light`, so an
 * explicit choice still wins.
 */
export function withSystemDark(css: string): string {
  const root = postcss.parse(css)
  const rules: Rule[] = []
  root.walkRules((rule) => {
    DARK_CLASS.lastIndex = 0
    if (DARK_CLASS.test(rule.selector)) rules.push(rule)
  })
  for (const rule of rules) {
    const copy = rule.clone({ selector: rule.selector.replace(DARK_CLASS, ':root:not(.light)') })
    rule.after(postcss.atRule({ name: 'media', params: '(prefers-color-scheme: dark)', nodes: [copy] }))
  }
  return root.toString()
}
