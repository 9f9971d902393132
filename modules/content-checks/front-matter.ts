// Validates front matter and cross-references of every content file. Pure: the module feeds it files.
import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import { COLLECTIONS } from '../../shared/utils/collections'
import type { CollectionName } from '../../shared/utils/collections'
import { COLLECTION_SCHEMAS, tagRegistrySchema } from '../../utils/content-schema'
import type { Tag } from '../../utils/content-schema'
import { SITE_FIXTURES_DIR } from '../../utils/site-fixtures'

export interface SourceFile {
  /** Path relative to the repository root, e.g. "content/patterns/x.md". */
  file: string
  text: string
}

export interface CheckedDocument {
  file: string
  collection: CollectionName
  slug: string
  data: Record<string, unknown>
}

const CONTENT_DIR = new RegExp(`^(?:${SITE_FIXTURES_DIR.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/)?content/`)

/** Which collection a content file belongs to (the registry's sources, as content.config.ts uses them; fixture content is laid out alike). */
export function collectionOf(file: string): CollectionName | undefined {
  return COLLECTIONS.collectionOfFile(file.replace(CONTENT_DIR, ''))
}

export function slugOf(file: string): string {
  return file.split('/').pop()!.replace(/\.md$/, '')
}

export function splitFrontMatter(text: string): { data: unknown, body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)
  if (!match) return { data: {}, body: text }
  return { data: parseYaml(match[1]!) ?? {}, body: text.slice(match[0].length) }
}

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key), '')
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data)
}

function show(value: unknown): string {
  if (value === undefined) return 'missing'
  const text = JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

/** One readable line per zod issue: file, field, bad value and what is allowed. */
export function formatIssues(file: string, error: z.ZodError, data: unknown): string[] {
  return error.issues.map((issue) => {
    const field = formatPath(issue.path)
    const value = valueAt(data, issue.path)
    const raw = issue as unknown as { code: string, values?: unknown[], keys?: string[], expected?: string, options?: unknown[] }
    // A union picked by one field (video.provider): its allowed values, like an enum's.
    if (raw.code === 'invalid_union' && raw.options) raw.values = raw.options
    if ((raw.code === 'invalid_value' || raw.code === 'invalid_union') && raw.values) {
      if (value === undefined) return `${file}: ${field} is missing (allowed: ${raw.values.map(String).join(', ')})`
      return `${file}: ${field} ${show(value)} is not allowed (allowed: ${raw.values.map(String).join(', ')})`
    }
    if (raw.code === 'unrecognized_keys' && raw.keys) {
      const allowed = allowedKeys(COLLECTION_SCHEMAS[collectionOf(file) ?? 'pages'], issue.path, data).join(', ')
      return `${file}: ${raw.keys.map(k => `${field ? `${field}.` : ''}${k}`).join(', ')} is not a known field (allowed: ${allowed})`
    }
    if (raw.code === 'invalid_type') {
      const expected = raw.expected === 'array' ? 'a list' : `a ${raw.expected}`
      return value === undefined ? `${file}: ${field} is missing (must be ${expected})` : `${file}: ${field} ${show(value)} must be ${expected}`
    }
    if (value === undefined && field) return `${file}: ${field} is missing (it ${issue.message})`
    return `${file}: ${field || '(front matter)'} ${show(value)} ${issue.message}`
  })
}

interface SchemaDef { type?: string, shape?: Record<string, z.ZodType>, innerType?: z.ZodType, element?: z.ZodType, options?: z.ZodType[], discriminator?: string }

/** The fields an object at `path` may have: the collection's own, or a nested object's (for video, its provider's). */
function allowedKeys(schema: z.ZodType, path: PropertyKey[], data: unknown): string[] {
  let node: z.ZodType | undefined = schema
  let value: unknown = data
  const unwrap = () => {
    for (let def = node?.def as SchemaDef | undefined; def && (def.type === 'optional' || def.type === 'default' || def.type === 'nullable'); def = node?.def as SchemaDef | undefined) node = def.innerType
    const def = node?.def as SchemaDef | undefined
    if (def?.type === 'union' && def.discriminator && def.options) {
      const picked = (value as Record<string, unknown> | undefined)?.[def.discriminator]
      node = def.options.find(option => ((option.def as SchemaDef).shape?.[def.discriminator!]?.def as { values?: unknown[] } | undefined)?.values?.includes(picked)) ?? def.options[0]
    }
  }
  for (const key of path) {
    unwrap()
    const def = node?.def as SchemaDef | undefined
    node = typeof key === 'number' ? def?.element : def?.shape?.[String(key)]
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined
  }
  unwrap()
  return Object.keys((node?.def as SchemaDef | undefined)?.shape ?? {})
}

export function parseTagRegistry(file: string, text: string): { tags: Tag[], errors: string[] } {
  let data: unknown
  try {
    data = parseYaml(text)
  }
  catch (e) {
    return { tags: [], errors: [`${file}: is not valid YAML (${(e as Error).message.split('\n')[0]})`] }
  }
  const result = tagRegistrySchema.safeParse(data)
  if (!result.success) return { tags: [], errors: formatIssues(file, result.error, data) }
  const seen = new Set<string>()
  const errors: string[] = []
  result.data.tags.forEach((tag, i) => {
    if (seen.has(tag.slug)) errors.push(`${file}: tags[${i}].slug "${tag.slug}" is listed twice`)
    seen.add(tag.slug)
  })
  return { tags: result.data.tags, errors }
}

/** Validates every document and every cross-reference between them. */
export function checkContent(files: SourceFile[], tags: Tag[]): { documents: CheckedDocument[], errors: string[] } {
  const errors: string[] = []
  const documents: CheckedDocument[] = []
  // Cross-references are checked on every document that parsed, valid or not, so one run reports all.
  const referencing: CheckedDocument[] = []
  for (const { file, text } of files) {
    const collection = collectionOf(file)
    if (!collection) continue
    let data: unknown
    try {
      data = splitFrontMatter(text).data
    }
    catch (e) {
      errors.push(`${file}: front matter is not valid YAML (${(e as Error).message.split('\n')[0]})`)
      continue
    }
    const result = COLLECTION_SCHEMAS[collection].safeParse(data)
    if (data && typeof data === 'object') referencing.push({ file, collection, slug: slugOf(file), data: data as Record<string, unknown> })
    if (!result.success) {
      errors.push(...formatIssues(file, result.error, data))
      continue
    }
    documents.push({ file, collection, slug: slugOf(file), data: result.data as Record<string, unknown> })
  }
  errors.push(...checkReferences(referencing, tags))
  return { documents, errors }
}

function known(values: string[]): string {
  return values.length ? values.join(', ') : 'none'
}

export function checkReferences(documents: CheckedDocument[], tags: Tag[]): string[] {
  const errors: string[] = []
  const tagSlugs = tags.map(t => t.slug)
  const slugs = (c: CollectionName) => documents.filter(d => d.collection === c).map(d => d.slug)
  const deepDives = slugs('deepDives')
  const patterns = slugs('patterns')
  for (const doc of documents) {
    const list = (key: string) => (Array.isArray(doc.data[key]) ? doc.data[key] as unknown[] : []).map(String)
    const data = { tags: list('tags'), deepDives: list('deepDives'), related: list('related') }
    data.tags.forEach((tag, i) => {
      if (!tagSlugs.includes(tag)) errors.push(`${doc.file}: tags[${i}] "${tag}" is not in content/tags.yml (known: ${known(tagSlugs)})`)
    })
    data.deepDives.forEach((dd, i) => {
      if (!deepDives.includes(dd)) errors.push(`${doc.file}: deepDives[${i}] "${dd}" is not a deep dive (known: ${known(deepDives)})`)
    })
    data.related.forEach((rel, i) => {
      if (rel === doc.slug) errors.push(`${doc.file}: related[${i}] "${rel}" is the pattern itself`)
      else if (!patterns.includes(rel)) errors.push(`${doc.file}: related[${i}] "${rel}" is not a pattern (known: ${known(patterns)})`)
    })
  }
  return errors
}

/** Chapters tied to a heading must name a heading id that exists in the article. */
export function checkChapterHeadings(file: string, video: { chapters?: Array<{ heading?: string }> } | undefined, headingIds: string[]): string[] {
  return (video?.chapters ?? []).flatMap((chapter, i) =>
    chapter.heading && !headingIds.includes(chapter.heading)
      ? [`${file}: video.chapters[${i}].heading "${chapter.heading}" is not a heading of this article (known: ${known(headingIds)})`]
      : [],
  )
}

/**
 * MDC components a file uses that the site does not have, and raw <script> elements. `isElement` tells
 * HTML and SVG element names apart from components; `components` are the kebab-case names of
 * components/content/*.vue.
 */
export function checkComponents(file: string, tags: Iterable<string>, components: string[], isElement: (tag: string) => boolean): string[] {
  const known = new Set(components)
  const problems: string[] = []
  for (const tag of tags) {
    if (tag === 'script') problems.push(`${file}: a <script> element is not allowed in content (Markdown pages run no scripts)`)
    else if (!isElement(tag) && !known.has(tag)) {
      problems.push(`${file}: unknown component "::${tag}"; the components available are ${[...known].sort().map(c => `::${c}`).join(', ')}`)
    }
  }
  return problems
}
