// ESLint (flat config): @nuxt/eslint's config for this project, with its stylistic rules (nuxt.config.ts
// `eslint.config.stylistic`). `nuxt prepare` (run by `npm ci`) writes the file imported here.
import withNuxt from './.nuxt/eslint.config.mjs'

export default withNuxt({
  ignores: ['examples/**', 'bench/**/*.json', '.output-base/**', 'tests/fixtures/**/*.md'],
})
