// Image paths from Markdown are confined to public/: the size check must not read outside the site, read
// a device until memory runs out, or follow a symlink out of public/. Links are made in a temporary folder.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { publicImageSize } from '~/modules/content-markup/public-files'

let dir = ''
let root = ''
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"></svg>'

beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'public-images-')))
  root = join(dir, 'repo')
  mkdirSync(join(root, 'public/content'), { recursive: true })
  writeFileSync(join(root, 'public/content/a b.svg'), svg)
  writeFileSync(join(root, 'secret.svg'), svg)
  writeFileSync(join(dir, 'outside.svg'), svg)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('publicImageSize', () => {
  it('sizes an image under public/, with its src percent-decoded and query or fragment ignored', () => {
    expect(publicImageSize(root, '/content/a%20b.svg?v=1#x')).toEqual({ size: { width: 40, height: 20 } })
  })

  it('refuses paths that climb out of public/, plain or percent-encoded', () => {
    expect(publicImageSize(root, '/../secret.svg')).toEqual({ problem: `resolves to "${join(root, 'secret.svg')}", which is outside public/ (images must be files under public/)` })
    expect(publicImageSize(root, '/%2e%2e/%2e%2e/outside.svg')).toMatchObject({ problem: expect.stringContaining('which is outside public/') })
  })

  it('refuses /../../../../dev/zero without reading it', () => {
    // Reading /dev/zero never ends: this test would run out of memory rather than fail if it were read.
    expect(publicImageSize(root, '/../../../../../../../../dev/zero')).toEqual({ problem: 'resolves to "/dev/zero", which is outside public/ (images must be files under public/)' })
  })

  it('refuses a symlink under public/ that leads outside it, to a file or a device', () => {
    symlinkSync(join(dir, 'outside.svg'), join(root, 'public/content/linked.svg'))
    symlinkSync('/dev/zero', join(root, 'public/content/zero.svg'))
    symlinkSync(dir, join(root, 'public/linked-folder'))
    expect(publicImageSize(root, '/content/linked.svg')).toMatchObject({ problem: `resolves to "${join(dir, 'outside.svg')}", which is outside public/ (images must be files under public/)` })
    expect(publicImageSize(root, '/content/zero.svg')).toMatchObject({ problem: expect.stringContaining('"/dev/zero", which is outside public/') })
    expect(publicImageSize(root, '/linked-folder/outside.svg')).toMatchObject({ problem: expect.stringContaining('which is outside public/') })
  })

  it('refuses a folder, a missing file, bad percent-encoding and a file that is no image', () => {
    writeFileSync(join(root, 'public/content/notes.txt'), 'text')
    expect(publicImageSize(root, '/content')).toEqual({ problem: `resolves to "${join(root, 'public/content')}", which is not a regular file` })
    expect(publicImageSize(root, '/content/missing.png')).toEqual({ problem: 'does not exist under public/' })
    expect(publicImageSize(root, '/content/%E0%A4%A.png')).toEqual({ problem: 'is not a valid URL path (bad percent-encoding)' })
    expect(publicImageSize(root, '/content/a%00.png')).toEqual({ problem: 'is not a valid URL path (it contains a NUL byte)' })
    expect(publicImageSize(root, '/content/notes.txt')).toEqual({ problem: 'is not a PNG, JPEG or SVG file' })
  })
})
