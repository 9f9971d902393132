// Build-time content checks: checks raw HTML and URLs against an allow-list and expands example includes
// before Markdown is parsed, validates every front matter field, cross-reference, image and component, and
// fails `nuxt generate` / `nuxt build` on any error (warns in dev). After the parse it also finishes the markup that needs no browser code: heading
// self-links, table names and image sizes (utils/minimark.ts).
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs'
import { join, relative } from 'node:path'
import { defineNuxtModule, useLogger } from '@nuxt/kit'
import { isHTMLTag, isSVGTag } from '@vue/shared'
import { checkChapterHeadings, checkComponents, splitFrontMatter } from '../../utils/content-checks'
import { expandIncludes } from '../../utils/includes'
import { readExampleFile } from '../../utils/example-files'
import { parse as parseYaml } from 'yaml'
import { publicImageSize, resolvePublicFile } from '../../utils/public-files'
import { fileVideoProblems } from '../../utils/file-video'
import type { Video } from '../../utils/content-schema'
import { publicDirs } from '../../utils/site-fixtures'
import { addHeadingAnchors, collectComponentProps, fillImageSizes, labelTables, collectHeadingIds, collectTags, collectText, fillImageAlts } from '../../utils/minimark'
import { countWords, readingMinutes } from '../../utils/reading-time'
import { checkMarkdownMarkup } from './markup'
import { scanContent } from './scan'

export default defineNuxtModule({
  meta: { name: 'content-checks' },
  setup(_options, nuxt) {
    const logger = useLogger('content-checks')
    const root = nuxt.options.rootDir
    const rel = (path: string) => relative(root, path).split('\\').join('/')
    const errors: string[] = []
    const warnings: string[] = []

    const readRepoFile = (path: string) => {
      const full = join(root, path)
      return existsSync(full) ? readFileSync(full, 'utf8') : undefined
    }

    // Front matter and cross-references, read straight from disk so that a cached parse cannot hide them.
    const checked = scanContent(root)
    errors.push(...checked.errors)
    // Self-hosted videos (video.provider: file): their files exist under public/ and are what they say.
    const publicRoots = publicDirs().map(dir => join(root, dir))
    const readPublicHead = (src: string) => {
      const found = resolvePublicFile(publicRoots, src)
      if ('problem' in found) return found
      const bytes = new Uint8Array(4096)
      const fd = openSync(found.path, 'r')
      try {
        return { bytes: bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0)) }
      }
      finally {
        closeSync(fd)
      }
    }
    const fileVideoErrors = (file: string, field: string, video: Video | undefined) =>
      video?.provider === 'file' && video.status === 'published' ? fileVideoProblems(file, field, video, readPublicHead) : []
    for (const doc of checked.documents) errors.push(...fileVideoErrors(doc.file, 'video', doc.data.video as Video | undefined))
    const patternTitles = new Set(checked.documents.filter(d => d.collection === 'patterns').map(d => String(d.data.title)))

    // The MDC components authors may use: components/content/*.vue (ProseX files render plain tags).
    const contentComponents = readdirSync(join(root, 'components/content'))
      .filter(name => name.endsWith('.vue') && !name.startsWith('Prose'))
      .map(name => name.slice(0, -4).replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase())
    const isElement = (tag: string) => isHTMLTag(tag) || isSVGTag(tag)
    // Images under public/ (`/content/learn/x.png`): their size, or why there is none, read once per file.
    const sizes = new Map<string, ReturnType<typeof publicImageSize>>()
    const lookUpSize = (src: string) => {
      if (!sizes.has(src)) sizes.set(src, publicImageSize(root, src, publicRoots))
      return sizes.get(src)!
    }
    const sizeOf = (src: string) => {
      const found = lookUpSize(src)
      return 'size' in found ? found.size : undefined
    }

    const imageAlts = (parseYaml(readRepoFile('content/images.yml') ?? '') ?? {}) as Record<string, string>

    nuxt.hook('content:file:beforeParse', async ({ file }) => {
      if (!file.id.endsWith('.md')) return
      const path = rel(file.path)
      // Raw HTML and URLs against the allow-list, on the file as written (its own line numbers).
      const problems = await checkMarkdownMarkup(path, file.body, contentComponents, isElement)
      try {
        file.body = expandIncludes(file.body, { file: path, readFile: include => readExampleFile(root, include) })
      }
      catch (error) {
        problems.push((error as Error).message)
      }
      if (problems.length) {
        errors.push(...problems)
        // Throwing keeps Content from caching the broken parse.
        throw new Error(problems.join('\n'))
      }
    })

    nuxt.hook('content:file:afterParse', ({ file, content }) => {
      if (!file.id.endsWith('.md')) return
      const path = rel(file.path)
      content.meta = { ...(content.meta as object), readingMinutes: readingMinutes(countWords(collectText(content.body))) }
      const problems = checkChapterHeadings(path, splitFrontMatter(file.body).data as never, collectHeadingIds(content.body))
      for (const video of collectComponentProps(content.body, 'paired-video')) {
        problems.push(...checkChapterHeadings(path, video as never, collectHeadingIds(content.body)))
        problems.push(...fileVideoErrors(path, '::paired-video', { status: 'published', ...video } as Video))
      }
      // Feature reference items that match no pattern render as plain text; tell the author which.
      for (const props of collectComponentProps(content.body, 'feature-reference-list')) {
        const items = (props.items ?? []) as Array<{ label?: string, to?: string }>
        for (const item of items) {
          if (!item.to && item.label && !patternTitles.has(item.label)) {
            warnings.push(`${path}: feature-reference-list item "${item.label}" matches no pattern title and renders as plain text`)
          }
        }
      }
      problems.push(...checkComponents(path, collectTags(content.body), contentComponents, isElement))
      for (const src of fillImageSizes(content.body, sizeOf)) {
        const found = lookUpSize(src)
        const why = 'problem' in found ? found.problem : 'has no size'
        problems.push(`${path}: image "${src}" ${why}; images must be PNG, JPEG or SVG files under public/ (their size is needed so the page does not shift while it loads)`)
      }
      for (const src of fillImageAlts(content.body, imageAlts)) {
        problems.push(`${path}: image "${src}" has no alt text (add alt="..." or an entry in content/images.yml)`)
      }
      if (problems.length) {
        errors.push(...problems)
        throw new Error(problems.join('\n'))
      }
      // Heading self-links and table names are markup, made here once rather than by components in the browser.
      addHeadingAnchors(content.body)
      labelTables(content.body)
    })

    nuxt.hook('modules:done', () => {
      for (const warning of new Set(warnings)) logger.warn(warning)
      const unique = [...new Set(errors)]
      if (!unique.length) return
      const message = `Content has ${unique.length} error(s):\n${unique.map(e => `  - ${e}`).join('\n')}`
      if (nuxt.options.dev || nuxt.options._prepare) logger.warn(message)
      else throw new Error(message)
    })
  },
})
