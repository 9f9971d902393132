import { describe, expect, it } from 'vitest'
import type { CastEvent, Walkthrough } from '../../utils/walkthrough'
import { parseCast, stripAnsi, terminalText, walkthroughTranscript } from '../../utils/walkthrough'

const SCRIPT: Walkthrough = {
  title: 'Demo',
  setup: [],
  ports: [],
  steps: [
    { caption: 'Run it', heading: 'The problem', headingId: 'the-problem', commands: ['python flow.py run'], status: 1 },
    { caption: 'Fix and look', heading: 'Pitfalls', commands: ['mv a b', 'python -c \'import x\nprint(x)\''], status: 0 },
    { caption: 'Ask the API', heading: 'Pitfalls', commands: ['curl -i http://127.0.0.1:8000/'], status: 0 },
  ],
}

/** A recording as the recorder writes it: typed echo key by key, colours, CRLF, a prompt after each command. */
function typed(time: number, text: string): CastEvent[] {
  return [...text].map((ch, i) => [time + i * 0.01, 'o', ch === '\n' ? '\r\n> ' : ch])
}
const EVENTS: CastEvent[] = [
  [0, 'o', '$ '],
  [1, 'm', 'Run it'],
  ...typed(1, 'python flow.py run'),
  [2, 'o', '\r\n\u001B[1mMetaflow\u001B[0m executing\r\n'],
  [2.5, 'o', 'Downloading 10%\rDownloading 100%\r\n'],
  [3, 'o', 'KeyError: \'north\'\r\n\r\n$ '],
  [4, 'm', 'Fix and look'],
  ...typed(4, 'mv a b'),
  [4.5, 'o', '\r\n$ '],
  ...typed(5, 'python -c \'import x\nprint(x)\''),
  [6, 'o', '\r\n<module \'x\'>\r\n$ '],
  [7, 'm', 'Ask the API'],
  ...typed(7, 'curl -i http://127.0.0.1:8000/'),
  [8, 'o', '\r\nHTTP/1.1 409 Conflict\r\n\r\n{"detail":"no"}$ '],
]
const cast = (events: CastEvent[]) =>
  `${JSON.stringify({ version: 2, width: 100, height: 30 })}\n${events.map(e => JSON.stringify(e)).join('\n')}\n`

describe('walkthroughTranscript', () => {
  it('gives each step its caption, heading, start time, commands and plain output', () => {
    expect(walkthroughTranscript(cast(EVENTS), SCRIPT)).toEqual([
      {
        index: 0,
        caption: 'Run it',
        heading: 'The problem',
        headingId: 'the-problem',
        start: 1,
        commands: [{ command: 'python flow.py run', status: 1, output: 'Metaflow executing\nDownloading 100%\nKeyError: \'north\'' }],
      },
      {
        index: 1,
        caption: 'Fix and look',
        heading: 'Pitfalls',
        start: 4,
        commands: [
          { command: 'mv a b', status: 0, output: '' },
          { command: 'python -c \'import x\nprint(x)\'', status: 0, output: '<module \'x\'>' },
        ],
      },
      {
        index: 2,
        caption: 'Ask the API',
        heading: 'Pitfalls',
        start: 7,
        // Output that does not end its line is followed by the prompt on the same line; the prompt is dropped.
        commands: [{ command: 'curl -i http://127.0.0.1:8000/', status: 0, output: 'HTTP/1.1 409 Conflict\n\n{"detail":"no"}' }],
      },
    ])
  })

  it('fails, naming the step, when the recording does not show a command of the script', () => {
    const other = { ...SCRIPT, steps: SCRIPT.steps.map((s, i) => i === 1 ? { ...s, commands: ['mv a c', s.commands[1]!] } : s) }
    expect(() => walkthroughTranscript(cast(EVENTS), other, 'x.cast')).toThrow(
      'x.cast: step 2 ("Fix and look") does not show the command "mv a c" being typed: the recording was made from another script, re-record it',
    )
  })

  it('fails when the recording has a different number of step markers than the script', () => {
    const fewer = { ...SCRIPT, steps: SCRIPT.steps.slice(0, 2) }
    expect(() => walkthroughTranscript(cast(EVENTS), fewer, 'x.cast')).toThrow('x.cast: has 3 step marker(s) but the script has 2 step(s): re-record it')
  })
})

describe('parseCast', () => {
  it('reads the header and the events', () => {
    const { header, events } = parseCast(cast(EVENTS))
    expect(header).toEqual({ version: 2, width: 100, height: 30 })
    expect(events.filter(e => e[1] === 'm').map(e => e[0])).toEqual([1, 4, 7])
  })

  it.each([
    ['not json\n', 'x.cast:1: the header is not JSON'],
    ['{"version": 1, "width": 80, "height": 24}\n', 'x.cast:1: version 1 is not supported (allowed: 2, asciicast v2)'],
    ['{"version": 2, "width": 0, "height": 24}\n', 'x.cast:1: width 0 must be a positive integer'],
    ['{"version": 2, "width": 80, "height": 24}\n[1, "o"]\n', 'x.cast:2: [1,"o"] must be [time, code, data]'],
    ['{"version": 2, "width": 80, "height": 24}\n[1, "x", "a"]\n', 'x.cast:2: code "x" is not an asciicast v2 event code (allowed: o, i, m, r)'],
    ['{"version": 2, "width": 80, "height": 24}\n[2, "o", "a"]\n[1, "o", "b"]\n', 'x.cast:3: time 1 is before the previous event\'s 2 (events must be in order)'],
    ['{"version": 2, "width": 80, "height": 24}\n[-1, "o", "a"]\n', 'x.cast:2: time -1 must be a number of seconds >= 0'],
    ['{"version": 2, "width": 80, "height": 24}\n[1, "o", 5]\n', 'x.cast:2: data 5 must be a string'],
    ['{"version": 2, "width": 80, "height": 24}\n[1, "o", "a"\n', 'x.cast:2: is not JSON'],
  ])('rejects %j', (text, message) => {
    expect(() => parseCast(text, 'x.cast')).toThrow(message)
  })
})

describe('terminalText', () => {
  it('strips colours, cursor moves and titles, keeps the last state of a redrawn line, applies backspaces', () => {
    expect(stripAnsi('\u001B[31mred\u001B[0m \u001B]0;title\u0007\u001B[2K\u001B(Bok')).toBe('red ok')
    expect(terminalText('50%\r100%\r\nab\bc  \r\n\u0007bell')).toBe('100%\nac\nbell')
    // A shorter rewrite leaves the rest of the old line, as a terminal does.
    expect(terminalText('abcdef\rXY')).toBe('XYcdef')
  })
})
