// The code highlighter's configuration (read by @nuxtjs/mdc, which Nuxt Content parses Markdown with).
// Shiki stops tokenizing a line after 500 ms by default and leaves the rest of the block wrongly coloured;
// on a busy build machine that happened to a Python docstring, so two builds of one commit differed (and the
// reading time, which counts the highlighted fragments, with them). No time limit: every build highlights
// the same way. The site's code blocks are short; a pathological line only makes the build slower.
import { defineConfig } from '@nuxtjs/mdc/config'

export default defineConfig({
  shiki: {
    transformers: [{
      name: 'metaflow-patterns:no-tokenize-time-limit',
      preprocess(_code, options) {
        options.tokenizeTimeLimit = 0
      },
    }],
  },
})
