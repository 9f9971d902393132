// The committed terminal walkthroughs: one per pattern, valid, current with their example, free of machine
// details, and tied to headings the article has. A failure says how to fix it (usually: re-record).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { hostname, userInfo } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { splitFrontMatter } from '../../modules/content-checks/front-matter'
import { markdownHeadings, parseCast, validateWalkthrough, walkthroughTranscript } from '../../utils/walkthrough'
import { castScanText, findMachineDetails, RECORD_COMMAND, staleRecording } from '../../scripts/record/recording'
import { exampleInputs } from '../../scripts/record/inputs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string) => readFileSync(join(root, path), 'utf8')

// Patterns whose front matter names an examples/<slug> folder.
const patterns = readdirSync(join(root, 'content/patterns'))
  .filter(f => f.endsWith('.md') && f !== 'index.md')
  .map((f) => {
    const data = splitFrontMatter(read(`content/patterns/${f}`)).data as { examples?: string, walkthrough?: string }
    return { article: `content/patterns/${f}`, slug: f.slice(0, -3), examples: data.examples, walkthrough: data.walkthrough }
  })
  .filter(p => p.examples)

describe('terminal walkthroughs', () => {
  it('exist for every pattern with an example folder', () => {
    const missing = patterns.filter(p => !existsSync(join(root, p.examples!, 'walkthrough.yml'))).map(p => `${p.examples}/walkthrough.yml`)
    expect(missing, `write these scripts (see examples/notebook-resume/walkthrough.yml), then ${RECORD_COMMAND}`).toEqual([])
    expect(patterns.length).toBeGreaterThanOrEqual(4)
  })

  it('are named by their article\'s front matter, so the page shows them', () => {
    expect(patterns.filter(p => p.walkthrough !== `${p.examples}/walkthrough.yml`).map(p => p.article)).toEqual([])
  })

  describe.each(patterns.filter(p => existsSync(join(root, p.examples!, 'walkthrough.yml'))))('$examples', ({ article, slug, examples }) => {
    const scriptFile = `${examples}/walkthrough.yml`
    const castFile = `${examples}/walkthrough.cast`
    const headings = markdownHeadings(read(article))
    const { walkthrough, errors } = validateWalkthrough(read(scriptFile), headings, scriptFile)
    const cast = existsSync(join(root, castFile)) ? read(castFile) : undefined

    it('has a valid script whose every step names a heading of the article', () => {
      expect(errors).toEqual([])
      expect(walkthrough!.steps.every(s => headings.includes(s.heading))).toBe(true)
    })

    it('has a recording made from the current example and recorder', () => {
      expect(cast, `${castFile} is missing: record it with ${RECORD_COMMAND} -- ${slug}`).toBeDefined()
      const stale = staleRecording(cast!, exampleInputs(root, slug).hash, slug, castFile)
      expect(stale, stale).toBeUndefined()
    })

    it('is asciicast v2 with one marker per step, at the step\'s caption', () => {
      const { header, events } = parseCast(cast!, castFile)
      expect(header).toMatchObject({ version: 2, width: 100, height: 30, title: walkthrough!.title, walkthrough: { steps: walkthrough!.steps.length } })
      expect(events.filter(e => e[1] === 'm').map(e => e[2])).toEqual(walkthrough!.steps.map(s => s.caption))
      expect(header.duration).toBe(events.at(-1)![0])
    })

    it('shows every command of the script typed, in order, with output to read', () => {
      const transcript = walkthroughTranscript(cast!, walkthrough!, castFile)
      expect(transcript.map(s => s.commands.map(c => c.command))).toEqual(walkthrough!.steps.map(s => s.commands))
      const starts = transcript.map(s => s.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
      // Something was printed: a recording of a shell that never ran anything would have no output at all.
      expect(transcript.flatMap(s => s.commands).filter(c => c.output).length).toBeGreaterThan(transcript.length / 2)
    })

    it('contains no machine paths, user or host names, or tokens', () => {
      expect(findMachineDetails(castScanText(cast!), { users: [userInfo().username], hosts: [hostname()] })).toEqual([])
    })
  })
})
