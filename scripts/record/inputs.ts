// What a recording is made from: the example's files that git tracks (tests write .metaflow/ and caches
// into the folder, so untracked files are left out), without the recording itself.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { InputFile } from './recording'
import { inputsHash } from './recording'

function git(root: string, args: string[]): string[] {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean)
  }
  catch (error) {
    throw new Error(`git ${args.join(' ')} failed in ${root}: the walkthrough inputs hash needs a git checkout (${(error as Error).message.split('\n')[0]})`)
  }
}

/** The tracked files of examples/<slug>/ but its walkthrough.cast, read from the work tree, and their hash. */
export function exampleInputs(root: string, slug: string): { files: InputFile[], hash: string } {
  const files = git(root, ['ls-files', '-z', '--', `examples/${slug}`])
    .filter(path => path !== `examples/${slug}/walkthrough.cast`)
    // A tracked file deleted from the work tree is an input that is gone: leave it out, as a commit would.
    .filter(path => existsSync(join(root, path)))
    .map(path => ({ path, content: readFileSync(join(root, path)) }))
  if (!files.length) throw new Error(`examples/${slug}/ has no files tracked by git`)
  return { files, hash: inputsHash(files) }
}

/** Files in examples/<slug>/ that are neither tracked nor ignored: not inputs until they are added. */
export function untrackedFiles(root: string, slug: string): string[] {
  return git(root, ['ls-files', '-z', '--others', '--exclude-standard', '--', `examples/${slug}`])
    .filter(path => path !== `examples/${slug}/walkthrough.cast`)
}
