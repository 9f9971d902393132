import { execFileSync } from 'node:child_process'
import { GIT_LOG_ARGS, parseGitLog } from '../../utils/git-log'
import type { Commit } from '../../utils/git-log'

export interface GitHistory {
  /** False in a shallow clone or without git: the blocks then say "history not available". */
  available: boolean
  head?: string
  files: Map<string, Commit[]>
}

function git(rootDir: string, args: string[]): string {
  return execFileSync('git', args, { cwd: rootDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 })
}

/** One `git log` pass over content/ (and examples/), never one process per file. */
export function readGitHistory(rootDir: string): GitHistory {
  try {
    if (git(rootDir, ['rev-parse', '--show-toplevel']).trim() === '') throw new Error('not a repository')
    if (git(rootDir, ['rev-parse', '--is-shallow-repository']).trim() === 'true') return { available: false, files: new Map() }
    const head = git(rootDir, ['rev-parse', 'HEAD']).trim()
    return { available: true, head, files: parseGitLog(git(rootDir, [...GIT_LOG_ARGS, '--', 'content', 'examples'])) }
  }
  catch {
    return { available: false, files: new Map() }
  }
}
