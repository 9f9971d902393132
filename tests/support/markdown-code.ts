// Test support for tests/unit/code-blocks*.test.ts: maps the lines of an expanded Markdown file back to the
// lines written, finds inline code spans and blanks IPython magics. The code blocks themselves are read by
// modules/content-checks/code-blocks.ts, as the build's checks do.
import { OPEN_FENCE, sourceLines } from '../../modules/content-checks/code-blocks'
import type { SourceLine } from '../../modules/content-checks/code-blocks'

/**
 * Runs `expand` (for example `expandIncludes`) over a Markdown text and keeps, for every output line,
 * the raw line it came from. Relies on `expand` rewriting line by line: a sentinel line is put before
 * every raw line, and sentinels are neither fences nor include lines, so they pass through unchanged.
 */
export function expandWithLineMap(markdown: string, expand: (markdown: string) => string): SourceLine[] {
  const raw = markdown.replace(/\r\n/g, '\n').split('\n')
  const sentinel = (i: number) => `\u0000line ${i}\u0000`
  const marked = raw.flatMap((text, i) => [sentinel(i), text]).join('\n')
  const out: SourceLine[] = []
  let current = -1
  let produced: string[] = []
  const flush = () => {
    if (current < 0) return
    const fromInclude = produced.length !== 1 || produced[0] !== raw[current]
    for (const text of produced) out.push({ text, line: current + 1, fromInclude })
  }
  for (const text of expand(marked).split('\n')) {
    // eslint-disable-next-line no-control-regex -- NUL marks the line numbers expand() inserts
    const match = /^\u0000line (\d+)\u0000$/.exec(text)
    if (match) {
      flush()
      current = Number(match[1])
      produced = []
    }
    else {
      produced.push(text)
    }
  }
  flush()
  return out
}

export interface InlineCode {
  code: string
  line: number
}

/** Inline code spans (`code`, ``co`de``) on the lines outside fenced code blocks. */
export function extractInlineCode(input: string | SourceLine[]): InlineCode[] {
  const lines = typeof input === 'string' ? sourceLines(input) : input
  const inBlock = new Set<SourceLine>()
  let open: string | undefined
  for (const l of lines) {
    if (open) {
      inBlock.add(l)
      const close = /^ *(`{3,}|~{3,})\s*$/.exec(l.text)?.[1]
      if (close && close[0] === open[0] && close.length >= open.length) open = undefined
      continue
    }
    const match = OPEN_FENCE.exec(l.text)
    if (match && !(match[2]![0] === '`' && match[3]!.includes('`'))) {
      open = match[2]
      inBlock.add(l)
    }
  }
  const spans: InlineCode[] = []
  for (const l of lines) {
    if (inBlock.has(l)) continue
    for (const m of l.text.matchAll(/(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g)) {
      spans.push({ code: m[2]!.replace(/^ ([\s\S]*) $/, '$1'), line: l.line })
    }
  }
  return spans
}

/**
 * Notebook cells may hold IPython magics (`%time`, `%%capture`) and shell escapes (`!pip install`),
 * which are not Python: such lines are blanked (not removed, so line numbers still match) before parsing.
 */
export function stripIpythonMagics(code: string): string {
  return code.split('\n').map(line => (/^\s*[%!]/.test(line) ? '' : line)).join('\n')
}
