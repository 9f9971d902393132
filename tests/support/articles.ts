// Test support for the code-block tests: a Markdown article with its includes expanded, each line mapped back
// to the line written, its code blocks, and the checks the tests run on them (fences closed, Python parses).
import { spawnSync } from 'node:child_process'
import { expandIncludes } from '../../modules/content-includes/expand'
import { extractCodeBlocks, PYTHON_LANGS } from '../../modules/content-checks/code-blocks'
import type { CodeBlock, SourceLine } from '../../modules/content-checks/code-blocks'
import { expandWithLineMap, stripIpythonMagics } from './markdown-code'

export interface Article {
  file: string
  raw: string
  /** Lines after include expansion, each mapped to its raw line. */
  lines: SourceLine[]
  blocks: CodeBlock[]
}

export function loadArticle(file: string, raw: string, readFile: (path: string) => string | undefined): Article {
  const lines = expandWithLineMap(raw, md => expandIncludes(md, { file, readFile }))
  return { file, raw, lines, blocks: extractCodeBlocks(lines) }
}

function where(file: string, block: CodeBlock): string {
  return `${file}:${block.line}${block.label ? ` [${block.label}]` : ''}`
}

export function checkUnclosed(article: Article): string[] {
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
export function checkPythonSyntax(articles: Article[]): string[] {
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
