// Levels and formats of documents, with their labels: the schemas, the explore facets, the page info block
// and the video badge all read them here. Lookups by author or URL input go through Maps, so a value such
// as `constructor` finds nothing rather than a member of Object.prototype.

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const
export type Level = typeof LEVELS[number]

export const FORMATS = ['walkthrough', 'how-to-series'] as const
export type Format = typeof FORMATS[number]

const LEVEL_LABELS: ReadonlyMap<string, string> = new Map<Level, string>([
  ['beginner', 'Beginner'],
  ['intermediate', 'Intermediate'],
  ['advanced', 'Advanced'],
])

const FORMAT_LABELS: ReadonlyMap<string, string> = new Map<Format, string>([
  ['walkthrough', 'Walkthrough'],
  ['how-to-series', 'How-to series'],
])

/** A level from outside input (the URL), or undefined when it is not one. */
export function parseLevel(value: string): Level | undefined {
  return LEVEL_LABELS.has(value) ? value as Level : undefined
}

export function levelLabel(level: string | undefined): string | undefined {
  return level === undefined ? undefined : LEVEL_LABELS.get(level)
}

/** "Walkthrough", "How-to series": the one place a format becomes words. */
export function formatLabel(format: string | undefined): string | undefined {
  return format === undefined ? undefined : FORMAT_LABELS.get(format)
}
