// Pure parts of the walkthrough recorder (scripts/record/record.mjs): the inputs hash that tells a stale
// recording, idle compression, scrubbing machine details out of the output, the scan that proves none is
// left, and writing asciicast v2. Shared with the tests, so the recorder and `npm test` agree.
import { createHash } from 'node:crypto'
import type { CastEvent, CastHeader } from '../../utils/walkthrough'
import { parseCast, terminalText } from '../../utils/walkthrough'

/**
 * Part of every recording's inputs hash. Bump it when a change to the recorder changes what it writes
 * (timing, prompt, scrubbing, the header): every recording then fails its freshness test until re-recorded.
 */
export const RECORDER_VERSION = '1'
export const TERMINAL = { width: 100, height: 30 }
/** Longest pause kept in a recording, in seconds: waits for a slow step play back at most this long. */
export const IDLE_LIMIT = 1.5
/** The user name the recordings run as, instead of whoever records them. */
export const RECORDING_USER = 'reader'
export const RECORD_COMMAND = 'npm run record'

export interface InputFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string
  content: string | Uint8Array
}

/** sha256 over the recorder version and each file's path and content, independent of the listing order. */
export function inputsHash(files: InputFile[], recorderVersion = RECORDER_VERSION): string {
  const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')
  const lines = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(f => `${sha(f.content)}  ${f.path}\n`)
  return `sha256:${sha(`recorder ${recorderVersion}\n${lines.join('')}`)}`
}

/**
 * Why a committed recording no longer matches its inputs, with the command that fixes it; undefined when
 * it is current.
 */
export function staleRecording(cast: string, currentHash: string, slug: string, file = `examples/${slug}/walkthrough.cast`): string | undefined {
  let header: CastHeader
  try {
    header = parseCast(cast, file).header
  }
  catch (error) {
    return `${(error as Error).message}\nRe-record it: ${RECORD_COMMAND} -- ${slug}`
  }
  const recorded = header.walkthrough?.inputs
  if (recorded === currentHash) return undefined
  const why = recorded
    ? 'examples/' + slug + '/ (or the recorder) changed after it was recorded'
    : 'its header has no walkthrough.inputs hash, so it cannot be checked'
  return `${file} is out of date: ${why} (recorded ${recorded ?? 'nothing'}, now ${currentHash}).\nRe-record it: ${RECORD_COMMAND} -- ${slug}`
}

/** Caps every pause between events at `limit` seconds; the order and the shorter gaps are kept. */
export function compressIdle(events: CastEvent[], limit = IDLE_LIMIT): CastEvent[] {
  let shift = 0
  let previous = 0
  return events.map(([time, code, data]) => {
    const gap = time - previous
    if (gap > limit) shift += gap - limit
    previous = time
    return [time - shift, code, data]
  })
}

export interface Replacement {
  from: string
  to: string
}

/**
 * Replaces machine details in the output events. The output is scrubbed as one stream, so a path split
 * across two events is still found; a replaced span keeps the time of its first character. Longer `from`
 * strings win over shorter ones that they contain.
 */
export function scrubEvents(events: CastEvent[], replacements: Replacement[]): CastEvent[] {
  const active = replacements.filter(r => r.from).sort((a, b) => b.from.length - a.from.length)
  if (!active.length) return events
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(active.map(r => escape(r.from)).join('|'), 'g')
  const to = new Map(active.map(r => [r.from, r.to]))

  const output = events.map((e, i) => ({ e, i })).filter(({ e }) => e[1] === 'o')
  const stream = output.map(({ e }) => e[2]).join('')
  // Where each output event starts in the stream.
  const starts: number[] = []
  let offset = 0
  for (const { e } of output) {
    starts.push(offset)
    offset += e[2].length
  }
  const eventAt = (pos: number) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= pos) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  const pieces: string[] = output.map(() => '')
  let pos = 0
  const copy = (from: number, until: number) => {
    while (from < until) {
      const k = eventAt(from)
      const end = Math.min(until, starts[k]! + output[k]!.e[2].length)
      pieces[k] += stream.slice(from, end)
      from = end
    }
  }
  for (const match of stream.matchAll(pattern)) {
    copy(pos, match.index)
    pieces[eventAt(match.index)] += to.get(match[0])!
    pos = match.index + match[0].length
  }
  copy(pos, stream.length)

  const result = events.map(e => [...e] as CastEvent)
  output.forEach(({ i }, k) => {
    result[i]![2] = pieces[k]!
  })
  return result.filter(e => e[1] !== 'o' || e[2] !== '')
}

export interface MachineDetailOptions {
  /** User names that must not appear as words (the recording machine's). */
  users?: string[]
  /** Host names that must not appear as words. */
  hosts?: string[]
}

const TOKEN_PATTERNS: Array<[string, RegExp]> = [
  ['an AWS access key id', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
  ['a GitHub token', /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})\b/g],
  ['a Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/g],
  ['an API key', /\bsk-[A-Za-z0-9_-]{20,}/g],
  ['a JSON web token', /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g],
  ['a private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/g],
  ['a bearer token', /\bBearer [A-Za-z0-9._~+/-]{20,}/g],
]

const PATH_PATTERNS: Array<[string, RegExp]> = [
  ['a root home path', /(?<![\w.~-])\/root(?:\/|\b)/g],
  ['a home path', /(?<![\w.~-])\/home\/[^\s/'"]+/g],
  ['a macOS home path', /(?<![\w.~-])\/Users\/[^\s/'"]+/g],
  ['a Windows home path', /\b[A-Z]:\\Users\\[^\s\\'"]+/g],
  ['a /work path', /(?<![\w.~-])\/work\//g],
  ['a temporary path', /(?<![\w.~-])\/tmp\/[^\s'"]+/g],
  ['a temporary path', /(?<![\w.~-])\/var\/folders\/[^\s'"]+/g],
  ['a relative path to a machine folder', /(?:\.\.\/)+(?:root|home|Users|work|tmp)\//g],
  ['an e-mail address', /\b[\w.+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+\b/g],
]

/**
 * Machine details left in a recording's text: absolute home, work and temporary paths, the given user and
 * host names as words, tokens, and IP addresses other than loopback. One line per finding, with context.
 */
export function findMachineDetails(text: string, options: MachineDetailOptions = {}): string[] {
  const findings: string[] = []
  const around = (index: number, length: number) =>
    JSON.stringify(text.slice(Math.max(0, index - 30), index + length + 30))
  const scan = (what: string, pattern: RegExp) => {
    for (const match of text.matchAll(pattern)) findings.push(`${what} "${match[0]}" in ${around(match.index, match[0].length)}`)
  }
  for (const [what, pattern] of [...PATH_PATTERNS, ...TOKEN_PATTERNS]) scan(what, pattern)
  for (const match of text.matchAll(/(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w.])/g)) {
    const [a, b, c, d] = match.slice(1).map(Number)
    if (a === 127 || (a === 0 && b === 0 && c === 0 && d === 0) || [a, b, c, d].some(n => n! > 255)) continue
    findings.push(`an IP address "${match[0]}" in ${around(match.index, match[0].length)}`)
  }
  const word = (name: string) => new RegExp(`(?<![A-Za-z0-9_-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_-])`, 'g')
  for (const user of new Set(options.users ?? [])) {
    if (user.length < 3 || user === RECORDING_USER) continue
    const name = user.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    // "root" is also a word these articles use ("Metaflow rejects root"): look for it where it names a user.
    scan('the user name', user === 'root'
      ? new RegExp(`(?:\\buser[:= ]|\\b(?:USER|LOGNAME|USERNAME)=|~)${name}(?![A-Za-z0-9_-])|(?<![A-Za-z0-9_.-])${name}@`, 'g')
      : word(user))
  }
  for (const host of new Set(options.hosts ?? [])) {
    if (host.length >= 3 && host !== 'localhost') scan('the host name', word(host))
  }
  return findings
}

/** The text a scan must cover: the file as written, and its output as a terminal shows it (no escapes). */
export function castScanText(cast: string): string {
  const { events } = parseCast(cast)
  return `${cast}\n${terminalText(events.filter(e => e[1] === 'o').map(e => e[2]).join(''))}`
}

/** Writes asciicast v2: a header line, then one event per line, times in milliseconds precision. */
export function buildCast(header: Omit<CastHeader, 'version'>, events: CastEvent[]): string {
  let last = 0
  const lines = events.map(([time, code, data]) => {
    // Rounding must not reorder events.
    last = Math.max(last, Math.round(time * 1000) / 1000)
    return JSON.stringify([last, code, data])
  })
  return `${JSON.stringify({ version: 2, ...header, duration: last })}\n${lines.join('\n')}\n`
}
