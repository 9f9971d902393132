import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { repositoryUrl, repositoryWebUrl } from '~/utils/repository-url'

describe('repositoryWebUrl', () => {
  it('keeps http(s) addresses without .git, a trailing slash, credentials, query or fragment', () => {
    expect(repositoryWebUrl('https://github.com/acme/patterns.git')).toBe('https://github.com/acme/patterns')
    expect(repositoryWebUrl('https://github.com/acme/patterns/')).toBe('https://github.com/acme/patterns')
    expect(repositoryWebUrl('HTTP://git.example.com:8080/acme/patterns\n')).toBe('http://git.example.com:8080/acme/patterns')
    expect(repositoryWebUrl('https://user:t0ken@github.com/acme/patterns.git?x=1#y')).toBe('https://github.com/acme/patterns')
  })

  it('turns SSH forms into https on the same host', () => {
    expect(repositoryWebUrl('git@github.com:acme/patterns.git')).toBe('https://github.com/acme/patterns')
    expect(repositoryWebUrl('ssh://git@gitlab.example.com:2222/group/sub/patterns.git')).toBe('https://gitlab.example.com/group/sub/patterns')
    expect(repositoryWebUrl('ssh://github.com/acme/patterns')).toBe('https://github.com/acme/patterns')
  })

  it('gives no URL for local paths and other schemes', () => {
    for (const remote of ['/home/me/patterns', '/home/me/patterns.git', '../patterns', './patterns', 'patterns', 'C:\\repos\\patterns',
      'file:///home/me/patterns', 'git://github.com/acme/patterns.git', 'javascript:alert(1)', 'https://github.com', 'https://', '', undefined]) {
      expect(repositoryWebUrl(remote), String(remote)).toBe('')
    }
  })
})

describe('repositoryUrl', () => {
  let dir = ''
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' })

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'repo-url-'))
    git(dir, 'init', '-q', 'origin')
    writeFileSync(join(dir, 'origin/README.md'), 'x\n')
    git(join(dir, 'origin'), 'add', '.')
    git(join(dir, 'origin'), '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'x')
    // What a new user does: clone from a local path.
    git(dir, 'clone', '-q', join(dir, 'origin'), 'clone')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('gives no repository links in a clone whose origin is a local path', () => {
    expect(execFileSync('git', ['remote', 'get-url', 'origin'], { cwd: join(dir, 'clone'), encoding: 'utf8' }).trim()).toBe(join(dir, 'origin'))
    expect(repositoryUrl(join(dir, 'clone'), {})).toBe('')
  })

  it('uses an SSH origin as its https address', () => {
    git(join(dir, 'clone'), 'remote', 'set-url', 'origin', 'git@github.com:acme/patterns.git')
    expect(repositoryUrl(join(dir, 'clone'), {})).toBe('https://github.com/acme/patterns')
  })

  it('prefers REPOSITORY_URL, and warns and gives none when it is not a web address', () => {
    expect(repositoryUrl(join(dir, 'clone'), { REPOSITORY_URL: 'https://example.com/acme/site/' })).toBe('https://example.com/acme/site')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(repositoryUrl(join(dir, 'clone'), { REPOSITORY_URL: '/srv/git/site' })).toBe('')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('REPOSITORY_URL "/srv/git/site" is not an http(s) or SSH repository address'))
    warn.mockRestore()
  })

  it('gives no URL outside a git repository, without throwing', () => {
    expect(repositoryUrl(dir, {})).toBe('')
  })
})
