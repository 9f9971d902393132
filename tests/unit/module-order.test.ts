// nuxt.config.ts registers every local module explicitly, in order, by the same absolute path Nuxt's own scan
// of modules/ finds it at (modules/<name>/index.ts), so Nuxt registers each once and in the listed order, not
// alphabetically. (Checked once by hand with loadNuxt: `_installedModules` lists each local module once, in
// this order.)
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
let modules: unknown[] = []

beforeAll(async () => {
  ;(globalThis as Record<string, unknown>).defineNuxtConfig = (config: unknown) => config
  modules = ((await import('~/nuxt.config')).default as { modules: unknown[] }).modules
}, 20_000)

it('lists every module of modules/ once, by the path Nuxt finds it at', () => {
  const local = readdirSync(join(root, 'modules')).filter(name => existsSync(join(root, 'modules', name, 'index.ts')))
  expect(local.length).toBeGreaterThan(5)
  const listed = modules.filter((m): m is string => typeof m === 'string' && m.startsWith(join(root, 'modules')))
  expect(new Set(listed).size).toBe(listed.length)
  expect([...listed].sort()).toEqual(local.map(name => join(root, 'modules', name, 'index.ts')).sort())
  // No top-level module files, which Nuxt would also register on its own.
  expect(readdirSync(join(root, 'modules')).filter(name => /\.[cm]?[jt]s$/.test(name))).toEqual([])
})

it('runs the content pipeline after Nuxt Content: checks, then includes, then markup', () => {
  const at = (name: string) => modules.indexOf(join(root, 'modules', name, 'index.ts'))
  expect(modules.indexOf('@nuxt/content')).toBeGreaterThanOrEqual(0)
  expect(modules.indexOf('@nuxt/content')).toBeLessThan(at('content-checks'))
  expect(at('content-checks')).toBeLessThan(at('content-includes'))
  expect(at('content-includes')).toBeLessThan(at('content-markup'))
})
