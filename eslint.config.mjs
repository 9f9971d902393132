// ESLint (flat config): @nuxt/eslint's config for this project, with its stylistic rules (nuxt.config.ts
// `eslint.config.stylistic`). `nuxt prepare` (run by `npm ci`) writes the file imported here.
import withNuxt from './.nuxt/eslint.config.mjs'

export default withNuxt(
  { ignores: ['examples/**', '.output-base/**', 'tests/fixtures/**/*.md'] },
  {
    rules: {
      // Both put an element's text on lines of its own, which Vue renders as a space inside the element:
      // a link before a comma would read "link ,". Templates keep inline text inline.
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      // A short element keeps its attributes on its line; a long one has one attribute per line.
      'vue/max-attributes-per-line': ['error', { singleline: { max: 4 }, multiline: { max: 1 } }],
    },
  },
)
