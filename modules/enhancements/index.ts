// Reading pages ship no framework: their interactive pieces are small TypeScript modules in enhancements/,
// one per feature. This module bundles them with esbuild (ES modules, shared code split into chunks,
// content-hashed names in production), serves them under the build assets folder with the same immutable
// caching as Nuxt's own chunks, and hands the file names to the page render (`#build/enhancements.mjs`,
// read by composables/useEnhancement.ts).
import { readdirSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { addTemplate, addTypeTemplate, defineNuxtModule } from '@nuxt/kit'
import { build, context, type BuildOptions, type Metafile } from 'esbuild'

/** Entry name (file name without `.ts`) → output file name, relative to the enhancements URL. */
export type EnhancementManifest = Record<string, string>

export function manifestFromMetafile(metafile: Metafile, outDir: string): EnhancementManifest {
  const manifest: EnhancementManifest = {}
  for (const [output, meta] of Object.entries(metafile.outputs)) {
    if (!meta.entryPoint) continue
    manifest[basename(meta.entryPoint, '.ts')] = resolve(output).slice(resolve(outDir).length + 1)
  }
  return manifest
}

export default defineNuxtModule({
  meta: { name: 'enhancements' },
  async setup(_options, nuxt) {
    const dev = nuxt.options.dev
    const srcDir = resolve(nuxt.options.rootDir, 'enhancements')
    // Not in the build directory: the CLI empties that after modules have run.
    const outDir = resolve(nuxt.options.rootDir, 'node_modules/.cache/enhancements', dev ? 'dev' : 'build')
    const urlDir = join(nuxt.options.app.buildAssetsDir, 'enhance').replace(/\\/g, '/')
    const entryPoints = readdirSync(srcDir).filter(f => f.endsWith('.ts') && !f.endsWith('.d.ts')).map(f => join(srcDir, f))

    const options: BuildOptions = {
      entryPoints,
      outdir: outDir,
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      minify: !dev,
      metafile: true,
      write: true,
      logLevel: 'warning',
      legalComments: 'none',
      entryNames: dev ? '[name]' : '[name]-[hash]',
      chunkNames: 'chunk-[hash]',
      // A library's stylesheet imported by an enhancement (the walkthrough player's) is a file next to the
      // scripts, added to the page by the script when it is needed; the import is its name.
      loader: { '.css': 'file' },
      assetNames: dev ? '[name]' : '[name]-[hash]',
      // Scripts find the site's base path from their own URL: everything after the base is this suffix.
      define: { __ENHANCE_DIR__: JSON.stringify(urlDir.replace(/^\//, '')) },
    }

    let manifest: EnhancementManifest = {}
    await rm(outDir, { recursive: true, force: true })
    if (dev) {
      // Stable names in development; esbuild rebuilds on save and the browser gets the new file on reload.
      const ctx = await context({ ...options, plugins: [{ name: 'manifest', setup: b => b.onEnd((r) => {
        if (r.metafile) manifest = manifestFromMetafile(r.metafile, outDir)
      }) }] })
      await ctx.rebuild()
      await ctx.watch()
      nuxt.hook('close', () => ctx.dispose())
    }
    else {
      const result = await build(options)
      manifest = manifestFromMetafile(result.metafile!, outDir)
    }

    addTemplate({
      filename: 'enhancements.mjs',
      getContents: () => `export const enhanceDir = ${JSON.stringify(urlDir)}\nexport default ${JSON.stringify(manifest, null, 2)}\n`,
    })
    addTypeTemplate({
      filename: 'types/enhancements.d.ts',
      getContents: () => `declare module '#build/enhancements.mjs' {\n  export const enhanceDir: string\n  const manifest: Record<string, string>\n  export default manifest\n}\nexport {}\n`,
    })

    nuxt.hook('nitro:config', (config) => {
      config.publicAssets ||= []
      config.publicAssets.push({ dir: outDir, baseURL: urlDir, maxAge: dev ? 0 : 60 * 60 * 24 * 365 })
    })
  },
})
