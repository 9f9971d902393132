// The helpers behind the code-block checks, each shown able to fail on a fixture: the fence reader and the
// long-inline-block rule of modules/content-checks/code-blocks.ts (a build check), and the test support that
// maps included lines, finds inline code and parses Python (tests/support/).
import { describe, expect, it } from 'vitest'
import { checkInlineCodeBlocks, extractCodeBlocks } from '~/modules/content-checks/code-blocks'
import { checkPythonSyntax, checkUnclosed, loadArticle } from '../support/articles'
import { extractInlineCode, stripIpythonMagics } from '../support/markdown-code'

// Fixtures: each check must be able to fail.

const fixtureFiles = new Map(Object.entries({
  'examples/demo/flow.py': [
    'from metaflow import FlowSpec, step',
    '# #region flow',
    'class Demo(FlowSpec):',
    '    @step',
    '    def start(self):',
    '        self.x = 1',
    '        self.next(self.middle)',
    '',
    '    @step',
    '    def middle(self):',
    '        self.next(self.end)',
    '',
    '    @step',
    '    def end(self):',
    '        pass',
    '# #endregion flow',
    '# #region broken',
    'def f(:',
    '# #endregion broken',
  ].join('\n'),
  'examples/demo/nb.ipynb': JSON.stringify({ cells: [
    { id: 'magic', cell_type: 'code', source: ['%load_ext autoreload\n', '!pip install metaflow\n', 'x = 1\n'] },
  ] }),
}))
const fixtureRead = (path: string) => fixtureFiles.get(path)
const fixture = (text: string) => loadArticle('content/patterns/demo.md', text, fixtureRead)

describe('extractCodeBlocks', () => {
  it('reads language, label and lines of ``` and ~~~ fences, inside MDC components', () => {
    const md = [
      '# Title', // 1
      '', // 2
      '::code-group', // 3
      '```python [flow.py] {2}', // 4
      'x = 1', // 5
      '```', // 6
      '~~~yaml [ci.yml]', // 7
      'on: push', // 8
      '```', // 9 (not a closing fence for ~~~)
      '~~~', // 10
      '::', // 11
      '````md', // 12
      '```bash', // 13
      'ls', // 14
      '```', // 15
      '````', // 16
      'Some ```inline``` text', // 17
      '  ```sh', // 18
      '  echo hi', // 19
      '  ```', // 20
    ].join('\n')
    const blocks = extractCodeBlocks(md)
    expect(blocks.map(b => [b.lang, b.label, b.line, b.lines, b.closed])).toEqual([
      ['python', 'flow.py', 4, ['x = 1'], true],
      ['yaml', 'ci.yml', 7, ['on: push', '```'], true],
      ['md', undefined, 12, ['```bash', 'ls', '```'], true],
      ['sh', undefined, 18, ['echo hi'], true],
    ])
    expect(blocks[1]!.lineNumbers).toEqual([8, 9])
  })

  it('reports a fence that is never closed', () => {
    const article = fixture('```python\nx = 1\n')
    expect(checkUnclosed(article)).toEqual(['content/patterns/demo.md:1: code fence is never closed'])
  })

  it('maps included blocks to their include line and keeps inline blocks on their own lines', () => {
    const article = fixture('Intro\n\n<<< examples/demo/flow.py#flow\n\n```python\ny = 2\n```\n')
    expect(article.blocks.map(b => [b.lang, b.label, b.line, b.fromInclude])).toEqual([
      ['python', 'examples/demo/flow.py', 3, true],
      ['python', undefined, 5, false],
    ])
    expect(article.blocks[0]!.lines).toHaveLength(13)
    expect(article.blocks[1]!.lineNumbers).toEqual([6])
  })

  it('finds inline code outside code blocks only', () => {
    expect(extractInlineCode('Use `S3(s3root=x)` and ``a ` b``.\n```python\n`not inline`\n```\n'))
      .toEqual([{ code: 'S3(s3root=x)', line: 1 }, { code: 'a ` b', line: 1 }])
  })
})

describe('long inline blocks', () => {
  const five = ['a = 1', 'b = 2', 'c = 3', 'd = 4', 'e = 5']

  it('fails on a 5-line inline python block, naming file, line and first line', () => {
    const article = fixture(['Intro', '', '```python', ...five, '```'].join('\n'))
    expect(checkInlineCodeBlocks(article.file, article.raw)).toEqual([
      'content/patterns/demo.md:3: inline python block of 5 lines starting "a = 1" (allowed: Python and YAML blocks of at most 4 lines inline; move it into a tested file under examples/ and include it with "<<< examples/...")',
    ])
  })

  it('fails on a 5-line inline yml or py block too, and allows 4 lines or other languages', () => {
    expect(checkInlineCodeBlocks('content/patterns/demo.md', ['```yml', ...five, '```'].join('\n'))).toHaveLength(1)
    expect(checkInlineCodeBlocks('content/patterns/demo.md', ['```py', ...five, '```'].join('\n'))).toHaveLength(1)
    expect(checkInlineCodeBlocks('content/patterns/demo.md', ['```python', ...five.slice(0, 4), '```'].join('\n'))).toEqual([])
    expect(checkInlineCodeBlocks('content/patterns/demo.md', ['```bash', ...five, '```'].join('\n'))).toEqual([])
  })

  it('allows an included block of 10 or more lines', () => {
    const article = fixture('Intro\n\n<<< examples/demo/flow.py#flow\n')
    expect(article.blocks[0]!.lines.length).toBeGreaterThanOrEqual(10)
    expect(checkInlineCodeBlocks(article.file, article.raw)).toEqual([])
  })
})

describe('python syntax', () => {
  it('reports a syntax error in an inline and an included block, and accepts valid code and magics', () => {
    const errors = checkPythonSyntax([
      fixture('```python\nx = (1,\n```\n'),
      fixture('<<< examples/demo/flow.py#broken\n'),
      fixture('<<< examples/demo/flow.py#flow\n\n```py\nprint("ok")\n```\n'),
      fixture('<<< examples/demo/nb.ipynb#magic\n'),
      fixture('```bash\nnot python (\n```\n'),
    ])
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(/^content\/patterns\/demo.md:1: Python syntax error at line \d of the block: .*/)
    expect(errors[1]).toMatch(/^content\/patterns\/demo.md:1 \[examples\/demo\/flow.py\] \(included\): Python syntax error at line 1 of the block: .*def f\(:/)
  })

  it('blanks IPython magic and shell lines', () => {
    expect(stripIpythonMagics('%time x = 1\n  !ls\ny = 2')).toBe('\n\ny = 2')
  })
})
