// "3 days ago", "in 2 hours", "just now": a date relative to now, in English. Written out rather than with
// Intl.RelativeTimeFormat, whose first use loads locale data: a long task while the page hydrates.
const UNITS: Array<[string, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/** How long before (or after) `now` the date is, in the largest whole unit; under a minute is "just now". */
export function relativeTime(date: Date, now: Date = new Date()): string {
  const seconds = (date.getTime() - now.getTime()) / 1000
  if (Number.isNaN(seconds)) return ''
  for (const [unit, size] of UNITS) {
    const amount = Math.trunc(Math.abs(seconds) / size)
    if (amount === 0) continue
    const span = `${amount} ${unit}${amount === 1 ? '' : 's'}`
    return seconds < 0 ? `${span} ago` : `in ${span}`
  }
  return 'just now'
}

/** The date and time in UTC, to the minute ("2026-11-26 10:17 UTC"), for a tooltip. */
export function utcMinute(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}
