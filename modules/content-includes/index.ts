// Expands `<<< examples/<path>[#region]` include lines into fenced code blocks before Nuxt Content parses a
// Markdown file (expand.ts), so what a reader copies is the file the example tests run. Each file is expanded
// once: the result is what Content parses and what /raw/*.md serves (server/routes/raw reads it as the
// server asset `raw-markdown`). Registered after modules/content-checks, which checks files as written.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { defineNuxtModule } from '@nuxt/kit'
import { contentDirs } from '../../utils/site-fixtures'
import { contentReport } from '../content-checks/report'
import { contentMarkdownFiles, expandContentText } from './source'

interface Expanded {
  /** The file as written. */
  source: string
  /** The file with its includes expanded, unless an include is wrong. */
  text?: string
  problem?: string
}

export default defineNuxtModule({
  meta: { name: 'content-includes' },
  setup(_options, nuxt) {
    const root = nuxt.options.rootDir
    const report = contentReport(nuxt)
    const rel = (path: string) => relative(root, path).split('\\').join('/')
    // content/<stem>.md expanded is written to <buildDir>/raw-markdown/<stem>.md, once the build has cleared
    // the build folder (build:before), and again for each file edited under `npm run dev`.
    const outDir = join(nuxt.options.buildDir, 'raw-markdown')
    const expanded = new Map<string, Expanded>()
    // The stem of each content file (`patterns/x`), by its repository-relative path.
    const stems = new Map(contentMarkdownFiles(root).map(({ file, stem }) => [file, stem]))
    let building = false
    const write = (file: string, entry: Expanded) => {
      // A file added under `npm run dev` is not in `stems` yet.
      const stem = stems.get(file) ?? contentDirs().filter(dir => file.startsWith(`${dir}/`)).map(dir => file.slice(dir.length + 1, -'.md'.length))[0]
      if (entry.text === undefined || stem === undefined) return
      const out = join(outDir, `${stem}.md`)
      mkdirSync(dirname(out), { recursive: true })
      writeFileSync(out, entry.text)
    }

    const expand = (file: string, source: string) => {
      const entry: Expanded = { source }
      try {
        entry.text = expandContentText(root, file, source)
      }
      catch (error) {
        entry.problem = (error as Error).message
      }
      expanded.set(file, entry)
      if (building) write(file, entry)
      return entry
    }

    nuxt.hook('build:before', () => {
      building = true
      for (const [file, entry] of expanded) write(file, entry)
    })

    // Every page at once: /raw/*.md needs them all, also those Content reads from its cache.
    for (const file of stems.keys()) {
      const entry = expand(file, readFileSync(join(root, file), 'utf8'))
      if (entry.problem) report.error(entry.problem)
    }

    nuxt.hook('content:file:beforeParse', ({ file }) => {
      if (!file.id.endsWith('.md')) return
      const path = rel(file.path)
      // A file edited since (npm run dev) is expanded again.
      const cached = expanded.get(path)
      const entry = cached && cached.source === file.body ? cached : expand(path, file.body)
      if (entry.problem) report.fail([entry.problem])
      file.body = entry.text!
    })

    nuxt.hook('nitro:config', (config) => {
      config.serverAssets ||= []
      config.serverAssets.push({ baseName: 'raw-markdown', dir: outDir })
    })
  },
})
