// Reads the images under public/ that content names (`![](/content/learn/x.png)`), for their size. The
// src comes from Markdown: it must stay inside public/ after decoding, `..` and symlinks, and name a
// regular file, so a path like `/../../../../dev/zero` cannot make the build read outside the site or
// read forever.
import { readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import { imageSize } from './image-size'
import type { ImageSize } from './image-size'

/** The intrinsic size of the image a root-relative `src` names under `<rootDir>/public`, or why there is none. */
export function publicImageSize(rootDir: string, src: string): { size: ImageSize } | { problem: string } {
  let path: string
  try {
    path = decodeURIComponent(src.split(/[?#]/)[0]!)
  }
  catch {
    return { problem: 'is not a valid URL path (bad percent-encoding)' }
  }
  if (path.includes('\0')) return { problem: 'is not a valid URL path (it contains a NUL byte)' }
  let publicDir: string
  let target: string
  try {
    publicDir = realpathSync(join(rootDir, 'public'))
    target = realpathSync(join(publicDir, path))
  }
  catch {
    return { problem: 'does not exist under public/' }
  }
  const inside = relative(publicDir, target)
  if (!inside || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return { problem: `resolves to "${target}", which is outside public/ (images must be files under public/)` }
  }
  if (!statSync(target).isFile()) return { problem: `resolves to "${target}", which is not a regular file` }
  const size = imageSize(readFileSync(target))
  return size ? { size } : { problem: 'is not a PNG, JPEG or SVG file' }
}
