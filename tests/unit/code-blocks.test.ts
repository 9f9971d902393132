import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { expandIncludes } from '~/utils/includes'
import {
  type CodeBlock,
  expandWithLineMap,
  extractCodeBlocks,
  extractInlineCode,
  longInlineBlocks,
  PYTHON_LANGS,
  type SourceLine,
  stripIpythonMagics,
} from '~/utils/markdown-code'

const root = fileURLToPath(new URL('../../', import.meta.url))

function readRepoFile(path: string): string | undefined {
  const full = join(root, path)
  return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return markdownFiles(full)
    return entry.name.endsWith('.md') ? [relative(root, full).split('\\').join('/')] : []
  }).sort()
}

interface Article {
  file: string
  raw: string
  /** Lines after include expansion, each mapped to its raw line. */
  lines: SourceLine[]
  blocks: CodeBlock[]
}

function loadArticle(file: string, raw: string, readFile: (path: string) => string | undefined): Article {
  const lines = expandWithLineMap(raw, md => expandIncludes(md, { file, readFile }))
  return { file, raw, lines, blocks: extractCodeBlocks(lines) }
}

function where(file: string, block: CodeBlock): string {
  return `${file}:${block.line}${block.label ? ` [${block.label}]` : ''}`
}

/** Inline Python/YAML blocks of 5 or more lines in the raw Markdown. */
function checkLongInline(article: Article): string[] {
  return longInlineBlocks(extractCodeBlocks(article.raw)).map(b =>
    `${article.file}:${b.line}: inline ${b.lang} block of ${b.lines.length} lines starting "${b.lines[0]?.trim()}"; `
    + 'move it into a tested file under examples/ and include it with "<<< examples/..."')
}

function checkUnclosed(article: Article): string[] {
  return article.blocks.filter(b => !b.closed).map(b => `${where(article.file, b)}: code fence is never closed`)
}

// Metaflow names (imports, members, keyword arguments, CLI flags, settings, versions) are checked
// against the installed Metaflow by tests/api-names, which scripts/test-examples.sh runs.

const PARSE_ALL = `
import ast, json, sys
errors = []
for item in json.load(sys.stdin):
    try:
        ast.parse(item["code"])
    except SyntaxError as e:
        errors.append({"id": item["id"], "msg": e.msg, "lineno": e.lineno, "text": (e.text or "").strip()})
json.dump(errors, sys.stdout)
`

/** Parses every Python block with one python3 process; returns one message per syntax error. */
function checkPythonSyntax(articles: Article[]): string[] {
  const items: Array<{ id: string, code: string }> = []
  for (const a of articles) {
    for (const b of a.blocks) {
      if (!PYTHON_LANGS.has(b.lang)) continue
      // Notebook cells may hold IPython magics (`%...`) and shell escapes (`!...`), which are not Python:
      // those lines are blanked before parsing.
      items.push({ id: `${where(a.file, b)}${b.fromInclude ? ' (included)' : ''}`, code: stripIpythonMagics(b.lines.join('\n')) })
    }
  }
  if (!items.length) return []
  const result = spawnSync('python3', ['-c', PARSE_ALL], { input: JSON.stringify(items), encoding: 'utf8' })
  if (result.error || result.status !== 0) throw new Error(`python3 failed: ${result.error ?? result.stderr}`)
  const errors = JSON.parse(result.stdout) as Array<{ id: string, msg: string, lineno: number, text: string }>
  return errors.map(e => `${e.id}: Python syntax error at line ${e.lineno} of the block: ${e.msg}: ${e.text}`)
}

describe('code blocks of the site\'s content', () => {
  const articles = markdownFiles(join(root, 'content'))
    .map(file => loadArticle(file, readFileSync(join(root, file), 'utf8'), readRepoFile))

  it('finds the articles and their included code', () => {
    expect(articles.length).toBeGreaterThan(5)
    expect(articles.flatMap(a => a.blocks).some(b => b.fromInclude && PYTHON_LANGS.has(b.lang))).toBe(true)
  })

  it('closes every code fence', () => {
    expect(articles.flatMap(checkUnclosed)).toEqual([])
  })

  it('writes no Python or YAML block of 5 or more lines inline (it must come from an include)', () => {
    expect(articles.flatMap(checkLongInline)).toEqual([])
  })

  it('has only Python blocks that parse', () => {
    expect(checkPythonSyntax(articles)).toEqual([])
  })
})

// Fixtures: each check must be able to fail.

const fixtureFiles: Record<string, string> = {
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
}
const fixtureRead = (path: string) => fixtureFiles[path]
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
    expect(checkLongInline(article)).toEqual([
      'content/patterns/demo.md:3: inline python block of 5 lines starting "a = 1"; move it into a tested file under examples/ and include it with "<<< examples/..."',
    ])
  })

  it('fails on a 5-line inline yml or py block too, and allows 4 lines or other languages', () => {
    expect(checkLongInline(fixture(['```yml', ...five, '```'].join('\n')))).toHaveLength(1)
    expect(checkLongInline(fixture(['```py', ...five, '```'].join('\n')))).toHaveLength(1)
    expect(checkLongInline(fixture(['```python', ...five.slice(0, 4), '```'].join('\n')))).toEqual([])
    expect(checkLongInline(fixture(['```bash', ...five, '```'].join('\n')))).toEqual([])
  })

  it('allows an included block of 10 or more lines', () => {
    const article = fixture('Intro\n\n<<< examples/demo/flow.py#flow\n')
    expect(article.blocks[0]!.lines.length).toBeGreaterThanOrEqual(10)
    expect(checkLongInline(article)).toEqual([])
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
