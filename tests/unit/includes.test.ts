import { describe, expect, it } from 'vitest'
import { expandIncludes, extractNotebookCell, extractRegion, IncludeError, languageOf } from '~/modules/content-includes/expand'

const files: Record<string, string> = {
  'examples/demo/flow.py': [
    'from metaflow import FlowSpec, step',
    '',
    '# #region steps',
    'class Demo(FlowSpec):',
    '    @step',
    '    def start(self):',
    '        self.next(self.end)',
    '# #endregion steps',
  ].join('\n'),
  'examples/demo/nested.py': 'def f():\n    # #region body\n    x = 1\n    return x\n    # #endregion body\n',
  'examples/demo/nb.ipynb': JSON.stringify({ cells: [
    { id: 'intro', cell_type: 'markdown', source: ['# Title'] },
    { id: 'run-cell', cell_type: 'code', source: ['run = 1\n', 'print(run)'] },
  ] }),
  'examples/demo/ci.yml': 'on: push\n',
}
const ctx = { file: 'content/patterns/demo.md', readFile: (p: string) => files[p] }

describe('expandIncludes', () => {
  it('replaces an include line with a fenced block named after the file', () => {
    const out = expandIncludes('Intro\n\n<<< examples/demo/ci.yml\n\nEnd', ctx)
    expect(out).toBe('Intro\n\n```yaml [examples/demo/ci.yml]\non: push\n```\n\nEnd')
  })

  it('includes a region without its marker lines', () => {
    const out = expandIncludes('<<< examples/demo/flow.py#steps', ctx)
    expect(out).toBe('```python [examples/demo/flow.py]\nclass Demo(FlowSpec):\n    @step\n    def start(self):\n        self.next(self.end)\n```')
  })

  it('drops region markers from a whole-file include', () => {
    expect(expandIncludes('<<< examples/demo/flow.py', ctx)).not.toContain('#region')
  })

  it('dedents a region taken from inside a function', () => {
    expect(extractRegion(files['examples/demo/nested.py']!, 'body')).toBe('x = 1\nreturn x')
  })

  it('includes a notebook cell by its id', () => {
    expect(expandIncludes('<<< examples/demo/nb.ipynb#run-cell', ctx)).toBe('```python [examples/demo/nb.ipynb]\nrun = 1\nprint(run)\n```')
    expect(extractNotebookCell(files['examples/demo/nb.ipynb']!, undefined)).toBe('run = 1\nprint(run)')
  })

  it('leaves include lines inside code blocks alone', () => {
    const md = '```md\n<<< examples/missing.py\n```'
    expect(expandIncludes(md, ctx)).toBe(md)
  })

  it('names the page and the file when the file is missing', () => {
    expect(() => expandIncludes('<<< examples/demo/nope.py', ctx))
      .toThrowError(new IncludeError('content/patterns/demo.md:1: include "examples/demo/nope.py": file "examples/demo/nope.py" does not exist'))
  })

  it('names the region when it is missing', () => {
    expect(() => expandIncludes('<<< examples/demo/flow.py#train', ctx)).toThrowError(/content\/patterns\/demo.md:1: include "examples\/demo\/flow.py#train": region "train" is not in "examples\/demo\/flow.py"/)
  })

  it('refuses paths outside examples/', () => {
    expect(() => expandIncludes('<<< examples/../package.json', ctx)).toThrowError(/must be a file under examples\//)
    expect(() => expandIncludes('<<< /etc/passwd', ctx)).toThrowError(/must be a file under examples\//)
  })

  it('maps extensions to languages', () => {
    expect(['a.py', 'a.yml', 'a.sh', 'a.unknown'].map(languageOf)).toEqual(['python', 'yaml', 'bash', 'text'])
    // The extension is the author's: one named like an object property is no language either.
    expect(['a.constructor', 'a.__proto__', 'a.toString'].map(languageOf)).toEqual(['text', 'text', 'text'])
  })
})
