const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A date as readers write it, in UTC: "26 Nov 2026". Rendered at build time, so no reader's locale applies. */
export function readableDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return ''
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
}

/** The date and time in UTC, to the minute ("2026-11-26 10:17 UTC"), for a tooltip. */
export function utcMinute(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}
