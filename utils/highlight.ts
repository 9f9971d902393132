export interface TextPart {
  text: string
  match: boolean
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Splits text into plain and matched parts for rendering with <mark> elements (never as HTML).
 * A term matches at the start of a word and marks the whole word: "res" marks "Resume", not "pressure".
 */
export function splitHighlights(text: string, terms: readonly string[]): TextPart[] {
  const words = [...new Set(terms.map(t => t.trim()).filter(t => t.length > 1))].sort((a, b) => b.length - a.length)
  if (!text || !words.length) return text ? [{ text, match: false }] : []
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu')
  const parts: TextPart[] = []
  let last = 0
  for (const found of text.matchAll(pattern)) {
    const start = found.index!
    if (start > last) parts.push({ text: text.slice(last, start), match: false })
    parts.push({ text: found[0], match: true })
    last = start + found[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false })
  return parts
}
