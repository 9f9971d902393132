import { describe, expect, it } from 'vitest'
import type { CastEvent } from '../../utils/walkthrough'
import { parseCast } from '../../utils/walkthrough'
import { buildCast, castScanText, compressIdle, findMachineDetails, inputsHash, scrubEvents, staleRecording } from '../../scripts/record/recording'

const FILES = [
  { path: 'examples/x/flow.py', content: 'print(1)\n' },
  { path: 'examples/x/walkthrough.yml', content: 'title: t\n' },
]

describe('inputsHash', () => {
  it('is the same for the same files in any order, and changes with a content, a path or the recorder version', () => {
    const hash = inputsHash(FILES, '1')
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(inputsHash([...FILES].reverse(), '1')).toBe(hash)
    expect(inputsHash([FILES[0]!, { ...FILES[1]!, content: 'title: u\n' }], '1')).not.toBe(hash)
    expect(inputsHash([FILES[0]!, { ...FILES[1]!, path: 'examples/x/other.yml' }], '1')).not.toBe(hash)
    expect(inputsHash([FILES[0]!], '1')).not.toBe(hash)
    expect(inputsHash(FILES, '2')).not.toBe(hash)
    expect(inputsHash([{ path: 'a', content: new TextEncoder().encode('x') }], '1')).toBe(inputsHash([{ path: 'a', content: 'x' }], '1'))
  })
})

describe('staleRecording', () => {
  const recorded = buildCast({ width: 100, height: 30, walkthrough: { inputs: 'sha256:aaa', recorder: '1', steps: 1 } }, [[0, 'o', '$ ']])

  it('passes a recording whose inputs hash is current', () => {
    expect(staleRecording(recorded, 'sha256:aaa', 'x')).toBeUndefined()
  })

  it('fails a recording whose inputs changed, with the command that re-records it', () => {
    expect(staleRecording(recorded, 'sha256:bbb', 'x')).toBe(
      'examples/x/walkthrough.cast is out of date: examples/x/ (or the recorder) changed after it was recorded (recorded sha256:aaa, now sha256:bbb).\n'
      + 'Re-record it: npm run record -- x',
    )
  })

  it('fails a recording with no hash, and one that is not asciicast v2', () => {
    const bare = buildCast({ width: 100, height: 30 }, [[0, 'o', '$ ']])
    expect(staleRecording(bare, 'sha256:bbb', 'x')).toContain('its header has no walkthrough.inputs hash, so it cannot be checked')
    expect(staleRecording('garbage', 'sha256:bbb', 'x')).toBe(
      'examples/x/walkthrough.cast:1: the header is not JSON (an asciicast v2 file starts with {"version": 2, "width": ..., "height": ...})\nRe-record it: npm run record -- x',
    )
  })
})

describe('compressIdle', () => {
  it('caps each pause at the limit and keeps shorter gaps and the order', () => {
    const events: CastEvent[] = [[0, 'o', 'a'], [0.5, 'o', 'b'], [10.5, 'm', 'step'], [11, 'o', 'c'], [31, 'o', 'd']]
    expect(compressIdle(events, 1.5)).toEqual([[0, 'o', 'a'], [0.5, 'o', 'b'], [2, 'm', 'step'], [2.5, 'o', 'c'], [4, 'o', 'd']])
  })
})

describe('scrubEvents', () => {
  const replacements = [
    { from: '/tmp/walkthrough-abc/home', to: '~' },
    { from: '/tmp/walkthrough-abc/home/demo', to: '~/demo' },
    { from: '/work/repo/.venv-examples', to: '~/.venv' },
  ]

  it('replaces paths, the longest first, also when a path is split across two events', () => {
    const events: CastEvent[] = [
      [0, 'o', 'Creating /tmp/walkthrough-abc/ho'],
      [0.1, 'm', 'marker /tmp/not-output'],
      [0.2, 'o', 'me/demo/.metaflow\r\n'],
      [0.3, 'o', 'File "/work/repo/.venv-examples/lib/x.py" and /tmp/walkthrough-abc/home'],
    ]
    expect(scrubEvents(events, replacements)).toEqual([
      [0, 'o', 'Creating ~/demo'],
      [0.1, 'm', 'marker /tmp/not-output'],
      [0.2, 'o', '/.metaflow\r\n'],
      [0.3, 'o', 'File "~/.venv/lib/x.py" and ~'],
    ])
  })

  it('drops output events that the replacement emptied and leaves events without matches alone', () => {
    const events: CastEvent[] = [[0, 'o', '/tmp/walkthrough-abc/h'], [0.1, 'o', 'ome'], [0.2, 'o', 'x']]
    expect(scrubEvents(events, replacements)).toEqual([[0, 'o', '~'], [0.2, 'o', 'x']])
    expect(scrubEvents([[0, 'o', 'a.b+c']], [{ from: '.b+', to: '-' }])).toEqual([[0, 'o', 'a-c']])
  })
})

describe('findMachineDetails', () => {
  it('finds nothing in a scrubbed recording', () => {
    const clean = 'Creating local datastore in current directory (~/demo/.metaflow)\nFile "~/.venv/lib/x.py"\nuser:reader --table_root s3://my-bucket/t 127.0.0.1:8000 0.0.0.0 2.19.38 $TMPDIR/x'
    expect(findMachineDetails(clean, { users: ['root', 'alice'], hosts: ['build-box-7'] })).toEqual([])
  })

  it.each([
    ['File "/root/.pyenv/x.py"', 'a root home path "/root/"'],
    ['in /home/alice/project', 'a home path "/home/alice"'],
    ['in /Users/alice/project', 'a macOS home path "/Users/alice"'],
    ['C:\\Users\\alice\\x', 'a Windows home path "C:\\Users\\alice"'],
    ['cd /work/wt-x/examples', 'a /work path "/work/"'],
    ['see /tmp/tmpab12cd/x.log', 'a temporary path "/tmp/tmpab12cd/x.log"'],
    ['see /var/folders/xy/T/z', 'a temporary path "/var/folders/xy/T/z"'],
    ['../../../work/repo/.venv', 'a relative path to a machine folder "../../../work/"'],
    ['mail alice@example.com', 'an e-mail address "alice@example.com"'],
    ['key AKIAABCDEFGHIJKLMNOP', 'an AWS access key id "AKIAABCDEFGHIJKLMNOP"'],
    [`token ghp_${'a'.repeat(36)}`, `a GitHub token "ghp_${'a'.repeat(36)}"`],
    ['Authorization: Bearer abcdefghijklmnopqrstuvwxyz', 'a bearer token "Bearer abcdefghijklmnopqrstuvwxyz"'],
    ['-----BEGIN RSA PRIVATE KEY-----', 'a private key "-----BEGIN RSA PRIVATE KEY-----"'],
    ['listening on 10.0.3.7:8000', 'an IP address "10.0.3.7"'],
  ])('finds %j', (text, finding) => {
    const found = findMachineDetails(text)
    expect(found).toHaveLength(1)
    expect(found[0]!.startsWith(finding)).toBe(true)
  })

  it.each([
    ['for user:alice', 'the user name "alice"'],
    ['owner alice', 'the user name "alice"'],
    ['executing for user:root', 'the user name "user:root"'],
    ['HOSTNAME=build-box-7', 'the host name "build-box-7"'],
  ])('finds the recording machine\'s names in %j', (text, finding) => {
    const found = findMachineDetails(text, { users: ['root', 'alice'], hosts: ['build-box-7'] })
    expect(found).toHaveLength(1)
    expect(found[0]!.startsWith(finding)).toBe(true)
    expect(findMachineDetails(text)).toEqual([])
  })

  it('looks for the user name root only where it names a user: it is also a word the articles use', () => {
    expect(findMachineDetails('Metaflow rejects root, the user in container jobs; table_root', { users: ['root'] })).toEqual([])
    expect(findMachineDetails('root@box', { users: ['root'] })).toHaveLength(1)
  })

  it('scans the escaped file and the plain output of a cast', () => {
    const cast = buildCast({ width: 100, height: 30 }, [[0, 'o', '/ho'], [0.1, 'o', 'me/alice\u001B[0m']])
    // The file splits the path over two events; the plain output joins it.
    expect(findMachineDetails(cast)).toEqual([])
    expect(findMachineDetails(castScanText(cast))).toHaveLength(1)
    expect(findMachineDetails(castScanText(cast))[0]).toMatch(/^a home path "\/home\/alice" in /)
  })
})

describe('buildCast', () => {
  it('writes asciicast v2 with millisecond times that never go backwards, and the duration', () => {
    const text = buildCast({ width: 100, height: 30, title: 'T' }, [[0, 'o', 'a'], [1.23449, 'o', 'b'], [1.2346, 'm', 'c']])
    expect(text).toBe('{"version":2,"width":100,"height":30,"title":"T","duration":1.235}\n[0,"o","a"]\n[1.234,"o","b"]\n[1.235,"m","c"]\n')
    expect(parseCast(text).events).toHaveLength(3)
  })
})
