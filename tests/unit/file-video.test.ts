import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FileVideo } from '~/utils/content-schema'
import { chapterOrderProblems, chaptersTrackPath, chaptersVtt, fileVideoProblems, sniffMediaFile, videoMimeType, videoSrcOfTrack } from '~/utils/file-video'
import { resolvePublicFile } from '~/modules/content-markup/public-files'

const WEBM = Uint8Array.from([0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, ...Buffer.from('webm')])
const MKV = Uint8Array.from([0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x88, ...Buffer.from('matroska')])
const MP4 = Uint8Array.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0])
const PNG = Uint8Array.from([0x89, ...Buffer.from('PNG\r\n\x1A\n'), 0, 0, 0, 13, ...Buffer.from('IHDR'), 0, 0, 1, 64, 0, 0, 0, 180])
const VTT = new TextEncoder().encode('WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n')

const video = (fields: Partial<FileVideo>): FileVideo => ({ provider: 'file', status: 'published', title: 'T', captionsLang: 'en', ...fields })

describe('chapters track', () => {
  it('is a route named after the video file, and back', () => {
    expect(chaptersTrackPath('/videos/intro.webm')).toBe('/video-chapters/videos/intro.webm.vtt')
    expect(videoSrcOfTrack('/video-chapters/videos/intro.webm.vtt')).toBe('/videos/intro.webm')
    expect(videoSrcOfTrack('/video-chapters/videos/intro.vtt')).toBeUndefined()
    expect(videoSrcOfTrack('/elsewhere/intro.webm.vtt')).toBeUndefined()
  })

  it('has one cue per chapter, each ending where the next starts and the last at the video\'s end', () => {
    const vtt = chaptersVtt([{ at: '0:00', title: 'Start' }, { at: '1:05', title: 'Fix <it> & run' }, { at: '1:02:03', title: 'End' }], '1:10:00')
    expect(vtt).toBe([
      'WEBVTT',
      '',
      'chapter-1\n00:00:00.000 --> 00:01:05.000\nStart',
      '',
      'chapter-2\n00:01:05.000 --> 01:02:03.000\nFix &lt;it&gt; &amp; run',
      '',
      'chapter-3\n01:02:03.000 --> 01:10:00.000\nEnd',
      '',
    ].join('\n'))
  })

  it('asks chapters to start in order and before the end', () => {
    expect(chapterOrderProblems('f.md', 'video', { duration: '0:06', chapters: [{ at: '0:02', title: 'a' }, { at: '0:01', title: 'b' }, { at: '0:06', title: 'c' }] })).toEqual([
      'f.md: video.chapters[1].at "0:01" must come after the chapter before it (0:02)',
      'f.md: video.chapters[2].at "0:06" must be before the end of the video (duration 0:06)',
    ])
  })
})

describe('sniffMediaFile', () => {
  it('tells WebM, MP4, WebVTT and images apart from other files', () => {
    expect(sniffMediaFile(WEBM)).toBe('webm')
    expect(sniffMediaFile(MKV)).toBeUndefined()
    expect(sniffMediaFile(MP4)).toBe('mp4')
    expect(sniffMediaFile(VTT)).toBe('vtt')
    expect(sniffMediaFile(Uint8Array.from([0xEF, 0xBB, 0xBF, ...VTT]))).toBe('vtt')
    expect(sniffMediaFile(new TextEncoder().encode('WEBVTTX'))).toBeUndefined()
    expect(sniffMediaFile(PNG)).toBe('image')
    expect(sniffMediaFile(new TextEncoder().encode('1\n00:00:00,000 --> 00:00:01,000\nan SRT file'))).toBeUndefined()
  })

  it('gives the MIME type by extension', () => {
    expect(videoMimeType('/v/a.WEBM')).toBe('video/webm')
    expect(videoMimeType('/v/a.mp4')).toBe('video/mp4')
  })
})

describe('fileVideoProblems', () => {
  const files: Record<string, Uint8Array> = { '/v/a.webm': WEBM, '/v/a.mp4': MP4, '/v/p.png': PNG, '/v/c.vtt': VTT, '/v/fake.webm': VTT, '/v/fake.png': VTT, '/v/wrong.mp4': WEBM }
  const resolve = (src: string) => (files[src] ? { bytes: files[src]! } : { problem: 'does not exist under public/' })

  it('accepts files that are what they say', () => {
    expect(fileVideoProblems('f.md', 'video', video({ src: '/v/a.webm', poster: '/v/p.png', captions: '/v/c.vtt' }), resolve)).toEqual([])
    expect(fileVideoProblems('f.md', 'video', video({ src: '/v/a.mp4' }), resolve)).toEqual([])
  })

  it('names the file, field and value of a missing or wrong file, and what is allowed', () => {
    expect(fileVideoProblems('f.md', 'video', video({ src: '/v/gone.webm', poster: '/v/fake.png', captions: '/v/a.webm' }), resolve)).toEqual([
      'f.md: video.src "/v/gone.webm" does not exist under public/ (must be a WebM or MP4 video under public/)',
      'f.md: video.poster "/v/fake.png" is not a PNG, JPEG or SVG image',
      'f.md: video.captions "/v/a.webm" is not a WebVTT file (its first line is "WEBVTT")',
    ])
    expect(fileVideoProblems('f.md', 'video', video({ src: '/v/fake.webm' }), resolve)).toEqual(['f.md: video.src "/v/fake.webm" is not a WebM or MP4 video'])
    expect(fileVideoProblems('f.md', 'video', video({ src: '/v/wrong.mp4' }), resolve)).toEqual(['f.md: video.src "/v/wrong.mp4" is a WebM file: name it .webm'])
  })
})

describe('resolvePublicFile over several public folders', () => {
  let dir = ''
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'public-files-')))
    mkdirSync(join(dir, 'public/v'), { recursive: true })
    mkdirSync(join(dir, 'fixtures/public/v'), { recursive: true })
    writeFileSync(join(dir, 'public/v/a.webm'), WEBM)
    writeFileSync(join(dir, 'fixtures/public/v/b.webm'), WEBM)
    writeFileSync(join(dir, 'secret.webm'), WEBM)
    symlinkSync(join(dir, 'secret.webm'), join(dir, 'fixtures/public/v/link.webm'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('finds a file in any of them, and never outside them', () => {
    const dirs = [join(dir, 'public'), join(dir, 'fixtures/public')]
    expect(resolvePublicFile(dirs, '/v/a.webm')).toEqual({ path: join(dir, 'public/v/a.webm') })
    expect(resolvePublicFile(dirs, '/v/b.webm')).toEqual({ path: join(dir, 'fixtures/public/v/b.webm') })
    expect(resolvePublicFile(dirs, '/v/none.webm')).toEqual({ problem: 'does not exist under public/' })
    expect(resolvePublicFile(dirs, '/../secret.webm')).toMatchObject({ problem: expect.stringContaining('which is outside public/') })
    expect(resolvePublicFile(dirs, '/v/link.webm')).toMatchObject({ problem: expect.stringContaining('which is outside public/') })
    expect(resolvePublicFile(dirs, '/v')).toMatchObject({ problem: expect.stringContaining('not a regular file') })
  })
})
