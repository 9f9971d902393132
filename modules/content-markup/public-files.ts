// Reads the images under public/ that content names (`![](/content/learn/x.png)`), for their size. The
// src comes from Markdown: it must stay inside public/ after decoding, `..` and symlinks, and name a
// regular file, so a path like `/../../../../dev/zero` cannot make the build read outside the site or
// read forever.
import { readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import { imageSize } from '../../utils/image-size'
import type { ImageSize } from '../../utils/image-size'

/**
 * The file a root-relative `src` names under one of `publicDirs` (the site's public/, and in a test build the
 * fixtures' public folder too, utils/site-fixtures.ts), or why there is none. Never outside those folders.
 */
export function resolvePublicFile(publicDirs: string[], src: string, rule = 'it must be a file under public/'): { path: string } | { problem: string } {
  let path: string
  try {
    path = decodeURIComponent(src.split(/[?#]/)[0]!)
  }
  catch {
    return { problem: 'is not a valid URL path (bad percent-encoding)' }
  }
  if (path.includes('\0')) return { problem: 'is not a valid URL path (it contains a NUL byte)' }
  for (const dir of publicDirs) {
    let publicDir: string
    let target: string
    try {
      publicDir = realpathSync(dir)
      target = realpathSync(join(publicDir, path))
    }
    catch {
      continue
    }
    const inside = relative(publicDir, target)
    if (!inside || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      return { problem: `resolves to "${target}", which is outside public/ (${rule})` }
    }
    if (!statSync(target).isFile()) return { problem: `resolves to "${target}", which is not a regular file` }
    return { path: target }
  }
  return { problem: 'does not exist under public/' }
}

/** The intrinsic size of the image a root-relative `src` names under `<rootDir>/public`, or why there is none. */
export function publicImageSize(rootDir: string, src: string, publicDirs = [join(rootDir, 'public')]): { size: ImageSize } | { problem: string } {
  const found = resolvePublicFile(publicDirs, src, 'images must be files under public/')
  if ('problem' in found) return found
  const size = imageSize(readFileSync(found.path))
  return size ? { size } : { problem: 'is not a PNG, JPEG or SVG file' }
}
