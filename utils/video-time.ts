/** Parses a chapter or duration time ("m:ss" or "h:mm:ss") into seconds; throws on anything else. */
export function parseVideoTime(value: string): number {
  const match = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/.exec(value.trim())
  if (!match) throw new Error(`"${value}" is not a time (allowed: m:ss or h:mm:ss)`)
  const [, h, m, s] = match
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s)
}

/** Formats seconds back to "m:ss" or "h:mm:ss". */
export function formatVideoTime(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = String(seconds % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}
