// Terminal walkthrough figures, measured on a generated site (`npm run generate` first):
//
//   node scripts/bench/walkthrough.mjs [--site=.output/public]
//
// Writes bench/walkthrough.md and bench/walkthrough.json. Reports, never asserts. Figures (gzip level 9, as
// scripts/serve.mjs sends them):
// - what a reading page downloads on play: the player's JavaScript (the chunks the walkthrough enhancement
//   imports when the reader presses play, followed through their own imports), its CSS, and the recording
// - what it downloads before play: the walkthrough enhancement itself
// - each recording (examples/<slug>/walkthrough.cast): bytes raw and gzipped, duration, steps
// - the walkthrough block's HTML on each pattern page (chapters and transcript), raw and gzipped
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const site = resolve(root, process.argv.find(a => a.startsWith('--site='))?.slice(7) ?? '.output/public')
const enhanceDir = join(site, '_nuxt/enhance')
if (!existsSync(enhanceDir)) {
  console.error(`No generated site at ${site}: run npm run generate first (or pass --site=<dir>)`)
  process.exit(1)
}

const gz = buffer => gzipSync(buffer, { level: 9 }).length
const kib = bytes => `${(bytes / 1024).toFixed(1)} KiB`
const file = name => readFileSync(join(enhanceDir, name))

const entry = readdirSync(enhanceDir).find(name => /^walkthrough-[\w-]+\.js$/.test(name))
if (!entry) throw new Error(`no walkthrough enhancement in ${enhanceDir}`)
const entryText = file(entry).toString()

/** Files a script imports, statically (`from"./x.js"`, `import"./x.js"`) or dynamically (`import("./x.js")`). */
const imports = (text) => {
  const dynamic = [...text.matchAll(/import\(\s*["']\.\/([\w-]+\.js)["']\s*\)/g)].map(m => m[1])
  const stat = [...text.matchAll(/(?:from|import)\s*["']\.\/([\w-]+\.js)["']/g)].map(m => m[1])
  return { dynamic, stat }
}
/** Scripts reachable from `names` by static imports, or by dynamic ones too. */
const closure = (names, { dynamic = false } = {}) => {
  const seen = new Set()
  const visit = (name) => {
    if (seen.has(name)) return
    seen.add(name)
    const found = imports(file(name).toString())
    ;[...found.stat, ...(dynamic ? found.dynamic : [])].forEach(visit)
  }
  names.forEach(visit)
  return seen
}
const beforePlay = closure([entry])
const onPlayJs = [...closure(imports(entryText).dynamic, { dynamic: true })].filter(name => !beforePlay.has(name))
const css = onPlayJs.map(name => file(name).toString().match(/["']\.\/(asciinema-player-[\w-]+\.css)["']/)?.[1]).find(Boolean)
if (!onPlayJs.length || !css) throw new Error(`could not find the player's chunks or CSS from ${entry}`)

const sum = (names, measure) => names.reduce((total, name) => total + measure(file(name)), 0)
const player = {
  js: { raw: sum(onPlayJs, b => b.length), gzip: sum(onPlayJs, gz), files: onPlayJs },
  css: { raw: file(css).length, gzip: gz(file(css)), file: css },
  enhancement: { raw: sum([...beforePlay], b => b.length), gzip: sum([...beforePlay], gz), files: [...beforePlay] },
}

const recordings = readdirSync(join(root, 'examples')).filter(slug => existsSync(join(root, 'examples', slug, 'walkthrough.cast'))).map((slug) => {
  const path = join(root, 'examples', slug, 'walkthrough.cast')
  const cast = readFileSync(path)
  const lines = cast.toString().split('\n').filter(Boolean)
  const header = JSON.parse(lines[0])
  const html = existsSync(join(site, 'patterns', slug, 'index.html')) ? readFileSync(join(site, 'patterns', slug, 'index.html'), 'utf8') : ''
  const block = html.match(/<mfp-walkthrough[\s\S]*?<\/mfp-walkthrough>/)?.[0] ?? ''
  return {
    slug,
    bytes: statSync(path).size,
    gzip: gz(cast),
    duration: header.duration,
    steps: lines.slice(1).filter(line => JSON.parse(line)[1] === 'm').length,
    blockHtml: { raw: Buffer.byteLength(block), gzip: block ? gz(Buffer.from(block)) : 0 },
  }
})

const date = new Date().toISOString().slice(0, 10)
const version = JSON.parse(readFileSync(join(root, 'node_modules/asciinema-player/package.json'), 'utf8')).version
const results = { date, player: { version, ...player }, recordings }
writeFileSync(join(root, 'bench/walkthrough.json'), `${JSON.stringify(results, null, 2)}\n`)

const onPlay = recording => player.js.gzip + player.css.gzip + recording.gzip
const md = `# Terminal walkthroughs

Measured ${date} by \`node scripts/bench/walkthrough.mjs\` on the generated site (gzip level 9, as
\`scripts/serve.mjs\` serves it). Nothing here is asserted; \`tests/e2e/budget.spec.ts\` checks the first visit.

## The player (asciinema-player ${version}), downloaded only when the reader presses play

| What | Raw | Gzipped |
| --- | --- | --- |
| Player JavaScript (${player.js.files.length} chunks: the site's player code, asciinema-player with its WebAssembly terminal) | ${kib(player.js.raw)} | ${kib(player.js.gzip)} |
| Player CSS | ${kib(player.css.raw)} | ${kib(player.css.gzip)} |
| Before play: the walkthrough enhancement | ${kib(player.enhancement.raw)} | ${kib(player.enhancement.gzip)} |

## Recordings and the block on each page

| Pattern | Duration | Steps | Recording raw | Recording gzipped | On play in all (gzipped) | Block HTML (chapters, transcript) gzipped |
| --- | --- | --- | --- | --- | --- | --- |
${recordings.map(r => `| ${r.slug} | ${Math.floor(r.duration / 60)}:${String(Math.floor(r.duration % 60)).padStart(2, '0')} | ${r.steps} | ${kib(r.bytes)} | ${kib(r.gzip)} | ${kib(onPlay(r))} | ${kib(r.blockHtml.gzip)} |`).join('\n')}
`
writeFileSync(join(root, 'bench/walkthrough.md'), md)
console.log(md)
