// Reads the files `<<< examples/...` includes name, for modules/content-includes. The include
// path's text is checked by expand.ts; this checks where it leads: a symlink under examples/ (to a
// file or a folder) must not publish a file from outside examples/.
import { readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'

/**
 * The text of `path` (repository-relative, e.g. `examples/x/flow.py`), or undefined when it does not
 * exist. Throws when the path resolves, through any symlink, outside `<rootDir>/examples/` or to
 * something other than a regular file; the message names the resolved target.
 */
export function readExampleFile(rootDir: string, path: string): string | undefined {
  const root = realpathSync(rootDir)
  let target: string
  try {
    target = realpathSync(join(root, path))
  }
  catch (error) {
    // A missing file, a dangling symlink, or a file used as a folder: the include names nothing.
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined
    throw error
  }
  const inside = relative(join(root, 'examples'), target)
  if (!inside || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new Error(`"${path}" resolves to "${target}", which is outside examples/ (includes must be files inside examples/, not symlinks leading out of it)`)
  }
  if (!statSync(target).isFile()) {
    throw new Error(`"${path}" resolves to "${target}", which is not a regular file (includes must be regular files inside examples/)`)
  }
  return readFileSync(target, 'utf8')
}
