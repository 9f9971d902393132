// `npm run record [-- <slug> ...]`: records the terminal walkthrough of each example (all of those with an
// examples/<slug>/walkthrough.yml when no slug is given) into examples/<slug>/walkthrough.cast.
//
// Each recording runs its script in a real pseudo-terminal (scripts/record/pty_session.py) against the
// pinned Metaflow of .venv-examples, in a copy of the example's tracked files inside a temporary home
// folder: local metadata and datastore, loopback servers only. Every command's exit status is checked
// against its step, machine details are scrubbed from the output and a scan must then find none, and the
// header stores the hash of the inputs that `npm test` compares (tests/unit/walkthrough-recordings.test.ts).
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { homedir, hostname, tmpdir, userInfo } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createJiti } from 'jiti'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const jiti = createJiti(import.meta.url)
const { validateWalkthrough, markdownHeadings, walkthroughTranscript } = await jiti.import(join(root, 'utils/walkthrough.ts'))
const rec = await jiti.import(join(root, 'scripts/record/recording.ts'))
const { exampleInputs, untrackedFiles } = await jiti.import(join(root, 'scripts/record/inputs.ts'))

const VENV = join(root, '.venv-examples')
const REQUIREMENTS = join(root, 'scripts/record/requirements.txt')

class RecordError extends Error {}

function fail(message) {
  throw new RecordError(message)
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options })
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)
  return result
}

/** .venv-examples with the examples' pinned requirements (scripts/test-examples.sh), plus the recorder's. */
function ensureVenv() {
  run('bash', ['scripts/test-examples.sh'], { env: { ...process.env, SETUP_ONLY: '1' } })
  const stamp = join(VENV, '.record-requirements.txt')
  const wanted = readFileSync(REQUIREMENTS, 'utf8')
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
    run(join(VENV, 'bin/python'), ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', '-r', REQUIREMENTS])
    writeFileSync(stamp, wanted)
  }
}

function freePort() {
  return new Promise((done, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => done(port))
    })
  })
}

async function answers(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) })
    return true
  }
  catch {
    return false
  }
}

function formatDuration(seconds) {
  const s = Math.round(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

async function record(slug) {
  const exampleDir = join(root, 'examples', slug)
  const scriptFile = `examples/${slug}/walkthrough.yml`
  const articleFile = `content/patterns/${slug}.md`
  if (!existsSync(join(root, scriptFile))) fail(`${scriptFile} does not exist (known: ${walkthroughSlugs().join(', ') || 'none'})`)
  if (!existsSync(join(root, articleFile))) fail(`${articleFile} does not exist: a walkthrough belongs to the pattern article of the same slug`)
  const { walkthrough, errors } = validateWalkthrough(
    readFileSync(join(root, scriptFile), 'utf8'),
    markdownHeadings(readFileSync(join(root, articleFile), 'utf8')),
    scriptFile,
  )
  if (!walkthrough) fail(errors.join('\n'))

  const untracked = untrackedFiles(root, slug)
  if (untracked.length) {
    console.warn(`! not tracked by git, so neither copied nor part of the inputs hash: ${untracked.join(', ')} (git add them to include them)`)
  }
  const inputs = exampleInputs(root, slug)

  for (const step of walkthrough.steps) {
    if (step.waitFor && await answers(step.waitFor)) {
      fail(`${scriptFile}: ${step.waitFor} already answers before the recording starts: stop whatever listens on that port`)
    }
  }

  // A temporary home: the example's tracked files in ~/<slug>, the venv as ~/.venv, actionlint in ~/go/bin.
  const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'walkthrough-')))
  const home = join(tmp, 'home')
  const work = join(home, slug)
  const tmpDir = join(tmp, 'tmp')
  mkdirSync(work, { recursive: true })
  mkdirSync(tmpDir)
  for (const file of inputs.files) {
    if (file.path.endsWith('/walkthrough.cast')) continue
    const to = join(work, file.path.slice(`examples/${slug}/`.length))
    mkdirSync(dirname(to), { recursive: true })
    cpSync(join(root, file.path), to)
  }
  symlinkSync(VENV, join(home, '.venv'))
  const actionlint = join(process.env.ACTIONLINT_BIN_DIR ?? join(homedir(), '.cache/metaflow-patterns/bin'), 'actionlint')
  mkdirSync(join(home, 'go/bin'), { recursive: true })
  if (existsSync(actionlint)) symlinkSync(actionlint, join(home, 'go/bin/actionlint'))

  const env = {
    PATH: [join(home, '.venv/bin'), join(home, 'go/bin'), '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
    HOME: home,
    USER: rec.RECORDING_USER,
    LOGNAME: rec.RECORDING_USER,
    SHELL: '/bin/bash',
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    TMPDIR: tmpDir,
    VIRTUAL_ENV: join(home, '.venv'),
    // Explicit, so no config file anywhere can send a run to a metadata service or a cloud datastore.
    METAFLOW_DEFAULT_METADATA: 'local',
    METAFLOW_DEFAULT_DATASTORE: 'local',
  }
  for (const name of walkthrough.ports) env[name] = String(await freePort())

  const plan = {
    cwd: work,
    env,
    tmp,
    cols: rec.TERMINAL.width,
    rows: rec.TERMINAL.height,
    setup: walkthrough.setup,
    steps: walkthrough.steps.map(s => ({ caption: s.caption, commands: s.commands, status: s.status, waitFor: s.waitFor })),
    typing: { delay: 0.03, jitter: 0.03, seed: 17 },
    pause: 1.0,
    timeout: 600,
  }
  console.log(`\n▶ ${slug}: ${walkthrough.steps.length} steps, ${walkthrough.steps.reduce((n, s) => n + s.commands.length, 0)} commands`)
  const started = Date.now()
  const session = spawnSync(join(VENV, 'bin/python'), [join(root, 'scripts/record/pty_session.py')], {
    input: JSON.stringify(plan),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  try {
    if (session.status !== 0) fail(`${slug}: the recording stopped: ${(session.stderr || session.error?.message || '').trim()}`)
    const result = JSON.parse(session.stdout)
    const wrong = result.commands.filter(c => c.status !== walkthrough.steps[c.step].status)
    if (wrong.length) fail(`${slug}: exit statuses differ from the script: ${JSON.stringify(wrong)}`)

    const realHome = homedir()
    const replacements = [
      { from: work, to: `~/${slug}` },
      { from: home, to: '~' },
      { from: tmpDir, to: '$TMPDIR' },
      { from: tmp, to: '$TMPDIR' },
      { from: VENV, to: '~/.venv' },
      { from: realpathSync(VENV), to: '~/.venv' },
      { from: root, to: '~/metaflow-patterns' },
      ...(realHome.length > 1 ? [{ from: realHome, to: '~' }] : []),
    ]
    const events = rec.scrubEvents(rec.compressIdle(result.events, rec.IDLE_LIMIT), replacements)
    const cast = rec.buildCast({
      width: rec.TERMINAL.width,
      height: rec.TERMINAL.height,
      title: walkthrough.title,
      env: { SHELL: '/bin/bash', TERM: 'xterm-256color' },
      walkthrough: { inputs: inputs.hash, recorder: rec.RECORDER_VERSION, steps: walkthrough.steps.length },
    }, events)

    const findings = rec.findMachineDetails(rec.castScanText(cast), { users: [userInfo().username], hosts: [hostname()] })
    if (findings.length) fail(`${slug}: machine details left after scrubbing (add a replacement in scripts/record/record.mjs):\n  ${findings.join('\n  ')}`)
    // The page builds its transcript from the recording: prove that it can before writing it.
    walkthroughTranscript(cast, walkthrough, `examples/${slug}/walkthrough.cast`)

    writeFileSync(join(exampleDir, 'walkthrough.cast'), cast)
    const duration = events.at(-1)?.[0] ?? 0
    const summary = { slug, duration: formatDuration(duration), seconds: Math.round(duration), bytes: Buffer.byteLength(cast), tookSeconds: Math.round((Date.now() - started) / 1000) }
    console.log(`✔ examples/${slug}/walkthrough.cast: ${summary.duration} (${summary.seconds} s) of playback, ${(summary.bytes / 1024).toFixed(1)} KiB, recorded in ${summary.tookSeconds} s`)
    return summary
  }
  finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

function walkthroughSlugs() {
  return spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'examples/*/walkthrough.yml'], { cwd: root, encoding: 'utf8' })
    .stdout.split('\n').filter(Boolean).map(f => f.split('/')[1]).sort()
}

try {
  const slugs = process.argv.slice(2).length ? process.argv.slice(2) : walkthroughSlugs()
  if (!slugs.length) fail('no examples/<slug>/walkthrough.yml found')
  ensureVenv()
  const summaries = []
  for (const slug of slugs) summaries.push(await record(slug))
  console.log(`\nRecorded ${summaries.length}: ${summaries.map(s => `${s.slug} ${s.duration}, ${(s.bytes / 1024).toFixed(1)} KiB`).join('; ')}`)
}
catch (error) {
  if (!(error instanceof RecordError)) throw error
  console.error(`\n✖ ${error.message}`)
  process.exit(1)
}
