// The shape of a collection registry and everything derived from one: content sources, the collection of a
// file or a route, explore's `?type=` values, the section a sidebar lists, what the feed carries, labels
// and share images. Pure and generic, so a test can derive a site from a registry with a fifth kind of
// document (tests/unit/collection-registry.test.ts). The site's own registry is shared/utils/collections.ts.
import type { Format } from './taxonomy'

/** One kind of document: a folder of content/ and everything the site says about it. */
export interface DocumentKind<Key extends string = string> {
  /** The Nuxt Content collection name (`queryCollection('deepDives')`). */
  key: Key
  /** Its folder under content/, which is also its route prefix (`/deep-dives/...`). */
  folder: string
  /** Singular label (breadcrumb badges, JSON-LD `articleSection`). */
  label: string
  /** Plural label (explore's type facet, llms.txt sections). */
  plural: string
  /** Its value in explore's URL: `/explore?type=deep-dive`. */
  param: string
  /** Open Graph image of its pages, under public/. */
  shareImage: string
  /** Dated articles: listed in the feed and described as a TechArticle. */
  article: boolean
  /** The format its video has when the front matter names none. */
  defaultFormat?: Format
}

/** The site pages: root Markdown files and each kind's index page. */
export interface PagesKind {
  key: 'pages'
  label: string
  plural: string
  shareImage: string
}

export interface CollectionSource {
  include: string
  exclude?: string[]
}

export function defineCollectionRegistry<const Kinds extends readonly DocumentKind[]>(pages: PagesKind, kinds: Kinds) {
  type Key = Kinds[number]['key']
  type Name = Key | 'pages'
  const byKey: ReadonlyMap<string, Kinds[number]> = new Map(kinds.map(kind => [kind.key, kind]))
  const byFolder: ReadonlyMap<string, Kinds[number]> = new Map(kinds.map(kind => [kind.folder, kind]))
  const byParam: ReadonlyMap<string, Kinds[number]> = new Map(kinds.map(kind => [kind.param, kind]))
  const documentKeys = kinds.map(kind => kind.key) as Key[]
  for (const [field, map] of [['key', byKey], ['folder', byFolder], ['param', byParam]] as const) {
    const values = kinds.map(kind => kind[field])
    const twice = values.find((value, i) => values.indexOf(value) !== i)
    if (map.size !== kinds.length) throw new Error(`collection registry: two kinds have the ${field} "${twice}"`)
  }
  const badFolder = kinds.find(kind => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(kind.folder))
  if (badFolder) throw new Error(`collection registry: folder "${badFolder.folder}" of ${badFolder.key} must be a lowercase slug like "deep-dives"`)
  if (byKey.has('pages')) throw new Error('collection registry: "pages" is the site pages\' collection, not a kind of document')

  return {
    pages,
    kinds,
    /** Collection names of the document kinds, in registry order. */
    documentKeys,
    /** Every page collection: the document kinds, then the site pages. */
    collectionNames: [...documentKeys, 'pages'] as Name[],

    isDocumentKey(value: string): value is Key {
      return byKey.has(value)
    },

    /** The `source` of each page collection for content.config.ts: a kind's index page is a site page. */
    contentSources(): Record<Name, CollectionSource[]> {
      return {
        ...Object.fromEntries(kinds.map(kind => [kind.key, [{ include: `${kind.folder}/*.md`, exclude: [`${kind.folder}/index.md`] }]])),
        pages: [{ include: '*.md' }, ...kinds.map(kind => ({ include: `${kind.folder}/index.md` }))],
      } as Record<Name, CollectionSource[]>
    },

    /** The collection of a content file (`content/deep-dives/x.md`), or undefined when no collection holds it. */
    collectionOfFile(file: string): Name | undefined {
      const rel = file.replace(/^content\//, '')
      if (!rel.endsWith('.md')) return undefined
      const parts = rel.split('/')
      if (parts.length === 1) return 'pages'
      const kind = parts.length === 2 ? byFolder.get(parts[0]!) : undefined
      if (!kind) return undefined
      return parts[1] === 'index.md' ? 'pages' : kind.key
    },

    /** The route prefix of a kind: its section index (`/deep-dives`). */
    sectionPath(key: Key): string {
      return `/${byKey.get(key)!.folder}`
    },

    /** The collection of the document at a route path (section indexes and unknown prefixes are pages). */
    collectionForPath(path: string): Name {
      const parts = path.split('/').filter(Boolean)
      return (parts.length === 2 && byFolder.get(parts[0]!)?.key) || 'pages'
    },

    /** The kind whose documents a section index lists (`/deep-dives` -> deepDives), for the sidebar. */
    collectionOfSection(sectionPath: string): Key | undefined {
      const parts = sectionPath.split('/').filter(Boolean)
      return parts.length === 1 ? byFolder.get(parts[0]!)?.key : undefined
    },

    /** The route path of a document of a kind from its slug (`/deep-dives/x`). */
    documentPath(key: Key, slug: string): string {
      return `/${byKey.get(key)!.folder}/${slug}`
    },

    /** A kind from explore's `?type=` value, or undefined (any other input, `constructor` included). */
    typeForParam(param: string): Key | undefined {
      return byParam.get(param)?.key
    },
    paramOf(key: Key): string {
      return byKey.get(key)!.param
    },

    label(name: Name): string {
      return name === 'pages' ? pages.label : byKey.get(name)!.label
    },
    pluralLabel(name: Name): string {
      return name === 'pages' ? pages.plural : byKey.get(name)!.plural
    },
    shareImage(name: Name): string {
      return (name !== 'pages' && byKey.get(name)?.shareImage) || pages.shareImage
    },
    /** Whether a collection's documents are dated articles (feed items, TechArticle). */
    isArticle(name: Name): boolean {
      return name !== 'pages' && byKey.get(name)!.article
    },
    /** The kinds the feed lists. */
    articleKeys(): Key[] {
      return kinds.filter(kind => kind.article).map(kind => kind.key)
    },
    defaultFormat(name: Name): Format | undefined {
      return name === 'pages' ? undefined : byKey.get(name)!.defaultFormat
    },
  }
}

export type CollectionRegistry = ReturnType<typeof defineCollectionRegistry>
