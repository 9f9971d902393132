import { describe, expect, it } from 'vitest'
import { collectHeadings } from '../../modules/content-markup/minimark'
import { markdownHeadings, validateWalkthrough } from '../../utils/walkthrough'

const HEADINGS = ['The problem', 'How resume works', 'Pitfalls']

const GOOD = `title: "Resume a failed run"
steps:
  - caption: "Run the flow"
    heading: "The problem"
    commands:
      - python flow.py run
    status: 1
  - caption: "Resume it"
    heading: "How resume works"
    commands:
      - python flow.py resume
      - |-
        python -c 'from metaflow import Flow
        print(Flow("X").latest_run)'
    status: 0
    waitFor: "http://127.0.0.1:8000/docs"
`

describe('validateWalkthrough', () => {
  it('returns the steps of a valid script, with the heading ids when the caller gives them', () => {
    const { walkthrough, errors } = validateWalkthrough(GOOD, [
      { text: 'The problem', id: 'the-problem' },
      { text: 'How resume works', id: 'how-resume-works' },
    ], 'examples/x/walkthrough.yml')
    expect(errors).toEqual([])
    expect(walkthrough).toEqual({
      title: 'Resume a failed run',
      setup: [],
      ports: [],
      steps: [
        { caption: 'Run the flow', heading: 'The problem', headingId: 'the-problem', commands: ['python flow.py run'], status: 1 },
        {
          caption: 'Resume it',
          heading: 'How resume works',
          headingId: 'how-resume-works',
          commands: ['python flow.py resume', 'python -c \'from metaflow import Flow\nprint(Flow("X").latest_run)\''],
          status: 0,
          waitFor: 'http://127.0.0.1:8000/docs',
        },
      ],
    })
  })

  it('names the file, line, field, value and the known headings when a heading is not in the article', () => {
    const source = GOOD.replace('heading: "How resume works"', 'heading: "How Resume Works"')
    const { walkthrough, errors } = validateWalkthrough(source, HEADINGS, 'examples/x/walkthrough.yml')
    expect(walkthrough).toBeUndefined()
    expect(errors).toEqual([
      'examples/x/walkthrough.yml:9: steps[1].heading "How Resume Works" is not a heading of the article (did you mean "How resume works"?) (known: The problem | How resume works | Pitfalls)',
    ])
  })

  it('matches headings by their exact text, not by a slug', () => {
    const { errors } = validateWalkthrough(GOOD.replace('heading: "The problem"', 'heading: the-problem'), HEADINGS, 'w.yml')
    expect(errors).toEqual(['w.yml:4: steps[0].heading "the-problem" is not a heading of the article (known: The problem | How resume works | Pitfalls)'])
  })

  it('reports every bad field of every step in one pass', () => {
    const source = `title: ""
colour: red
steps:
  - caption: "Two\\nlines"
    heading: "The problem"
    commands: []
    status: 256
  - caption: "ok"
    heading: "Pitfalls"
    commands:
      - "${'x'.repeat(97)}"
    status: -1
    waitFor: "http://example.com/"
    typo: 1
  - "just a string"
`
    const { walkthrough, errors } = validateWalkthrough(source, HEADINGS, 'w.yml')
    expect(walkthrough).toBeUndefined()
    expect(errors).toEqual([
      'w.yml:2: colour "red" is not a known field (allowed: title, setup, ports, steps)',
      'w.yml:1: title "" must be a non-empty string',
      'w.yml:4: steps[0].caption "Two\\nlines" must be one line of at most 120 characters',
      'w.yml:6: steps[0].commands [] must be a non-empty list',
      'w.yml:7: steps[0].status 256 must be the expected exit status, an integer from 0 to 255 (0 for success)',
      'w.yml:14: steps[1].typo 1 is not a known field (allowed: caption, heading, commands, status, waitFor)',
      `w.yml:11: steps[1].commands[0] "${'x'.repeat(76)}... is a line longer than 96 characters: split it (a quoted string or a backslash newline) so the terminal does not wrap it`,
      'w.yml:12: steps[1].status -1 must be the expected exit status, an integer from 0 to 255 (0 for success)',
      'w.yml:13: steps[1].waitFor "http://example.com/" must be a loopback URL like http://127.0.0.1:8000/docs',
      'w.yml:15: steps[2] "just a string" must be a mapping with caption, heading, commands, status, waitFor',
    ])
  })

  it('requires the exit status: a step must say whether it shows a failure', () => {
    const { errors } = validateWalkthrough(GOOD.replace('    status: 1\n', ''), HEADINGS, 'w.yml')
    expect(errors).toEqual(['w.yml:3: steps[0].status missing must be the expected exit status, an integer from 0 to 255 (0 for success)'])
  })

  it('rejects tabs and other control characters in commands, and a script with no steps', () => {
    expect(validateWalkthrough('title: t\nsteps:\n  - caption: c\n    heading: Pitfalls\n    commands: ["ls\\tx"]\n    status: 0\n', HEADINGS, 'w.yml').errors)
      .toEqual(['w.yml:5: steps[0].commands[0] "ls\\tx" must not contain control characters (tabs included): they would be typed as keys'])
    expect(validateWalkthrough('title: t\nsteps: []\n', HEADINGS, 'w.yml').errors)
      .toEqual(['w.yml:2: steps [] must be a non-empty list'])
  })

  it('checks setup lines and port names but lets setup lines be long (they are not typed on screen)', () => {
    const source = `title: t
ports: [MOTO_PORT, bad-name]
setup:
  - "${'y'.repeat(120)}"
  - ""
steps:
  - caption: c
    heading: Pitfalls
    commands: [ls]
    status: 0
`
    expect(validateWalkthrough(source, HEADINGS, 'w.yml').errors).toEqual([
      'w.yml:5: setup[1] "" must be a non-empty string (a shell command)',
      'w.yml:2: ports[1] "bad-name" must be an environment variable name in capitals, like MOTO_PORT',
    ])
  })

  it('names the line of a YAML syntax error, and rejects a document that is not a mapping', () => {
    expect(validateWalkthrough('title: t\nsteps:\n  - caption: [unclosed\n', HEADINGS, 'w.yml').errors[0]).toMatch(/^w\.yml:\d: is not valid YAML \(/)
    expect(validateWalkthrough('- a\n- b\n', HEADINGS, 'w.yml').errors).toEqual(['w.yml:1: must be a mapping with title, setup, ports, steps'])
  })
})

describe('markdownHeadings', () => {
  it('lists h2-h4 texts in order, reduced to their text, and skips fenced code', () => {
    const markdown = [
      '# Title',
      '## The `check` gate',
      'text',
      '```bash',
      '## not a heading',
      '```',
      '### A [link](/x) and **bold** ##',
      '~~~~',
      '# comment',
      '~~~~',
      '#### Deep',
      '##### Too deep',
      '##No space',
    ].join('\n')
    expect(markdownHeadings(markdown)).toEqual(['The check gate', 'A link and bold', 'Deep'])
  })
})

describe('collectHeadings (what the build passes to validateWalkthrough)', () => {
  it('gives the id and text of every h2-h4 of a parsed body, anchors and inline code included', () => {
    const body = {
      type: 'minimark',
      value: [
        ['h2', { id: 'the-problem' }, 'The problem'],
        ['p', {}, 'text'],
        ['h3', { id: 'test-the-graph-with-check' }, ['a', { href: '#test-the-graph-with-check' }, 'Test the graph with ', ['code', {}, 'check']]],
        ['h5', { id: 'deep' }, 'Too deep'],
      ],
    }
    const headings = collectHeadings(body)
    expect(headings).toEqual([
      { id: 'the-problem', text: 'The problem' },
      { id: 'test-the-graph-with-check', text: 'Test the graph with check' },
    ])
    const script = 'title: t\nsteps:\n  - caption: c\n    heading: Test the graph with check\n    commands: [ls]\n    status: 0\n'
    expect(validateWalkthrough(script, headings).walkthrough?.steps[0]?.headingId).toBe('test-the-graph-with-check')
  })
})
