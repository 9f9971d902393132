// The code blocks of a Markdown file (fenced with ``` or ~~~, CommonMark's rules) and the authoring rule on
// them: a Python or YAML block of 5 or more lines is not written inline but included from a tested file
// under examples/ (`<<< examples/...`), so the code readers copy is the code the example tests run.

/** One Markdown line (after include expansion, for the tests), with where it came from. */
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

export const OPEN_FENCE = /^( *)(`{3,}|~{3,})(.*)$/

/** Lines of a Markdown text, each with its own line number and `fromInclude: false`. */
export function sourceLines(markdown: string): SourceLine[] {
  return markdown.replace(/\r\n/g, '\n').split('\n').map((text, i) => ({ text, line: i + 1, fromInclude: false }))
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

export const PYTHON_LANGS = new Set(['python', 'py'])
export const YAML_LANGS = new Set(['yaml', 'yml'])

/** The longest inline (not included) Python or YAML block may have this many lines less one. */
export const MAX_INLINE_LINES = 4

/** Inline Python or YAML blocks that are too long: those must come from an include of a tested file. */
export function longInlineBlocks(blocks: CodeBlock[], max = MAX_INLINE_LINES): CodeBlock[] {
  return blocks.filter(b => !b.fromInclude && (PYTHON_LANGS.has(b.lang) || YAML_LANGS.has(b.lang)) && b.lines.length > max)
}

/**
 * The rule for a file as written (before includes are expanded, so every block is inline): one problem per
 * Python or YAML block longer than MAX_INLINE_LINES, with file, line, the block and what is allowed.
 */
export function checkInlineCodeBlocks(file: string, markdown: string): string[] {
  return longInlineBlocks(extractCodeBlocks(markdown)).map(b =>
    `${file}:${b.line}: inline ${b.lang} block of ${b.lines.length} lines starting "${b.lines[0]?.trim()}" `
    + `(allowed: Python and YAML blocks of at most ${MAX_INLINE_LINES} lines inline; move it into a tested file under examples/ and include it with "<<< examples/...")`)
}
