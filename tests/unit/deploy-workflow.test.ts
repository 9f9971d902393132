import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const WORKFLOW = '.github/workflows/deploy.yml'
const BROKEN = 'tests/fixtures/workflows/deploy-broken.yml'

/** actionlint where scripts/install-actionlint.sh puts it, else on PATH; never skipped when missing. */
function findActionlint(): string {
  const candidates = [
    join(process.env.ACTIONLINT_BIN_DIR ?? join(homedir(), '.cache/metaflow-patterns/bin'), 'actionlint'),
    ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map(dir => join(dir, 'actionlint')),
  ]
  const found = candidates.find(path => existsSync(path))
  if (!found) throw new Error('actionlint is not installed: run `bash scripts/install-actionlint.sh --require` (it builds actionlint with Go); the deploy workflow is never left unlinted.')
  return found
}

function actionlint(file: string) {
  const result = spawnSync(findActionlint(), ['-no-color', '-oneline', file], { encoding: 'utf8' })
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() }
}

interface Step { id?: string, uses?: string, run?: string, with?: Record<string, unknown>, env?: Record<string, string> }
interface Job { needs?: string | string[], permissions?: Record<string, string>, steps: Step[], environment?: { name: string } }
interface Workflow { on: Record<string, unknown>, permissions?: unknown, concurrency?: { 'group'?: string, 'cancel-in-progress'?: boolean }, jobs: Record<string, Job> }

const OFFICIAL = ['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']

/** What the deploy workflow must do that actionlint does not check: each broken rule is one message. */
function deployProblems(workflow: Workflow): string[] {
  const problems: string[] = []
  const steps = Object.values(workflow.jobs).flatMap(job => job.steps)
  const step = (action: string) => steps.find(s => s.uses?.startsWith(`${action}@`))
  const on = workflow.on ?? {}
  if (!(on.push as { branches?: string[] } | undefined)?.branches?.includes('main')) problems.push('on: not on push to main')
  if (!('workflow_dispatch' in on)) problems.push('on: cannot be run by hand (workflow_dispatch)')
  if (JSON.stringify(workflow.permissions) !== '{}') problems.push(`permissions: the workflow grants ${JSON.stringify(workflow.permissions)} to every job; grant none and let each job ask`)
  if (!workflow.concurrency?.group) problems.push('concurrency: no group')
  for (const s of steps.filter(s => s.uses)) {
    if (!/^actions\/[a-z-]+@v\d+\.\d+\.\d+$/.test(s.uses!)) problems.push(`uses: ${s.uses} is not an official action pinned by full version tag (vX.Y.Z)`)
  }
  for (const action of OFFICIAL) if (!step(action)) problems.push(`uses: ${action} is missing`)
  const checkout = step('actions/checkout')
  if (checkout && checkout.with?.['fetch-depth'] !== 0) problems.push('actions/checkout: fetch-depth is not 0 (history blocks need the full history)')
  const node = step('actions/setup-node')
  if (node && node.with?.cache !== 'npm') problems.push('actions/setup-node: no npm cache')
  if (node && node.with?.['node-version'] !== '20.20') problems.push(`actions/setup-node: node-version ${String(node.with?.['node-version'])}, the project's CI uses 20.20`)
  const pagesId = step('actions/configure-pages')?.id
  if (!steps.some(s => s.run?.trim() === 'npm ci --no-audit --no-fund' || s.run?.trim() === 'npm ci')) problems.push('run: no npm ci')
  const generate = steps.find(s => s.run?.trim() === 'npm run generate')
  if (!generate) problems.push('run: no npm run generate')
  else {
    if (!pagesId || generate.env?.NUXT_PUBLIC_SITE_URL !== `\${{ steps.${pagesId}.outputs.base_url }}`) problems.push(`npm run generate: NUXT_PUBLIC_SITE_URL is ${generate.env?.NUXT_PUBLIC_SITE_URL}, not the configure-pages step's base_url`)
    if (generate.env?.REPOSITORY_URL !== '${{ github.server_url }}/${{ github.repository }}') problems.push('npm run generate: REPOSITORY_URL is not taken from the github context')
    if (generate.env?.SITE_DEPLOY !== '1') problems.push('npm run generate: SITE_DEPLOY is not "1", so the placeholder URL could be published')
  }
  if (step('actions/upload-pages-artifact')?.with?.path !== '.output/public') problems.push('actions/upload-pages-artifact: path is not .output/public')
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const granted = job.permissions ?? {}
    const deploys = job.steps.some(s => s.uses?.startsWith('actions/deploy-pages@'))
    const allowed: Record<string, string> = deploys ? { 'pages': 'write', 'id-token': 'write' } : { contents: 'read', pages: 'read' }
    if (JSON.stringify(granted) !== JSON.stringify(allowed)) problems.push(`jobs.${name}.permissions: ${JSON.stringify(granted)}, least privilege is ${JSON.stringify(allowed)}`)
    if (deploys && job.environment?.name !== 'github-pages') problems.push(`jobs.${name}: deploys outside the github-pages environment`)
  }
  return problems
}

describe('the GitHub Pages deploy workflow', () => {
  it('passes actionlint', () => {
    expect(actionlint(WORKFLOW)).toEqual({ status: 0, output: '' })
  })

  it('builds with the real site URL, full history and pinned official actions, with least privilege', () => {
    expect(deployProblems(parse(readFileSync(WORKFLOW, 'utf8')))).toEqual([])
  })

  it('the checks fail on a broken workflow, each naming the mistake', () => {
    const lint = actionlint(BROKEN)
    expect(lint.status).toBe(1)
    expect(lint.output).toContain('"wrte" is invalid as permission of scope "pages"')
    expect(lint.output).toContain('property "page" is not defined')
    expect(lint.output).toContain('job "deploy" needs job "bild" which does not exist')
    expect(deployProblems(parse(readFileSync(BROKEN, 'utf8')))).toEqual([
      'on: cannot be run by hand (workflow_dispatch)',
      'permissions: the workflow grants {"contents":"write","pages":"wrte"} to every job; grant none and let each job ask',
      'concurrency: no group',
      'uses: actions/checkout@v7 is not an official action pinned by full version tag (vX.Y.Z)',
      'uses: actions/configure-pages@main is not an official action pinned by full version tag (vX.Y.Z)',
      'actions/checkout: fetch-depth is not 0 (history blocks need the full history)',
      'actions/setup-node: no npm cache',
      'npm run generate: NUXT_PUBLIC_SITE_URL is ${{ steps.page.outputs.base_url }}, not the configure-pages step\'s base_url',
      'npm run generate: REPOSITORY_URL is not taken from the github context',
      'npm run generate: SITE_DEPLOY is not "1", so the placeholder URL could be published',
      'actions/upload-pages-artifact: path is not .output/public',
      'jobs.build.permissions: {}, least privilege is {"contents":"read","pages":"read"}',
      'jobs.deploy.permissions: {}, least privilege is {"pages":"write","id-token":"write"}',
    ])
  })
})
