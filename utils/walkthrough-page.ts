// What an article page shows of its terminal walkthrough, prepared at build time from the front matter's
// `walkthrough:` (examples/<slug>/walkthrough.yml) and the recording next to it (walkthrough.cast): the
// title, duration, chapters (one per step, at the step's marker) tied to the article's headings, and the
// transcript with long output trimmed. Pure: the content checks give it the files and the headings.
import { WALKTHROUGH_PATH } from './content-schema'
import { formatVideoTime } from './video-time'
import { parseCast, validateWalkthrough, walkthroughTranscript } from './walkthrough'

/** Where the built site serves a recording (under the base path): see modules/walkthroughs. */
export const castUrlPath = (slug: string) => `/walkthroughs/${slug}.cast`

/** Output longer than this many lines shows its first OUTPUT_HEAD and last OUTPUT_TAIL lines (where a failure
 * ends: the exception of a traceback, the summary of a test run). */
export const OUTPUT_MAX_LINES = 24
export const OUTPUT_HEAD = 8
export const OUTPUT_TAIL = 12

export interface TrimmedOutput {
  head: string
  /** Lines left out between head and tail (0: nothing was trimmed, tail is empty). */
  omitted: number
  tail: string
}

export interface WalkthroughPageCommand {
  command: string
  status: number
  output: TrimmedOutput
}

export interface WalkthroughPageStep {
  index: number
  caption: string
  heading: string
  headingId: string
  /** Seconds from the start of the recording (the step's marker), and the same as "m:ss". */
  start: number
  at: string
  commands: WalkthroughPageCommand[]
}

export interface WalkthroughPage {
  slug: string
  title: string
  /** Path of the recording on the site, without the base path. */
  cast: string
  /** Bytes of the recording, as served before compression. */
  castBytes: number
  cols: number
  rows: number
  duration: number
  durationText: string
  steps: WalkthroughPageStep[]
}

/** Keeps the first and last lines of a long output; the reader plays the recording for the rest. */
export function trimOutput(text: string, max = OUTPUT_MAX_LINES, head = OUTPUT_HEAD, tail = OUTPUT_TAIL): TrimmedOutput {
  const lines = text ? text.split('\n') : []
  if (lines.length <= max) return { head: text, omitted: 0, tail: '' }
  return { head: lines.slice(0, head).join('\n'), omitted: lines.length - head - tail, tail: lines.slice(-tail).join('\n') }
}

/** "m:ss" of a time in seconds, rounded down (a chapter starts at or after its label). */
export function formatCastTime(seconds: number): string {
  return formatVideoTime(Math.max(0, Math.floor(seconds)))
}

/** A page's front matter as parsed: `examples` and `walkthrough` are read, both unchecked. */
type FrontMatter = { readonly [field: string]: unknown }

/**
 * Checks the front matter's `walkthrough:` against the files and the article, and prepares what the page
 * shows. `readFile` reads a repository file (undefined when it does not exist). Errors name the article, the
 * field, the bad value and what is allowed, or the script's own file and line.
 */
export function walkthroughForPage(
  article: string,
  data: FrontMatter,
  headings: ReadonlyArray<{ id: string, text: string }>,
  readFile: (path: string) => string | undefined,
): { page?: WalkthroughPage, errors: string[] } {
  const examples = typeof data.examples === 'string' ? data.examples : undefined
  if (data.walkthrough === undefined) {
    // An example with a recorded walkthrough must be offered to the reader.
    const script = examples ? `${examples}/walkthrough.yml` : undefined
    if (script && readFile(script) !== undefined) {
      return { errors: [`${article}: walkthrough is missing but ${script} exists (add \`walkthrough: ${script}\` to the front matter)`] }
    }
    return { errors: [] }
  }
  const value = data.walkthrough
  const match = typeof value === 'string' ? WALKTHROUGH_PATH.exec(value) : null
  if (!match) {
    return { errors: [`${article}: walkthrough ${JSON.stringify(value)} is not allowed (allowed: examples/<slug>/walkthrough.yml)`] }
  }
  const scriptFile = value as string
  const slug = match[1]!
  if (examples && examples !== `examples/${slug}`) {
    return { errors: [`${article}: walkthrough "${scriptFile}" is not in the pattern's examples folder (allowed: ${examples}/walkthrough.yml)`] }
  }
  const source = readFile(scriptFile)
  if (source === undefined) {
    return { errors: [`${article}: walkthrough "${scriptFile}" does not exist (write it, see examples/notebook-resume/walkthrough.yml)`] }
  }
  const { walkthrough, errors } = validateWalkthrough(source, headings, scriptFile)
  if (!walkthrough) return { errors: errors.map(e => `${e} (named by ${article})`) }
  const castFile = `examples/${slug}/walkthrough.cast`
  const cast = readFile(castFile)
  if (cast === undefined) {
    return { errors: [`${article}: walkthrough "${scriptFile}" has no recording, ${castFile} (record it: npm run record -- ${slug})`] }
  }
  try {
    const { header, events } = parseCast(cast, castFile)
    const transcript = walkthroughTranscript(cast, walkthrough, castFile)
    const duration = typeof header.duration === 'number' ? header.duration : (events.at(-1)?.[0] ?? 0)
    return {
      errors: [],
      page: {
        slug,
        title: walkthrough.title,
        cast: castUrlPath(slug),
        castBytes: new TextEncoder().encode(cast).length,
        cols: header.width,
        rows: header.height,
        duration,
        durationText: formatCastTime(duration),
        steps: transcript.map(step => ({
          index: step.index,
          caption: step.caption,
          heading: step.heading,
          headingId: step.headingId ?? '',
          start: step.start,
          at: formatCastTime(step.start),
          commands: step.commands.map(c => ({ command: c.command, status: c.status, output: trimOutput(c.output) })),
        })),
      },
    }
  }
  catch (error) {
    return { errors: [`${(error as Error).message} (named by ${article}; re-record it: npm run record -- ${slug})`] }
  }
}

/**
 * "Watch this part" chapters from a walkthrough: the first step of each heading, at its time. The same shape
 * as a video's chapters, so utils/chapter-links.ts puts the links under the headings.
 */
export function walkthroughChapters(page: Pick<WalkthroughPage, 'steps'>): Array<{ at: string, title: string, heading: string }> {
  const seen = new Set<string>()
  return page.steps.flatMap((step) => {
    if (!step.headingId || seen.has(step.headingId)) return []
    seen.add(step.headingId)
    return [{ at: step.at, title: step.caption, heading: step.headingId }]
  })
}
