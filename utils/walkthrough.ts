// Terminal walkthroughs: the script in examples/<slug>/walkthrough.yml and its recording, walkthrough.cast
// (asciicast v2, written by `npm run record`). Pure: the build's content checks validate scripts against
// the article's headings, the page builds its transcript from the recording, and the recorder and the
// tests share the same parsing.
import { LineCounter, isMap, parseDocument } from 'yaml'

export interface WalkthroughStep {
  /** What the reader is about to see, one line. */
  caption: string
  /** The text of the article heading this step belongs to, exactly as written in the article. */
  heading: string
  /** The heading's id, when the caller gave ids with the headings. */
  headingId?: string
  /** Typed in order; a command may span lines (a quoted string, a heredoc). */
  commands: string[]
  /** The exit status every command of the step must end with (a step that shows a failure expects it). */
  status: number
  /** A loopback URL polled after the step until it answers (a server the step started in the background). */
  waitFor?: string
}

export interface Walkthrough {
  title: string
  /** Shell lines run before the recording starts (servers, environment); not shown, each must exit 0. */
  setup: string[]
  /** Environment variable names the recorder fills with free loopback ports before `setup` runs. */
  ports: string[]
  steps: WalkthroughStep[]
}

export interface WalkthroughHeading {
  text: string
  id?: string
}

/** A command line longer than this would wrap in the recording's terminal (100 columns, "$ " prompt). */
export const MAX_COMMAND_LINE = 96
export const MAX_CAPTION = 120

const TOP_KEYS = ['title', 'setup', 'ports', 'steps']
const STEP_KEYS = ['caption', 'heading', 'commands', 'status', 'waitFor']

function show(value: unknown): string {
  if (value === undefined) return 'missing'
  const text = JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

/**
 * Parses and checks a walkthrough script. `headings` are the article's headings (h2-h4); a step's heading
 * must be one of their texts, exactly. Every error names the file, the field, its line, the bad value and
 * what is allowed. `walkthrough` is set only when there is no error.
 */
export function validateWalkthrough(
  source: string,
  headings: ReadonlyArray<string | WalkthroughHeading>,
  file = 'walkthrough.yml',
): { walkthrough?: Walkthrough, errors: string[] } {
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, { lineCounter, prettyErrors: false })
  if (doc.errors.length) {
    const error = doc.errors[0]!
    const line = lineCounter.linePos(error.pos[0]).line
    return { errors: [`${file}:${line}: is not valid YAML (${error.message.split('\n')[0]})`] }
  }
  const errors: string[] = []
  const lineOf = (path: Array<string | number>) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined
    const parent = path.length ? doc.getIn(path.slice(0, -1), true) as { range?: [number, number, number] } | undefined : undefined
    const range = node?.range ?? parent?.range
    return range ? lineCounter.linePos(range[0]).line : 1
  }
  const field = (path: Array<string | number>) => path.reduce<string>((out, key) => typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key, '')
  const fail = (path: Array<string | number>, value: unknown, rule: string) => {
    errors.push(`${file}:${lineOf(path)}: ${field(path)} ${show(value)} ${rule}`)
  }
  const data = doc.toJS() as unknown
  if (!isMap(doc.contents) || !data || typeof data !== 'object') {
    return { errors: [`${file}:1: must be a mapping with ${TOP_KEYS.join(', ')}`] }
  }
  const top = data as Record<string, unknown>
  for (const key of Object.keys(top)) {
    if (!TOP_KEYS.includes(key)) fail([key], top[key], `is not a known field (allowed: ${TOP_KEYS.join(', ')})`)
  }

  const text = (path: Array<string | number>, value: unknown, max: number): value is string => {
    if (typeof value !== 'string' || !value.trim()) {
      fail(path, value, 'must be a non-empty string')
      return false
    }
    if (/[\n\r]/.test(value) || value.length > max) {
      fail(path, value, `must be one line of at most ${max} characters`)
      return false
    }
    return true
  }
  // Setup lines are not typed on screen, so only step commands must fit the terminal's width.
  const commandLine = (path: Array<string | number>, value: unknown, fitWidth = true): value is string => {
    if (typeof value !== 'string' || !value.trim()) {
      fail(path, value, 'must be a non-empty string (a shell command)')
      return false
    }
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x09\x0B-\x1F\x7F]/.test(value)) {
      fail(path, value, 'must not contain control characters (tabs included): they would be typed as keys')
      return false
    }
    const long = value.split('\n').find(line => line.length > MAX_COMMAND_LINE)
    if (fitWidth && long !== undefined) {
      fail(path, long, `is a line longer than ${MAX_COMMAND_LINE} characters: split it (a quoted string or a backslash newline) so the terminal does not wrap it`)
      return false
    }
    return true
  }
  const list = (path: Array<string | number>, value: unknown, required: boolean): unknown[] | undefined => {
    if (value === undefined && !required) return []
    if (!Array.isArray(value) || (required && !value.length)) {
      fail(path, value, required ? 'must be a non-empty list' : 'must be a list')
      return undefined
    }
    return value
  }

  text(['title'], top.title, MAX_CAPTION)
  const setup = list(['setup'], top.setup, false)?.filter((line, i) => commandLine(['setup', i], line, false)) as string[] | undefined
  const ports = list(['ports'], top.ports, false)?.filter((name, i) => {
    if (typeof name === 'string' && /^[A-Z][A-Z0-9_]*$/.test(name)) return true
    fail(['ports', i], name, 'must be an environment variable name in capitals, like MOTO_PORT')
    return false
  }) as string[] | undefined

  const known = headings.map(h => typeof h === 'string' ? { text: h } : h)
  const steps: WalkthroughStep[] = []
  const rawSteps = list(['steps'], top.steps, true) ?? []
  rawSteps.forEach((raw, i) => {
    const at = (key: string) => ['steps', i, key]
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      fail(['steps', i], raw, `must be a mapping with ${STEP_KEYS.join(', ')}`)
      return
    }
    const step = raw as Record<string, unknown>
    for (const key of Object.keys(step)) {
      if (!STEP_KEYS.includes(key)) fail(at(key), step[key], `is not a known field (allowed: ${STEP_KEYS.join(', ')})`)
    }
    const captionOk = text(at('caption'), step.caption, MAX_CAPTION)
    let heading: WalkthroughHeading | undefined
    if (text(at('heading'), step.heading, 200)) {
      heading = known.find(h => h.text === step.heading)
      if (!heading) {
        const near = known.find(h => h.text.toLowerCase() === String(step.heading).toLowerCase().trim())
        fail(at('heading'), step.heading, `is not a heading of the article${near ? ` (did you mean "${near.text}"?)` : ''} (known: ${known.map(h => h.text).join(' | ') || 'none'})`)
      }
    }
    const commands = list(at('commands'), step.commands, true)
    const commandsOk = commands?.map((c, j) => commandLine(['steps', i, 'commands', j], c)).every(Boolean) ?? false
    const status = step.status
    const statusOk = Number.isInteger(status) && (status as number) >= 0 && (status as number) <= 255
    if (!statusOk) fail(at('status'), status, 'must be the expected exit status, an integer from 0 to 255 (0 for success)')
    const waitFor = step.waitFor
    const waitOk = waitFor === undefined || (typeof waitFor === 'string' && /^http:\/\/127\.0\.0\.1:\d{1,5}\/\S*$/.test(waitFor))
    if (!waitOk) fail(at('waitFor'), waitFor, 'must be a loopback URL like http://127.0.0.1:8000/docs')
    if (captionOk && heading && commandsOk && statusOk && waitOk) {
      steps.push({
        caption: step.caption as string,
        heading: heading.text,
        ...(heading.id ? { headingId: heading.id } : {}),
        commands: commands as string[],
        status: status as number,
        ...(waitFor ? { waitFor: waitFor as string } : {}),
      })
    }
  })
  if (errors.length) return { errors }
  return { walkthrough: { title: top.title as string, setup: setup ?? [], ports: ports ?? [], steps }, errors }
}

/**
 * The h2-h4 headings of a Markdown article, in order, as their text (inline code, emphasis and links reduced
 * to their text). Fenced code is skipped. For scripts and tests that read the Markdown file; the build reads
 * heading ids and text from the parsed body instead.
 */
export function markdownHeadings(markdown: string): string[] {
  const headings: string[] = []
  let fence: string | undefined
  for (const line of markdown.split(/\r?\n/)) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker) {
      if (!fence) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined
      continue
    }
    if (fence) continue
    const match = /^ {0,3}#{2,4}[ \t]+(.+?)[ \t]*#*[ \t]*$/.exec(line)
    if (!match) continue
    headings.push(match[1]!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/([*_])(.+?)\1/g, '$2')
      .trim())
  }
  return headings
}

// --- Recordings (asciicast v2) ---

export type CastEventCode = 'o' | 'i' | 'm' | 'r'
export type CastEvent = [time: number, code: CastEventCode, data: string]

export interface CastHeader {
  version: 2
  width: number
  height: number
  title?: string
  duration?: number
  /** What the recording was made from; see scripts/record/recording.ts. */
  walkthrough?: { inputs: string, recorder: string, steps: number }
  [key: string]: unknown
}

/** Parses an asciicast v2 file (one JSON header line, then one JSON event per line); throws on anything else. */
export function parseCast(text: string, file = 'walkthrough.cast'): { header: CastHeader, events: CastEvent[] } {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  let header: CastHeader
  try {
    header = JSON.parse(lines[0] ?? '')
  }
  catch {
    throw new Error(`${file}:1: the header is not JSON (an asciicast v2 file starts with {"version": 2, "width": ..., "height": ...})`)
  }
  if (!header || typeof header !== 'object' || header.version !== 2) {
    throw new Error(`${file}:1: version ${show((header as { version?: unknown })?.version)} is not supported (allowed: 2, asciicast v2)`)
  }
  for (const key of ['width', 'height'] as const) {
    if (!Number.isInteger(header[key]) || header[key] < 1) throw new Error(`${file}:1: ${key} ${show(header[key])} must be a positive integer`)
  }
  const events: CastEvent[] = []
  let last = 0
  lines.slice(1).forEach((line, i) => {
    const n = i + 2
    let event: unknown
    try {
      event = JSON.parse(line)
    }
    catch {
      throw new Error(`${file}:${n}: is not JSON (an event is [time, code, data])`)
    }
    if (!Array.isArray(event) || event.length !== 3) throw new Error(`${file}:${n}: ${show(event)} must be [time, code, data]`)
    const [time, code, data] = event as [unknown, unknown, unknown]
    if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) throw new Error(`${file}:${n}: time ${show(time)} must be a number of seconds >= 0`)
    if (time < last) throw new Error(`${file}:${n}: time ${time} is before the previous event's ${last} (events must be in order)`)
    if (!['o', 'i', 'm', 'r'].includes(code as string)) throw new Error(`${file}:${n}: code ${show(code)} is not an asciicast v2 event code (allowed: o, i, m, r)`)
    if (typeof data !== 'string') throw new Error(`${file}:${n}: data ${show(data)} must be a string`)
    last = time
    events.push([time, code as CastEventCode, data])
  })
  return { header, events }
}

/** Removes terminal escape sequences (colours, cursor moves, titles) and lone control characters. */
export function stripAnsi(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/\x1B\][^\x07\x1B]*(?:\x07|\x1B\\)/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/\x1B\[[0-?]*[ -/]*[@-~]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/\x1B[ -/]+[0-~]/g, '') // character set choices, like the ESC ( B that ends colours
    // eslint-disable-next-line no-control-regex
    .replace(/\x1B[@-Z\\-_]/g, '')
}

/**
 * What a reader would see of terminal output, as plain text: escape sequences removed, a carriage return
 * starts the line over (progress bars keep their last state), a backspace deletes the character before it.
 */
export function terminalText(raw: string): string {
  const text = stripAnsi(raw).replace(/\r+\n/g, '\n')
  return text.split('\n').map((line) => {
    let out = ''
    for (const part of line.split('\r')) {
      // A carriage return moves to the column 0: the new text overwrites, the rest of the old line stays.
      out = part + out.slice(part.length)
    }
    let kept = ''
    for (const ch of out) {
      if (ch === '\b') kept = kept.slice(0, -1)
      // eslint-disable-next-line no-control-regex
      else if (!/[\x00-\x08\x0B-\x1F\x7F]/.test(ch)) kept += ch
    }
    return kept.replace(/\s+$/, '')
  }).join('\n')
}

export interface WalkthroughCommandTranscript {
  command: string
  /** The exit status the recorder checked the command against. */
  status: number
  /** What the command printed, as plain text, without leading or trailing blank lines. */
  output: string
}

export interface WalkthroughTranscriptStep {
  index: number
  caption: string
  heading: string
  headingId?: string
  /** Seconds from the start of the recording to the step's marker: seek the player here. */
  start: number
  commands: WalkthroughCommandTranscript[]
}

const PROMPT = '$ '
const CONTINUATION = '> '

/**
 * The transcript of a recorded walkthrough, step by step, for the page to render without playing it.
 * `cast` is the text of walkthrough.cast, `script` the validated walkthrough.yml it was recorded from.
 * Throws (naming the step) when the two do not match: a recording made from another script.
 */
export function walkthroughTranscript(cast: string, script: Walkthrough, file = 'walkthrough.cast'): WalkthroughTranscriptStep[] {
  const { events } = parseCast(cast, file)
  const markers = events.filter(e => e[1] === 'm')
  if (markers.length !== script.steps.length) {
    throw new Error(`${file}: has ${markers.length} step marker(s) but the script has ${script.steps.length} step(s): re-record it`)
  }
  const markerIndexes = events.flatMap((e, i) => e[1] === 'm' ? [i] : [])
  return script.steps.map((step, index) => {
    const from = markerIndexes[index]!
    const to = markerIndexes[index + 1] ?? events.length
    // A step ends with the prompt that waits for the next one: it is not output (and it follows output
    // that did not end its line, like curl's, on the same line). The prompt before the step's first command
    // was printed before the marker, at the end of the previous step.
    const raw = events.slice(from + 1, to).filter(e => e[1] === 'o').map(e => e[2]).join('').replace(/\$ $/, '')
    const text = PROMPT + terminalText(raw)
    // The typed command as the terminal shows it: the prompt, then "> " before each continuation line.
    const echoes = step.commands.map(c => c.split('\n').map((line, k) => (k ? CONTINUATION : PROMPT) + line).map(l => l.replace(/\s+$/, '')).join('\n') + '\n')
    const commands: WalkthroughCommandTranscript[] = []
    let at = 0
    step.commands.forEach((command, j) => {
      const echo = echoes[j]!
      const start = j === 0 ? (text.startsWith(echo) ? 0 : -1) : text.indexOf(`\n${echo}`, at - 1) + 1
      if (start < 0 || (j > 0 && start === 0)) {
        throw new Error(`${file}: step ${index + 1} ("${step.caption}") does not show the command ${show(command)} being typed: the recording was made from another script, re-record it`)
      }
      if (j > 0) commands[j - 1]!.output = trimBlankLines(text.slice(at, start))
      at = start + echo.length
      commands.push({ command, status: step.status, output: '' })
    })
    commands.at(-1)!.output = trimBlankLines(text.slice(at))
    return {
      index,
      caption: step.caption,
      heading: step.heading,
      ...(step.headingId ? { headingId: step.headingId } : {}),
      start: markers[index]![0],
      commands,
    }
  })
}

function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, '')
}
