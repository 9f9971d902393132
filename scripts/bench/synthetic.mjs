// Synthetic patterns for the scale benchmark: valid front matter (tags and deep dives that exist), about
// 800 words of varied prose under headings. Written only into a temporary copy of the repository.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

/** Deterministic PRNG (mulberry32), so every run generates the same site. */
export function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SUBJECTS = ['the flow', 'a step', 'the training step', 'each foreach branch', 'the join step', 'the scheduler', 'the artifact store', 'a teammate', 'the notebook', 'the deployment', 'the Client API', 'the runner', 'the feature table', 'the batch job', 'the model registry', 'the evaluation step', 'the data loader', 'the retry decorator', 'the production namespace', 'the CI pipeline']
const VERBS = ['reads', 'writes', 'caches', 'partitions', 'validates', 'resumes', 'schedules', 'inspects', 'versions', 'tags', 'retries', 'merges', 'filters', 'publishes', 'compares', 'snapshots', 'loads', 'splits', 'aggregates', 'deploys']
const OBJECTS = ['the parquet files', 'every artifact', 'the latest successful run', 'a manifest of inputs', 'the S3 prefix', 'the metrics table', 'a small sample', 'the previous checkpoint', 'the hyperparameters', 'the card report', 'the embeddings', 'the daily partition', 'the lineage graph', 'a frozen snapshot', 'the config file', 'the test fixtures', 'the shard index', 'the event payload', 'the feature vectors', 'the run metadata']
const CLAUSES = ['before the expensive work starts', 'so that later readers can find it cheaply', 'without recomputing earlier steps', 'when the upstream table changes', 'in a separate namespace', 'on every pull request', 'once per day', 'with a bounded amount of memory', 'for each customer segment', 'while the notebook stays open', 'after the join step finishes', 'behind a stable alias', 'using the same code as production', 'with an explicit timeout', 'so that failures are easy to reproduce']
const OPENERS = ['In practice,', 'Usually,', 'As a rule,', 'On a busy team,', 'For larger datasets,', 'During development,', 'In production,', 'Most of the time,', 'When in doubt,', 'Over time,']
const TOPICS = ['Checkpoint', 'Partition', 'Backfill', 'Shadow', 'Canary', 'Sharded', 'Incremental', 'Idempotent', 'Versioned', 'Cached', 'Parallel', 'Audited', 'Replayable', 'Federated', 'Streaming', 'Layered', 'Batched', 'Gated', 'Tiered', 'Scheduled']
const NOUNS = ['training', 'scoring', 'feature builds', 'evaluation', 'exports', 'ingestion', 'reports', 'retraining', 'labeling', 'inference', 'validation', 'snapshots', 'alerts', 'rollouts', 'experiments']
const HEADINGS = ['The problem', 'When to use it', 'How it works', 'The pattern step by step', 'Choosing the inputs', 'Running it locally', 'Running it in production', 'Inspecting the results', 'Pitfalls', 'How to test it', 'Variations', 'What to read next']

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)]
const sample = (rnd, list, n) => [...list].sort(() => rnd() - 0.5).slice(0, n)

function sentence(rnd) {
  const s = `${pick(rnd, OPENERS)} ${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)} ${pick(rnd, CLAUSES)}.`
  return s.replace(/^(\S+) (\S)/, (_, a, b) => `${a} ${b}`)
}

function paragraph(rnd, sentences) {
  return Array.from({ length: sentences }, () => sentence(rnd)).join(' ')
}

/** One pattern's Markdown: about `words` words in sections under level-2 and level-3 headings. */
export function syntheticPattern(index, { tags, deepDives, words = 800 }) {
  const rnd = random(index + 1)
  const topic = `${pick(rnd, TOPICS)} ${pick(rnd, NOUNS)}`
  const title = `${topic} pattern ${index + 1}`
  const headings = sample(rnd, HEADINGS, 6 + Math.floor(rnd() * 3))
  const body = [`This synthetic page describes ${topic.toLowerCase()} with Metaflow. ${paragraph(rnd, 3)}`]
  let count = body[0].split(/\s+/).length
  let h = 0
  while (count < words) {
    const heading = headings[h % headings.length] + (h >= headings.length ? ` (${Math.floor(h / headings.length) + 1})` : '')
    const text = [`## ${heading}`, paragraph(rnd, 3 + Math.floor(rnd() * 3))]
    if (rnd() < 0.4) text.push(`### ${pick(rnd, TOPICS)} ${pick(rnd, NOUNS)} in detail`, paragraph(rnd, 2 + Math.floor(rnd() * 2)))
    if (rnd() < 0.3) text.push(`- ${sentence(rnd)}\n- ${sentence(rnd)}\n- ${sentence(rnd)}`)
    if (rnd() < 0.2) text.push(`Run it with \`python flow.py run --with retry\`, then inspect it with \`Flow('${topic.replace(/\W/g, '')}Flow').latest_successful_run\`.`)
    body.push(...text)
    count += text.join(' ').split(/\s+/).length
    h++
  }
  const front = [
    '---',
    `title: "${title}"`,
    `description: "A synthetic pattern about ${topic.toLowerCase()}, generated for the scale benchmark."`,
    `tags: [${sample(rnd, tags, 2 + Math.floor(rnd() * 3)).join(', ')}]`,
    `level: ${pick(rnd, ['beginner', 'intermediate', 'advanced'])}`,
    `format: ${pick(rnd, ['walkthrough', 'how-to-series'])}`,
    `metaflow: "2.${10 + Math.floor(rnd() * 9)}.${Math.floor(rnd() * 20)}"`,
    `deepDives: [${sample(rnd, deepDives, 1 + Math.floor(rnd() * 2)).join(', ')}]`,
    '---',
  ]
  return { slug: `synthetic-${String(index + 1).padStart(4, '0')}`, text: `${front.join('\n')}\n\n${body.join('\n\n')}\n` }
}

/** Writes `n` synthetic patterns into `root`/content/patterns, with the repository's own tags and deep dives. */
export function writeSyntheticPatterns(root, n) {
  const tags = parse(readFileSync(join(root, 'content/tags.yml'), 'utf8')).tags.map(t => t.slug)
  const deepDives = readdirSync(join(root, 'content/deep-dives')).filter(f => f.endsWith('.md') && f !== 'index.md').map(f => f.replace(/\.md$/, ''))
  for (let i = 0; i < n; i++) {
    const { slug, text } = syntheticPattern(i, { tags, deepDives })
    writeFileSync(join(root, 'content/patterns', `${slug}.md`), text)
  }
  return { tags: tags.length, deepDives: deepDives.length }
}
