// Expands `<<< examples/<path>[#region]` lines into fenced code blocks before Markdown is parsed,
// so that what a reader copies is the file the example tests run.

export interface IncludeContext {
  /** The Markdown file being expanded, relative to the repository root (for error messages). */
  file: string
  /**
   * Reads a repository-relative path; returns undefined when the file does not exist and throws (with a
   * message saying why) when it must not be read, e.g. a symlink leading out of examples/.
   */
  readFile: (path: string) => string | undefined
}

export class IncludeError extends Error {}

const INCLUDE_LINE = /^<<<[ \t]+([^\s#]+)(?:#([\w-]+))?[ \t]*$/

// By the include path's extension, which the author writes: a Map, so "x.constructor" is no language.
const LANGUAGES = new Map([
  ['py', 'python'],
  ['ipynb', 'python'],
  ['yml', 'yaml'],
  ['yaml', 'yaml'],
  ['sh', 'bash'],
  ['txt', 'text'],
  ['toml', 'toml'],
  ['json', 'json'],
  ['md', 'md'],
  ['ts', 'ts'],
])

const REGION_MARKER = /^\s*(?:#|\/\/)\s*#(end)?region\b\s*([\w-]*)\s*$/

export function languageOf(path: string): string {
  const ext = path.split('.').pop()?.toLowerCase() ?? ''
  return LANGUAGES.get(ext) ?? 'text'
}

/** Lines between `# #region name` and `# #endregion name`, without any region marker lines. */
export function extractRegion(source: string, region: string | undefined): string | undefined {
  const lines = source.replace(/\r\n/g, '\n').split('\n')
  let selected: string[]
  if (!region) {
    selected = lines
  }
  else {
    const start = lines.findIndex(line => matchesMarker(line, region, false))
    if (start === -1) return undefined
    const end = lines.findIndex((line, i) => i > start && matchesMarker(line, region, true))
    if (end === -1) return undefined
    selected = lines.slice(start + 1, end)
  }
  return dedent(selected.filter(line => !REGION_MARKER.test(line)).join('\n')).replace(/^\n+|\s+$/g, '')
}

function matchesMarker(line: string, region: string, end: boolean): boolean {
  const match = REGION_MARKER.exec(line)
  return !!match && Boolean(match[1]) === end && match[2] === region
}

function dedent(text: string): string {
  const indents = text.split('\n').filter(l => l.trim()).map(l => /^ */.exec(l)![0].length)
  const min = indents.length ? Math.min(...indents) : 0
  return min ? text.split('\n').map(l => l.slice(min)).join('\n') : text
}

/** The source of the notebook cell whose nbformat `id` is `cellId` (or every code cell). */
export function extractNotebookCell(notebook: string, cellId: string | undefined): string | undefined {
  let cells: Array<{ id?: string, cell_type?: string, source?: string | string[] }>
  try {
    cells = JSON.parse(notebook).cells ?? []
  }
  catch {
    return undefined
  }
  const text = (c: { source?: string | string[] }) => (Array.isArray(c.source) ? c.source.join('') : c.source ?? '').trimEnd()
  if (!cellId) return cells.filter(c => c.cell_type === 'code').map(text).join('\n\n')
  const cell = cells.find(c => c.id === cellId)
  return cell ? text(cell) : undefined
}

function fenceFor(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`{3,}/g)].map(m => m[0].length))
  return '`'.repeat(longest + 1)
}

export function expandIncludes(markdown: string, ctx: IncludeContext): string {
  let openFence: string | undefined
  return markdown.split('\n').map((line, index) => {
    // An include line shown inside a code block (as in the authoring guide) stays as it is.
    const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence && (!openFence || (fence[0] === openFence[0] && fence.length >= openFence.length))) {
      openFence = openFence ? undefined : fence
      return line
    }
    const match = openFence ? null : INCLUDE_LINE.exec(line)
    return match ? renderInclude(match[1]!, match[2], index + 1, ctx) : line
  }).join('\n')
}

function renderInclude(path: string, region: string | undefined, line: number, ctx: IncludeContext): string {
  const where = `${ctx.file}:${line}: include "${path}${region ? `#${region}` : ''}"`
  if (!/^examples\/[\w./-]+$/.test(path) || path.split('/').includes('..')) {
    throw new IncludeError(`${where}: the path must be a file under examples/ (for example "examples/my-pattern/flow.py")`)
  }
  let source: string | undefined
  try {
    source = ctx.readFile(path)
  }
  catch (error) {
    throw new IncludeError(`${where}: ${(error as Error).message}`)
  }
  if (source === undefined) throw new IncludeError(`${where}: file "${path}" does not exist`)
  const code = path.endsWith('.ipynb') ? extractNotebookCell(source, region) : extractRegion(source, region)
  if (code === undefined) {
    const kind = path.endsWith('.ipynb') ? 'cell id' : 'region'
    throw new IncludeError(`${where}: ${kind} "${region}" is not in "${path}" (mark a region with "# #region ${region}" and "# #endregion ${region}"; a notebook cell by its id)`)
  }
  const fence = fenceFor(code)
  return `${fence}${languageOf(path)} [${path}]\n${code}\n${fence}`
}
