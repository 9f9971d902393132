// Pure helpers to find the code in a Markdown article: fenced code blocks (``` or ~~~) and inline code spans.
// Used by tests/unit/code-blocks.test.ts to check the code a reader sees.

/** One raw Markdown line after include expansion, with where it came from. */
export interface SourceLine {
  text: string
  /** 1-based line number in the raw (unexpanded) Markdown file. */
  line: number
  /** True when the line was produced by a `<<< examples/...` include line. */
  fromInclude: boolean
}

export interface CodeBlock {
  /** Language from the info string, lower-cased ('' when none). */
  lang: string
  /** The `[filename]` label of the info string, if any. */
  label?: string
  /** 1-based raw line of the opening fence (or of the include line that produced the block). */
  line: number
  /** True when the block was produced by an include line rather than written in the Markdown. */
  fromInclude: boolean
  /** The code lines, without the fences and without the fence's indentation. */
  lines: string[]
  /** Raw line of each code line (for an included block, every line maps to the include line). */
  lineNumbers: number[]
  /** False when the document ends before the closing fence. */
  closed: boolean
}

export interface InlineCode {
  code: string
  line: number
}

const OPEN_FENCE = /^( *)(`{3,}|~{3,})(.*)$/

/** Lines of a Markdown text, each with its own line number and `fromInclude: false`. */
export function sourceLines(markdown: string): SourceLine[] {
  return markdown.replace(/\r\n/g, '\n').split('\n').map((text, i) => ({ text, line: i + 1, fromInclude: false }))
}

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

/** Language and `[filename]` label of a fence's info string, e.g. "python [examples/x/flow.py] {2}". */
export function parseInfo(info: string): { lang: string, label?: string } {
  const trimmed = info.trim()
  const lang = /^[^\s[{]*/.exec(trimmed)![0].toLowerCase()
  const label = /\[([^\]]*)\]/.exec(trimmed.slice(lang.length))?.[1]
  return label === undefined ? { lang } : { lang, label }
}

/**
 * Every fenced code block, following CommonMark's fence rules: a block closes at a fence of the same
 * character that is at least as long and has nothing after it; a backtick fence's info string holds no
 * backtick. Lines outside fences (prose, MDC components such as `::code-group`) are skipped.
 */
export function extractCodeBlocks(input: string | SourceLine[]): CodeBlock[] {
  const lines = typeof input === 'string' ? sourceLines(input) : input
  const blocks: CodeBlock[] = []
  let open: { fence: string, indent: number, block: CodeBlock } | undefined
  for (const { text, line, fromInclude } of lines) {
    if (open) {
      const close = /^ *(`{3,}|~{3,})\s*$/.exec(text)?.[1]
      if (close && close[0] === open.fence[0] && close.length >= open.fence.length) {
        open.block.closed = true
        blocks.push(open.block)
        open = undefined
        continue
      }
      open.block.lines.push(text.replace(new RegExp(`^ {0,${open.indent}}`), ''))
      open.block.lineNumbers.push(line)
      continue
    }
    const match = OPEN_FENCE.exec(text)
    if (!match) continue
    const [, indent, fence, info] = match as unknown as [string, string, string, string]
    if (fence[0] === '`' && info.includes('`')) continue
    open = {
      fence,
      indent: indent.length,
      block: { ...parseInfo(info), line, fromInclude, lines: [], lineNumbers: [], closed: false },
    }
  }
  if (open) blocks.push(open.block)
  return blocks
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

export const PYTHON_LANGS = new Set(['python', 'py'])
export const YAML_LANGS = new Set(['yaml', 'yml'])

/** The longest inline (not included) Python or YAML block may have this many lines less one. */
export const MAX_INLINE_LINES = 4

/** Inline Python or YAML blocks that are too long: those must come from an include of a tested file. */
export function longInlineBlocks(blocks: CodeBlock[], max = MAX_INLINE_LINES): CodeBlock[] {
  return blocks.filter(b => !b.fromInclude && (PYTHON_LANGS.has(b.lang) || YAML_LANGS.has(b.lang)) && b.lines.length > max)
}

/**
 * Notebook cells may hold IPython magics (`%time`, `%%capture`) and shell escapes (`!pip install`),
 * which are not Python: such lines are blanked (not removed, so line numbers still match) before parsing.
 */
export function stripIpythonMagics(code: string): string {
  return code.split('\n').map(line => (/^\s*[%!]/.test(line) ? '' : line)).join('\n')
}
