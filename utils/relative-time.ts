// "3 days ago", "last month", "just now": a date relative to now, in English, with Intl.RelativeTimeFormat.
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })

/** How long before (or after) `now` the date is, in the largest whole unit; under a minute is "just now". */
export function relativeTime(date: Date, now: Date = new Date()): string {
  const seconds = (date.getTime() - now.getTime()) / 1000
  if (Number.isNaN(seconds)) return ''
  for (const [unit, size] of UNITS) {
    const amount = Math.trunc(seconds / size)
    if (amount !== 0) return format.format(amount, unit)
  }
  return 'just now'
}
