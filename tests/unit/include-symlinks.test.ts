// Includes resolve symlinks: a link under examples/ (to a file or a folder) must not publish a file from
// outside examples/. The links are made here, in a temporary folder, so the repository holds none.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expandContentFile } from '~/modules/content-includes/source'

let dir = ''
let outside = ''

beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'include-links-')))
  outside = join(dir, 'outside')
  mkdirSync(join(dir, 'repo/content/patterns'), { recursive: true })
  mkdirSync(join(dir, 'repo/examples/demo'), { recursive: true })
  mkdirSync(outside)
  writeFileSync(join(outside, 'secret.py'), 'SECRET = "outside the repository"\n')
  writeFileSync(join(dir, 'repo/examples/demo/flow.py'), 'x = 1\n')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Builds the raw Markdown of a page whose line 7 includes `include`. */
function render(include: string): string {
  writeFileSync(join(dir, 'repo/content/patterns/demo.md'), `---\ntitle: Demo\n---\n\nText.\n\n<<< ${include}\n`)
  return expandContentFile(join(dir, 'repo'), 'content/patterns/demo.md')
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

describe('includes through symlinks', () => {
  it('refuse a symlinked file that leads outside examples/, naming the page, line and resolved target', () => {
    symlinkSync(join(outside, 'secret.py'), join(dir, 'repo/examples/demo/secret.py'))
    expect(() => render('examples/demo/secret.py')).toThrowError(new RegExp(
      `^content/patterns/demo\\.md:7: include "examples/demo/secret\\.py": "examples/demo/secret\\.py" resolves to "${escape(join(outside, 'secret.py'))}", which is outside examples/`))
  })

  it('refuse a file inside a symlinked folder that leads outside examples/', () => {
    symlinkSync(outside, join(dir, 'repo/examples/linked'))
    expect(() => render('examples/linked/secret.py')).toThrowError(new RegExp(
      `^content/patterns/demo\\.md:7: include "examples/linked/secret\\.py": .* resolves to "${escape(join(outside, 'secret.py'))}", which is outside examples/`))
  })

  it('refuse a symlink to a device, without reading it', () => {
    symlinkSync('/dev/null', join(dir, 'repo/examples/demo/null.py'))
    expect(() => render('examples/demo/null.py')).toThrowError(/:7: include "examples\/demo\/null\.py": .* resolves to "\/dev\/null", which is outside examples\//)
  })

  it('refuse a folder or anything else that is not a regular file', () => {
    expect(() => render('examples/demo')).toThrowError(/:7: include "examples\/demo": .* which is not a regular file/)
  })

  it('refuse everything when examples/ itself is a symlink out of the repository', () => {
    rmSync(join(dir, 'repo/examples'), { recursive: true })
    symlinkSync(outside, join(dir, 'repo/examples'))
    expect(() => render('examples/secret.py')).toThrowError(/which is outside examples\//)
  })

  it('follow a symlink that stays inside examples/', () => {
    symlinkSync('flow.py', join(dir, 'repo/examples/demo/alias.py'))
    expect(render('examples/demo/alias.py')).toContain('```python [examples/demo/alias.py]\nx = 1\n```')
  })

  it('say a missing or dangling include does not exist', () => {
    symlinkSync(join(outside, 'gone.py'), join(dir, 'repo/examples/demo/dangling.py'))
    expect(() => render('examples/demo/dangling.py')).toThrowError(/:7: include "examples\/demo\/dangling\.py": file "examples\/demo\/dangling\.py" does not exist/)
  })
})
