// The walkthrough block's data, prepared at build time: checks of the front matter's `walkthrough:` with
// file, field, value and what is allowed, and the chapters and trimmed transcript of a real recording.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { markdownHeadings } from '~/utils/walkthrough'
import { formatCastTime, trimOutput, walkthroughChapters, walkthroughForPage } from '~/utils/walkthrough-page'

const root = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined)
const ARTICLE = 'content/patterns/notebook-resume.md'
const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
const headings = markdownHeadings(read(ARTICLE)!).map(text => ({ id: slugOf(text), text }))
const front = { examples: 'examples/notebook-resume', walkthrough: 'examples/notebook-resume/walkthrough.yml' }

describe('walkthroughForPage', () => {
  it('prepares the recorded walkthrough: chapters at the step markers, tied to heading ids, and the duration', () => {
    const { page, errors } = walkthroughForPage(ARTICLE, front, headings, read)
    expect(errors).toEqual([])
    const cast = read('examples/notebook-resume/walkthrough.cast')!
    const header = JSON.parse(cast.split('\n')[0]!)
    const markers = cast.split('\n').slice(1).filter(Boolean).map(l => JSON.parse(l)).filter(e => e[1] === 'm')
    expect(page!.cast).toBe('/walkthroughs/notebook-resume.cast')
    expect(page!.castBytes).toBe(Buffer.byteLength(cast))
    expect(page!.duration).toBe(header.duration)
    expect(page!.durationText).toBe(formatCastTime(header.duration))
    expect(page!.steps.map(s => s.start)).toEqual(markers.map(m => m[0]))
    expect(page!.steps.map(s => s.caption)).toEqual(markers.map(m => m[2]))
    expect(page!.steps.every(s => headings.some(h => h.id === s.headingId && h.text === s.heading))).toBe(true)
    expect(page!.steps[0]!.commands[0]!.command).toMatch(/^sed -i/)
    // The pytest step prints more than the transcript shows: its output is trimmed, its last lines kept.
    const pytest = page!.steps.at(-1)!.commands[0]!
    expect(pytest.command).toBe('python -m pytest -q')
    expect(pytest.output.head.split('\n').length).toBeLessThanOrEqual(24)
    expect(`${pytest.output.head}\n${pytest.output.tail}`).toMatch(/passed/)
    // The failing run is long: its head and its end, with the exception, are kept; the middle is left out.
    const failed = page!.steps[1]!.commands[0]!.output
    expect(failed.omitted).toBeGreaterThan(0)
    expect(failed.tail).toMatch(/KeyError: 'north'/)
  })

  it('requires the field when the example has a script, and refuses other paths', () => {
    expect(walkthroughForPage(ARTICLE, { examples: front.examples }, headings, read).errors)
      .toEqual([`${ARTICLE}: walkthrough is missing but examples/notebook-resume/walkthrough.yml exists (add \`walkthrough: examples/notebook-resume/walkthrough.yml\` to the front matter)`])
    expect(walkthroughForPage(ARTICLE, {}, headings, read)).toEqual({ errors: [] })
    expect(walkthroughForPage(ARTICLE, { walkthrough: '../secrets.yml' }, headings, read).errors)
      .toEqual([`${ARTICLE}: walkthrough "../secrets.yml" is not allowed (allowed: examples/<slug>/walkthrough.yml)`])
    expect(walkthroughForPage(ARTICLE, { ...front, walkthrough: 'examples/fastapi-endpoints/walkthrough.yml' }, headings, read).errors)
      .toEqual([`${ARTICLE}: walkthrough "examples/fastapi-endpoints/walkthrough.yml" is not in the pattern's examples folder (allowed: examples/notebook-resume/walkthrough.yml)`])
  })

  it('fails on a missing script, a missing recording, and a step whose heading the article does not have', () => {
    expect(walkthroughForPage(ARTICLE, { walkthrough: 'examples/nope/walkthrough.yml' }, headings, read).errors)
      .toEqual([`${ARTICLE}: walkthrough "examples/nope/walkthrough.yml" does not exist (write it, see examples/notebook-resume/walkthrough.yml)`])
    const noCast = (path: string) => (path.endsWith('.cast') ? undefined : read(path))
    expect(walkthroughForPage(ARTICLE, front, headings, noCast).errors)
      .toEqual([`${ARTICLE}: walkthrough "examples/notebook-resume/walkthrough.yml" has no recording, examples/notebook-resume/walkthrough.cast (record it: npm run record -- notebook-resume)`])
    const fewer = headings.filter(h => h.text !== 'Pitfalls')
    const errors = walkthroughForPage(ARTICLE, front, fewer, read).errors
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^examples\/notebook-resume\/walkthrough\.yml:\d+: steps\[5\]\.heading "Pitfalls" is not a heading of the article \(known: .*\) \(named by content\/patterns\/notebook-resume\.md\)$/)
  })

  it('fails, saying to re-record, on a recording made from another script', () => {
    const otherCast = (path: string) => (path.endsWith('.cast') ? read('examples/fastapi-endpoints/walkthrough.cast') : read(path))
    const { errors } = walkthroughForPage(ARTICLE, front, headings, otherCast)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/re-record it: npm run record -- notebook-resume\)$/)
  })
})

describe('trimOutput and chapters', () => {
  it('keeps short output whole and the first and last lines of long output', () => {
    expect(trimOutput('a\nb')).toEqual({ head: 'a\nb', omitted: 0, tail: '' })
    expect(trimOutput('')).toEqual({ head: '', omitted: 0, tail: '' })
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n')
    expect(trimOutput(lines)).toEqual({
      head: Array.from({ length: 8 }, (_, i) => `line ${i + 1}`).join('\n'),
      omitted: 10,
      tail: Array.from({ length: 12 }, (_, i) => `line ${i + 19}`).join('\n'),
    })
  })

  it('gives each heading one chapter, at its first step, as m:ss', () => {
    const step = (start: number, headingId: string) => ({ index: 0, caption: `at ${start}`, heading: headingId, headingId, start, at: formatCastTime(start), commands: [] })
    expect(walkthroughChapters({ steps: [step(1.5, 'a'), step(12.9, 'b'), step(61, 'a'), step(70, '')] }))
      .toEqual([{ at: '0:01', title: 'at 1.5', heading: 'a' }, { at: '0:12', title: 'at 12.9', heading: 'b' }])
  })
})
