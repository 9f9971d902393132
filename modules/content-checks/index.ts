// Build-time content checks, validation only (the markup is changed by modules/content-markup): front
// matter, tags and cross-references of every file (scan.ts, read from disk so a cached parse cannot hide
// them); each Markdown file as written, before its includes are expanded (raw HTML and URLs against an
// allow-list, no long inline code blocks); and each parsed file (components, chapter headings, images).
// Problems are warnings in `npm run dev` and fail `nuxt generate` / `nuxt build` (report.ts). Registered
// first of the content modules in nuxt.config.ts: its hooks see the file as written and the parse as made.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs'
import { join, relative } from 'node:path'
import { defineNuxtModule } from '@nuxt/kit'
import { isHTMLTag, isSVGTag } from '@vue/shared'
import type { Video } from '../../utils/content-schema'
import { fileVideoProblems } from '../../utils/file-video'
import { publicDirs } from '../../utils/site-fixtures'
import { collectComponentProps, collectHeadingIds, collectHeadings, collectTags, imagesToSize, imagesWithoutAlt } from '../content-markup/minimark'
import { walkthroughForPage } from '../../utils/walkthrough-page'
import { imageAlts } from '../content-markup/image-alts'
import { publicImageSize, resolvePublicFile } from '../content-markup/public-files'
import { checkInlineCodeBlocks } from './code-blocks'
import { checkChapterHeadings, checkComponents } from './front-matter'
import { checkMarkdownMarkup } from './markup'
import { contentReport } from './report'
import { scanContent } from './scan'

export default defineNuxtModule({
  meta: { name: 'content-checks' },
  setup(_options, nuxt) {
    const root = nuxt.options.rootDir
    const rel = (path: string) => relative(root, path).split('\\').join('/')
    const report = contentReport(nuxt)
    const readRepoFile = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined)

    // Front matter (parsed once here) and cross-references.
    const checked = scanContent(root)
    for (const error of checked.errors) report.error(error)
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
    for (const doc of checked.documents) {
      for (const error of fileVideoErrors(doc.file, 'video', doc.data.video as Video | undefined)) report.error(error)
    }
    const patternTitles = new Set(checked.documents.filter(d => d.collection === 'patterns').map(d => String(d.data.title)))

    // The MDC components authors may use: components/content/*.vue (ProseX files render plain tags).
    const contentComponents = readdirSync(join(root, 'components/content'))
      .filter(name => name.endsWith('.vue') && !name.startsWith('Prose'))
      .map(name => name.slice(0, -4).replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase())
    const isElement = (tag: string) => isHTMLTag(tag) || isSVGTag(tag)
    const alts = imageAlts(existsSync(join(root, 'content/images.yml')) ? readFileSync(join(root, 'content/images.yml'), 'utf8') : '')
    // Images under public/ (`/content/learn/x.png`): why one has no size, read once per file.
    const sizeProblems = new Map<string, string | undefined>()
    const sizeProblem = (src: string) => {
      if (!sizeProblems.has(src)) {
        const found = publicImageSize(root, src, publicRoots)
        sizeProblems.set(src, 'problem' in found ? found.problem : undefined)
      }
      return sizeProblems.get(src)
    }

    nuxt.hook('content:file:beforeParse', async ({ file }) => {
      if (!file.id.endsWith('.md')) return
      const path = rel(file.path)
      // On the file as written (its own line numbers): modules/content-includes runs after this hook.
      report.fail([
        ...await checkMarkdownMarkup(path, file.body, contentComponents, isElement),
        ...checkInlineCodeBlocks(path, file.body),
      ])
    })

    nuxt.hook('content:file:afterParse', ({ file, content }) => {
      if (!file.id.endsWith('.md')) return
      const path = rel(file.path)
      const headingIds = collectHeadingIds(content.body)
      // The front matter as Nuxt Content parsed it, and every ::paired-video's props.
      const problems = checkChapterHeadings(path, content.video as never, headingIds)
      // The terminal walkthrough (front matter `walkthrough:`): the script, its recording and the headings its
      // steps name; modules/content-markup prepares the page's block from the same function.
      problems.push(...walkthroughForPage(path, content, collectHeadings(content.body), readRepoFile).errors)
      for (const video of collectComponentProps(content.body, 'paired-video')) {
        problems.push(...checkChapterHeadings(path, video as never, headingIds))
        problems.push(...fileVideoErrors(path, '::paired-video', { status: 'published', ...video } as Video))
      }
      // Feature reference items that match no pattern render as plain text; tell the author which.
      for (const props of collectComponentProps(content.body, 'feature-reference-list')) {
        const items = (props.items ?? []) as Array<{ label?: string, to?: string }>
        for (const item of items) {
          if (!item.to && item.label && !patternTitles.has(item.label)) {
            report.warn(`${path}: feature-reference-list item "${item.label}" matches no pattern title and renders as plain text`)
          }
        }
      }
      problems.push(...checkComponents(path, collectTags(content.body), contentComponents, isElement))
      for (const src of imagesToSize(content.body)) {
        const why = sizeProblem(src)
        if (why) problems.push(`${path}: image "${src}" ${why}; images must be PNG, JPEG or SVG files under public/ (their size is needed so the page does not shift while it loads)`)
      }
      for (const src of imagesWithoutAlt(content.body)) {
        if (!alts.get(src)) problems.push(`${path}: image "${src}" has no alt text (add alt="..." or an entry in content/images.yml)`)
      }
      report.fail(problems)
    })
  },
})
