// Attaches each content file's own git history (contributors, changelog, last update) to its document
// at build time, from one `git log` pass, so a page's payload carries only its own history.
import { relative } from 'node:path'
import { defineNuxtModule, useLogger } from '@nuxt/kit'
import { HISTORY_NOT_AVAILABLE, historyOf } from '../../utils/git-log'
import { readGitHistory } from './read'

export default defineNuxtModule({
  meta: { name: 'git-history' },
  setup(_options, nuxt) {
    const history = readGitHistory(nuxt.options.rootDir)
    if (!history.available) {
      useLogger('git-history').warn('Git history is not available (shallow clone or no git): pages will say so.')
    }
    nuxt.hook('content:file:afterParse', ({ file, content }) => {
      const path = relative(nuxt.options.rootDir, file.path).split('\\').join('/')
      const meta = (content.meta ?? {}) as Record<string, unknown>
      meta.history = history.available ? historyOf(history.files.get(path)) : HISTORY_NOT_AVAILABLE
      content.meta = meta
    })
  },
})
