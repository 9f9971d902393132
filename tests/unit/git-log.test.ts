import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GIT_LOG_ARGS, historyOf, initials, parseGitLog } from '~/utils/git-log'
import { readGitHistory } from '~/modules/git-history/read'

function repo() {
  const dir = mkdtempSync(join(tmpdir(), 'mfp-git-'))
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } })
  git('init', '-q', '-b', 'main')
  const commit = (author: string, message: string, date: string) => git('-c', `user.name=${author}`, '-c', `user.email=${author.toLowerCase().replace(/ /g, '.')}@example.com`, 'commit', '-q', '-m', message, '--date', date)
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
    git('add', '-A')
  }
  return { dir, git, commit, write }
}

describe('parseGitLog on a real repository', () => {
  it('follows renames, groups authors and skips merge commits', () => {
    const r = repo()
    r.write('content/patterns/old-name.md', 'one\ntwo\nthree\nfour\nfive\n')
    r.commit('Ada Lovelace', 'Add the pattern', '2026-01-01T10:00:00Z')
    r.write('content/patterns/old-name.md', 'one\ntwo\nthree\nfour\nfive\nsix\n')
    r.commit('Grace Hopper', 'Expand the pattern', '2026-01-02T10:00:00Z')
    r.git('mv', 'content/patterns/old-name.md', 'content/patterns/new-name.md')
    r.commit('Ada Lovelace', 'Rename the pattern', '2026-01-03T10:00:00Z')
    r.git('checkout', '-q', '-b', 'side')
    r.write('content/patterns/new-name.md', 'one\ntwo\nthree\nfour\nfive\nsix\nseven\n')
    r.commit('Grace Hopper', 'Side edit', '2026-01-04T10:00:00Z')
    r.git('checkout', '-q', 'main')
    r.write('content/other.md', 'x\n')
    r.commit('Ada Lovelace', 'Other file', '2026-01-05T10:00:00Z')
    r.git('-c', 'user.name=Merger', '-c', 'user.email=m@example.com', 'merge', '-q', '--no-ff', 'side', '-m', 'Merge side')

    const histories = parseGitLog(r.git(...GIT_LOG_ARGS, '--', 'content'))
    const history = historyOf(histories.get('content/patterns/new-name.md'))
    expect(history.commits.map(c => c.subject)).toEqual(['Side edit', 'Rename the pattern', 'Expand the pattern', 'Add the pattern'])
    expect(history.contributors).toEqual([
      { name: 'Ada Lovelace', initials: 'AL', commits: 2 },
      { name: 'Grace Hopper', initials: 'GH', commits: 2 },
    ])
    expect(history.updated).toBe('2026-01-04T10:00:00+00:00')
    expect(history.commits[0]!.short).toHaveLength(7)
    expect(history.commits.every(c => c.email === '')).toBe(true)
    expect(histories.has('content/patterns/old-name.md')).toBe(false)
    expect(historyOf(histories.get('content/other.md')).commits.map(c => c.subject)).toEqual(['Other file'])
  })

  it('says history is not available in a shallow clone or outside git', () => {
    const r = repo()
    r.write('content/a.md', 'a\n')
    r.commit('Ada Lovelace', 'First', '2026-01-01T10:00:00Z')
    r.write('content/a.md', 'b\n')
    r.commit('Ada Lovelace', 'Second', '2026-01-02T10:00:00Z')
    const shallow = mkdtempSync(join(tmpdir(), 'mfp-shallow-'))
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.dir}`, shallow])
    expect(readGitHistory(shallow).available).toBe(false)
    expect(readGitHistory(r.dir).available).toBe(true)
    expect(readGitHistory(mkdtempSync(join(tmpdir(), 'mfp-nogit-'))).available).toBe(false)
  })
})

describe('initials', () => {
  it.each([['Ada Lovelace', 'AL'], ['grace', 'GR'], ['jean-luc picard', 'JP'], ['', '?']])('%j -> %s', (name, expected) => {
    expect(initials(name)).toBe(expected)
  })
})
