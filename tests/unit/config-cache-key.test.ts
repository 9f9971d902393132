// nuxt.config.ts folds every file under examples/ into the content cache key. A symlink there (to a folder,
// or to a device) once crashed config loading with EISDIR or read forever; the include check then never
// got to say which include was wrong.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'

let dir = ''
const cwd = process.cwd()

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'config-key-'))
  mkdirSync(join(dir, 'examples/demo'), { recursive: true })
  mkdirSync(join(dir, 'outside'))
  writeFileSync(join(dir, 'examples/demo/flow.py'), 'x = 1\n')
  symlinkSync(join(dir, 'outside'), join(dir, 'examples/linked-folder'))
  // Walked after the folder (entries are sorted), so the code before the fix fails on the folder instead of
  // reading the device until memory runs out.
  symlinkSync('/dev/zero', join(dir, 'examples/zz-device.py'))
  ;(globalThis as Record<string, unknown>).defineNuxtConfig = (config: unknown) => config
  // The config reads examples/ relative to the working directory, as Nuxt runs it from the repository root.
  process.chdir(dir)
})
afterAll(() => {
  process.chdir(cwd)
  rmSync(dir, { recursive: true, force: true })
})

it('loads with a symlinked folder and a symlinked device under examples/', async () => {
  const { default: config } = await import('~/nuxt.config')
  expect((config as { content: { build: { markdown: { cacheKey: string } } } }).content.build.markdown.cacheKey).toMatch(/^[0-9a-f]{16}$/)
}, 20_000)
