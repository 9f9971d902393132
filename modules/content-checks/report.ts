// One list of content problems for the content modules (checks and includes): warnings in `npm run dev`,
// an error that fails `nuxt generate` / `nuxt build`, reported once after Nuxt Content has parsed.
import type { Nuxt } from '@nuxt/schema'
import { useLogger } from '@nuxt/kit'

export interface ContentReport {
  /** A problem that fails the build: "file[:line]: what is wrong (what is allowed)". */
  error: (message: string) => void
  /** Something the author should know that does not fail the build. */
  warn: (message: string) => void
  /** Records `problems` and throws them, so Nuxt Content neither caches nor publishes the file's parse. */
  fail: (problems: string[]) => void
}

const reports = new WeakMap<Nuxt, ContentReport>()

export function contentReport(nuxt: Nuxt): ContentReport {
  const existing = reports.get(nuxt)
  if (existing) return existing
  const logger = useLogger('content')
  const errors = new Set<string>()
  const warnings = new Set<string>()
  const report: ContentReport = {
    error: message => errors.add(message),
    warn: message => warnings.add(message),
    fail: (problems) => {
      if (!problems.length) return
      for (const problem of problems) errors.add(problem)
      throw new Error(problems.join('\n'))
    },
  }
  // Registered after @nuxt/content's own hook (local modules come after it in nuxt.config.ts), so the files
  // are parsed by the time this runs.
  nuxt.hook('modules:done', () => {
    for (const warning of warnings) logger.warn(warning)
    if (!errors.size) return
    const message = `Content has ${errors.size} error(s):\n${[...errors].map(e => `  - ${e}`).join('\n')}`
    if (nuxt.options.dev || nuxt.options._prepare) logger.warn(message)
    else throw new Error(message)
  })
  reports.set(nuxt, report)
  return report
}
