// npm run new:pattern -- "Title": scaffolds content/patterns/<slug>.md and examples/<slug>/ that pass the
// build's content checks, ready to be filled in, with a terminal walkthrough script to extend and record
// (`npm run record -- <slug>`: until then the build says the recording is missing). Refuses a slug that exists.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export function slugify(title) {
  return title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036F]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '')
}

export function scaffoldPattern(root, title) {
  const clean = String(title ?? '').trim()
  if (!clean) throw new Error('Give the pattern a title: npm run new:pattern -- "My pattern title"')
  const slug = slugify(clean)
  if (!slug) throw new Error(`"${clean}" gives an empty slug: use letters or digits in the title`)
  const page = join(root, 'content/patterns', `${slug}.md`)
  const examples = join(root, 'examples', slug)
  if (existsSync(page) || existsSync(examples)) {
    throw new Error(`A pattern with the slug "${slug}" exists already (content/patterns/${slug}.md or examples/${slug}/): choose another title`)
  }
  const tags = parse(readFileSync(join(root, 'content/tags.yml'), 'utf8')).tags.map(t => t.slug)
  const deepDives = readdirSync(join(root, 'content/deep-dives')).filter(f => f.endsWith('.md') && f !== 'index.md').map(f => f.replace(/\.md$/, ''))
  const className = `${slug.split('-').map(w => w[0].toUpperCase() + w.slice(1)).join('').replace(/^(\d)/, 'P$1')}Flow`
  const fill = text => text.replaceAll('__TITLE__', clean).replaceAll('__SLUG__', slug).replaceAll('__CLASS__', className)
  const templates = join(dirname(fileURLToPath(import.meta.url)), 'templates/pattern')

  const frontMatter = [
    '---',
    `title: ${JSON.stringify(clean)}`,
    'description: "TODO: one or two sentences on what this pattern solves."',
    `# Tags from content/tags.yml (2-5): ${tags.join(', ')}`,
    `tags: [${tags.slice(0, 2).join(', ')}]`,
    'level: beginner # beginner | intermediate | advanced',
    'format: walkthrough # walkthrough | how-to-series',
    'metaflow: "2.12.0" # the minimum Metaflow version the code needs',
    `# Deep dives (1-2): ${deepDives.join(', ')}`,
    `deepDives: [${deepDives[0]}]`,
    'related: []',
    `examples: examples/${slug}`,
    `walkthrough: examples/${slug}/walkthrough.yml`,
    'video:',
    '  provider: youtube',
    '  status: planned',
    `  title: ${JSON.stringify(`${clean} (walkthrough)`)}`,
    '  duration: "8:00"',
    '  chapters:',
    '    - at: "0:00"',
    '      title: The problem',
    '      heading: the-problem',
    '---',
  ].join('\n')
  const body = `
## The problem

TODO: the situation a reader is in, and why the obvious approach hurts.

## The pattern step by step

<<< examples/${slug}/flow.py#flow

## How to test it

\`\`\`bash
cd examples/${slug} && python -m pytest -q
\`\`\`
`
  mkdirSync(join(examples, 'tests'), { recursive: true })
  writeFileSync(page, `${frontMatter}\n${body}`)
  writeFileSync(join(examples, 'flow.py'), fill(readFileSync(join(templates, 'flow.py'), 'utf8')))
  writeFileSync(join(examples, 'README.md'), fill(readFileSync(join(templates, 'README.md'), 'utf8')))
  writeFileSync(join(examples, 'tests/conftest.py'), fill(readFileSync(join(templates, 'conftest.py'), 'utf8')))
  writeFileSync(join(examples, 'tests/test_flow.py'), fill(readFileSync(join(templates, 'test_flow.py'), 'utf8')))
  writeFileSync(join(examples, 'walkthrough.yml'), fill(readFileSync(join(templates, 'walkthrough.yml'), 'utf8')))
  return { slug, files: [`content/patterns/${slug}.md`, `examples/${slug}/flow.py`, `examples/${slug}/README.md`, `examples/${slug}/tests/conftest.py`, `examples/${slug}/tests/test_flow.py`, `examples/${slug}/walkthrough.yml`] }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { slug, files } = scaffoldPattern(process.cwd(), process.argv.slice(2).join(' '))
    console.log(`Created the pattern "${slug}":\n${files.map(f => `  ${f}`).join('\n')}\nFill in the TODOs and the walkthrough's steps, record it with npm run record -- ${slug}, then run npm run dev.`)
  }
  catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
