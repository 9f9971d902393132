/** Minutes to read `words` words at 200 words a minute (technical prose with code), at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200))
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu) ?? []).length
}
