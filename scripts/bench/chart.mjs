// bench/scale.svg: four small line charts (build time, output size, JSON sizes, query time) against the
// number of patterns, on a logarithmic x axis. Hand-written SVG, no dependencies.

const W = 880
const H = 540
const PANEL = { w: 380, h: 200 }
const COLORS = ['#0f766e', '#b45309', '#6d28d9', '#be123c']

const esc = s => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const fmt = x => (x >= 100 ? Math.round(x).toString() : x >= 10 ? x.toFixed(1).replace(/\.0$/, '') : x.toFixed(2).replace(/\.?0+$/, ''))

/** A "nice" upper bound and tick step for 0..max. */
function niceScale(max) {
  if (!(max > 0)) return { top: 1, step: 0.25 }
  const raw = max / 4
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map(m => m * mag).find(s => s >= raw)
  return { top: step * Math.ceil(max / step), step }
}

function panel({ x0, y0, title, unit, series, xs }) {
  const left = 52
  const bottom = 34
  const plot = { x: x0 + left, y: y0 + 28, w: PANEL.w - left - 12, h: PANEL.h - 28 - bottom }
  const values = series.flatMap(s => s.points.map(p => p[1]))
  const { top, step } = niceScale(Math.max(...values, 0))
  const lx = xs.map(x => Math.log10(x))
  const [minX, maxX] = [Math.min(...lx), Math.max(...lx)]
  const sx = x => plot.x + (maxX === minX ? plot.w / 2 : ((Math.log10(x) - minX) / (maxX - minX)) * plot.w)
  const sy = y => plot.y + plot.h - (y / top) * plot.h
  const parts = [`<text x="${x0}" y="${y0 + 14}" class="title">${esc(title)} <tspan class="unit">(${esc(unit)})</tspan></text>`]
  for (let t = 0; t <= top + step / 2; t += step) {
    parts.push(`<line x1="${plot.x}" x2="${plot.x + plot.w}" y1="${sy(t)}" y2="${sy(t)}" class="grid"/>`, `<text x="${plot.x - 6}" y="${sy(t) + 4}" class="tick" text-anchor="end">${fmt(t)}</text>`)
  }
  for (const x of xs) parts.push(`<text x="${sx(x)}" y="${plot.y + plot.h + 16}" class="tick" text-anchor="middle">${x.toLocaleString('en-US')}</text>`)
  parts.push(`<text x="${plot.x + plot.w / 2}" y="${plot.y + plot.h + 30}" class="axis" text-anchor="middle">patterns (log scale)</text>`)
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length]
    if (s.points.length > 1) parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${s.points.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ')}"/>`)
    for (const [x, y] of s.points) parts.push(`<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="3.5" fill="${color}"><title>${esc(`${s.name}: ${fmt(y)} ${unit} at ${x} patterns`)}</title></circle>`)
    parts.push(`<rect x="${plot.x + 8}" y="${plot.y + 4 + i * 15}" width="10" height="3" fill="${color}"/>`, `<text x="${plot.x + 22}" y="${plot.y + 9 + i * 15}" class="legend">${esc(s.name)}</text>`)
  })
  return parts.join('\n')
}

export function scaleChart(runs) {
  const done = runs.filter(r => r.buildS != null).sort((a, b) => a.patterns - b.patterns)
  const skipped = runs.filter(r => r.buildS == null)
  const xs = done.map(r => r.patterns)
  const pts = get => done.map(r => [r.patterns, get(r)])
  const panels = [
    { title: 'Build time (nuxt generate)', unit: 's', series: [{ name: 'build', points: pts(r => r.buildS) }] },
    { title: 'Output size (.output/public)', unit: 'MiB', series: [{ name: 'output', points: pts(r => r.output.bytes / 2 ** 20) }] },
    { title: 'Index files', unit: 'KiB', series: [
      { name: 'search.json raw', points: pts(r => r.searchJson.bytes / 1024) },
      { name: 'search.json gzip', points: pts(r => r.searchJson.gzip / 1024) },
      { name: 'explore.json raw', points: pts(r => r.exploreJson.bytes / 1024) },
      { name: 'explore.json gzip', points: pts(r => r.exploreJson.gzip / 1024) },
    ] },
    { title: 'Search query time (200 queries)', unit: 'ms', series: [{ name: 'median', points: pts(r => r.queryMedianMs) }, { name: 'p95', points: pts(r => r.queryP95Ms) }] },
  ]
  const body = done.length
    ? panels.map((p, i) => panel({ ...p, xs, x0: 40 + (i % 2) * (PANEL.w + 60), y0: 60 + Math.floor(i / 2) * (PANEL.h + 30) })).join('\n')
    : '<text x="40" y="120" class="axis">No scale run finished.</text>'
  const note = skipped.length ? `Not run: ${skipped.map(r => `${r.synthetic} synthetic patterns (${r.notRun ? (r.notRun.match(/about \d+ min/)?.[0] ?? 'skipped') + ' estimated' : 'build failed'})`).join(', ')}; see results.md.` : ''
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="t d">
<title id="t">Metaflow Patterns at scale</title>
<desc id="d">Build time, output size, search and explore index sizes, and search query time for ${xs.join(', ')} patterns.</desc>
<style>
  text { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; fill: #1f2937 }
  .title { font-size: 14px; font-weight: 600 } .unit { font-weight: 400; fill: #4b5563 }
  .tick { font-size: 11px; fill: #4b5563 } .axis { font-size: 11px; fill: #6b7280 } .legend { font-size: 11px }
  .grid { stroke: #e5e7eb; stroke-width: 1 }
</style>
<rect width="100%" height="100%" fill="#fff"/>
<text x="40" y="32" style="font-size:18px;font-weight:700">Metaflow Patterns at scale</text>
<text x="40" y="50" class="axis">Real content plus synthetic patterns of about 800 words; figures from npm run bench.</text>
${note ? `<text x="40" y="${H - 14}" class="axis">${esc(note)}</text>` : ''}
${body}
</svg>
`
}
