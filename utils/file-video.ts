// Self-hosted video (`video.provider: file`): what the content checks ask of its files, the chapters track
// made from the front matter's chapters, and the URLs the page and the build share.
import type { Chapter, FileVideo } from './content-schema'
import { imageSize } from './image-size'
import { formatVideoTime, parseVideoTime } from './video-time'

/** The MIME type of a video file by its extension (the schema allows only these). */
export function videoMimeType(src: string): 'video/webm' | 'video/mp4' {
  return src.toLowerCase().endsWith('.webm') ? 'video/webm' : 'video/mp4'
}

/**
 * The route of a video's chapters track: named after the video file, so each file has one, and the page can
 * name it without asking the build (`/videos/intro.webm` → `/video-chapters/videos/intro.webm.vtt`).
 */
export function chaptersTrackPath(src: string): string {
  return `/video-chapters${src}.vtt`
}

/** The video file a chapters track route names, or undefined (the inverse of chaptersTrackPath). */
export function videoSrcOfTrack(path: string): string | undefined {
  const match = /^\/video-chapters(\/.+\.(?:mp4|webm))\.vtt$/i.exec(path)
  return match?.[1]
}

function vttTime(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.000`
}

/** A WebVTT chapters track: one cue per chapter, from its time to the next chapter's (the last to `duration`). */
export function chaptersVtt(chapters: Chapter[], duration: string): string {
  const end = parseVideoTime(duration)
  const cues = chapters.map((chapter, i) => {
    const from = parseVideoTime(chapter.at)
    const to = i + 1 < chapters.length ? parseVideoTime(chapters[i + 1]!.at) : end
    // Cue text is plain text here: escape what WebVTT reads as markup.
    const title = chapter.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    return `chapter-${i + 1}\n${vttTime(from)} --> ${vttTime(to)}\n${title}`
  })
  return `WEBVTT\n\n${cues.join('\n\n')}\n`
}

/** Chapters must start in order, each before the video's end (the track's cues would be empty otherwise). */
export function chapterOrderProblems(file: string, field: string, video: Pick<FileVideo, 'chapters' | 'duration'>): string[] {
  const problems: string[] = []
  const end = video.duration ? parseVideoTime(video.duration) : Infinity
  let previous = -1
  ;(video.chapters ?? []).forEach((chapter, i) => {
    const at = parseVideoTime(chapter.at)
    if (at <= previous) problems.push(`${file}: ${field}.chapters[${i}].at "${chapter.at}" must come after the chapter before it (${formatVideoTime(previous)})`)
    else if (at >= end) problems.push(`${file}: ${field}.chapters[${i}].at "${chapter.at}" must be before the end of the video (duration ${video.duration})`)
    previous = Math.max(previous, at)
  })
  return problems
}

const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length))

/** What kind of file the first bytes say it is, for the kinds a file video uses. */
export function sniffMediaFile(bytes: Uint8Array): 'webm' | 'mp4' | 'vtt' | 'image' | undefined {
  if (bytes.length >= 4 && bytes[0] === 0x1A && bytes[1] === 0x45 && bytes[2] === 0xDF && bytes[3] === 0xA3) {
    // An EBML file; WebM says so in its DocType (Matroska files say "matroska").
    return ascii(bytes, 0, Math.min(bytes.length, 64)).includes('webm') ? 'webm' : undefined
  }
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp') return 'mp4'
  const start = bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF ? 3 : 0
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(ascii(bytes, start, 7))) return 'vtt'
  if (imageSize(bytes)) return 'image'
  return undefined
}

type Resolve = (src: string) => { bytes: Uint8Array } | { problem: string }

const EXPECTED = {
  src: { kinds: ['webm', 'mp4'], what: 'a WebM or MP4 video' },
  poster: { kinds: ['image'], what: 'a PNG, JPEG or SVG image' },
  captions: { kinds: ['vtt'], what: 'a WebVTT file (its first line is "WEBVTT")' },
} as const

/**
 * The files of a published file video: each exists under public/ and is what its extension says (the schema
 * checked the extensions), and a WebM is named .webm, an MP4 .mp4. `resolve` reads the start of a file.
 */
export function fileVideoProblems(file: string, field: string, video: FileVideo, resolve: Resolve): string[] {
  const problems: string[] = []
  for (const key of ['src', 'poster', 'captions'] as const) {
    const src = video[key]
    if (!src) continue
    const found = resolve(src)
    const { kinds, what } = EXPECTED[key]
    if ('problem' in found) {
      problems.push(`${file}: ${field}.${key} "${src}" ${found.problem} (must be ${what} under public/)`)
      continue
    }
    const kind = sniffMediaFile(found.bytes)
    const extension = src.toLowerCase().split('.').pop()
    if (!kind || !(kinds as readonly string[]).includes(kind)) problems.push(`${file}: ${field}.${key} "${src}" is not ${what}`)
    else if (key === 'src' && kind !== (extension === 'webm' ? 'webm' : 'mp4')) problems.push(`${file}: ${field}.${key} "${src}" is a ${kind === 'webm' ? 'WebM' : 'MP4'} file: name it .${kind}`)
  }
  return [...problems, ...chapterOrderProblems(file, field, video)]
}
