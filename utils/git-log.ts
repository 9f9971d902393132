// Parses one `git log --name-status` pass into per-file histories (renames followed), so that the build
// runs git once for all of content/ rather than once per file.

export const GIT_LOG_FORMAT = '%x1e%H%x1f%an%x1f%ae%x1f%aI%x1f%s'
export const GIT_LOG_ARGS = ['log', '-M', '--relative', '--name-status', `--format=${GIT_LOG_FORMAT}`]

export interface Commit {
  hash: string
  short: string
  author: string
  email: string
  date: string
  subject: string
}

export interface Contributor {
  name: string
  initials: string
  commits: number
}

export interface FileHistory {
  available: boolean
  updated?: string
  contributors: Contributor[]
  commits: Commit[]
}

export const HISTORY_NOT_AVAILABLE: FileHistory = Object.freeze({ available: false, contributors: [], commits: [] }) as FileHistory

/** Commits per current file path, newest first, following renames backwards through history. */
export function parseGitLog(output: string): Map<string, Commit[]> {
  const histories = new Map<string, Commit[]>()
  // Older names of a file map to the path it has now.
  const currentName = new Map<string, string>()
  const record = (path: string, commit: Commit) => {
    const list = histories.get(path) ?? []
    if (list[list.length - 1]?.hash !== commit.hash) list.push(commit)
    histories.set(path, list)
  }
  for (const block of output.split('\x1e')) {
    if (!block.trim()) continue
    const [header, ...changes] = block.split('\n')
    const [hash, author, email, date, subject = ''] = header!.split('\x1f')
    if (!hash || !date) continue
    const commit: Commit = { hash, short: hash.slice(0, 7), author: author!, email: email!, date, subject }
    for (const line of changes) {
      const [status, ...paths] = line.split('\t')
      if (!status || !paths.length) continue
      if (status.startsWith('R')) {
        const [from, to] = paths as [string, string]
        const now = currentName.get(to) ?? to
        record(now, commit)
        currentName.set(from, now)
      }
      else if (status !== 'D') {
        const path = paths[0]!
        record(currentName.get(path) ?? path, commit)
      }
    }
  }
  return histories
}

export function initials(name: string): string {
  const words = name.trim().split(/[\s._-]+/).filter(Boolean)
  const letters = words.length > 1 ? words[0]![0]! + words[words.length - 1]![0]! : (words[0] ?? '?').slice(0, 2)
  return letters.toUpperCase()
}

/** Contributors grouped by author (by email, shown by name), most commits first. */
export function historyOf(commits: Commit[] | undefined): FileHistory {
  if (!commits?.length) return { available: true, contributors: [], commits: [] }
  const byAuthor = new Map<string, Contributor>()
  for (const commit of commits) {
    const key = commit.email.toLowerCase() || commit.author
    const entry = byAuthor.get(key) ?? { name: commit.author, initials: initials(commit.author), commits: 0 }
    entry.commits++
    byAuthor.set(key, entry)
  }
  const contributors = [...byAuthor.values()].sort((a, b) => b.commits - a.commits || a.name.localeCompare(b.name))
  // Emails stay out of the page: only names and initials are shown.
  return {
    available: true,
    updated: commits[0]!.date,
    contributors,
    commits: commits.map(({ email: _email, ...rest }) => ({ ...rest, email: '' })),
  }
}
