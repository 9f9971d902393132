// The repository "Edit this page", "View source" and changelog links point to (appConfig.repository.url,
// set in nuxt.config.ts). Only a web address may become it: a clone from a local path has a path as its
// `origin`, and links made from it would be site-relative paths the prerender crawler follows into 404s.
import { execFileSync } from 'node:child_process'

/**
 * The https (or http) URL of a repository from a git remote or REPOSITORY_URL, or '' when it is not one.
 * SSH forms (`git@host:owner/repo.git`, `ssh://git@host[:port]/owner/repo.git`) become https URLs on the
 * same host; local paths, `file://`, `git://` and anything else give ''. Credentials, query and fragment
 * are dropped, as are a trailing `.git` and slashes.
 */
export function repositoryWebUrl(remote: string | undefined): string {
  const text = (remote ?? '').trim()
  // scp-like SSH: user@host:path, never a Windows drive (C:\) or a path with a slash before the colon.
  const scp = /^[\w.-]+@([\w.-]+\.[\w.-]+|[\w-]+):(?!\/\/)([^\\]+)$/.exec(text)
  let candidate: string
  if (scp) candidate = `https://${scp[1]}/${scp[2]!.replace(/^\/+/, '')}`
  else if (/^ssh:\/\//i.test(text)) candidate = text.replace(/^ssh:\/\/(?:[^@/]*@)?([^/:]+)(?::\d+)?/i, 'https://$1')
  else if (/^https?:\/\//i.test(text)) candidate = text
  else return ''
  let url: URL
  try {
    url = new URL(candidate)
  }
  catch {
    return ''
  }
  const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '')
  if (!/^https?:$/.test(url.protocol) || !url.hostname || !path || path === '/') return ''
  return `${url.protocol}//${url.host}${path}`
}

/** REPOSITORY_URL, else the `origin` remote of the git repository in `cwd`, as a web URL or ''. Never throws. */
export function repositoryUrl(cwd: string = process.cwd(), env: Record<string, string | undefined> = process.env): string {
  if (env.REPOSITORY_URL) {
    const url = repositoryWebUrl(env.REPOSITORY_URL)
    if (!url) console.warn(`REPOSITORY_URL "${env.REPOSITORY_URL}" is not an http(s) or SSH repository address: the site is built without repository links`)
    return url
  }
  try {
    return repositoryWebUrl(execFileSync('git', ['remote', 'get-url', 'origin'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
  }
  catch {
    return ''
  }
}
