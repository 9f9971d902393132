// The collection registry is the one list of kinds of documents: a fixture registry with a fifth kind
// ("recipes") shows that the content collections, the routes, explore's type facet, the sidebar, llms.txt,
// the feed and the labels all come from its one entry; then the site's own registry is checked against
// the code that consumes it (content.config.ts, the schemas, explore).
import { describe, expect, it, vi } from 'vitest'
import { defineCollectionRegistry } from '~/shared/utils/collection-registry'
import { COLLECTIONS } from '~/shared/utils/collections'
import { formatLabel, levelLabel, LEVELS, parseLevel } from '~/shared/utils/taxonomy'
import { breadcrumbFor, contentSourcePath, rawUrlForPage, repositoryFileUrl } from '~/shared/utils/page-links'
import { COLLECTION_SCHEMAS } from '~/utils/content-schema'
import { facetCounts } from '~/utils/explore-filter'
import { EMPTY_STATE, parseExploreQuery, serializeExploreQuery } from '~/utils/explore-query'

const PAGES = { key: 'pages', label: 'Page', plural: 'Site pages', shareImage: '/og/default.png' } as const
const fixture = defineCollectionRegistry(PAGES, [
  { key: 'patterns', folder: 'patterns', label: 'Pattern', plural: 'Patterns', param: 'pattern', shareImage: '/og/patterns.png', article: true },
  { key: 'deepDives', folder: 'deep-dives', label: 'Deep dive', plural: 'Deep dives', param: 'deep-dive', shareImage: '/og/deep-dives.png', article: true },
  { key: 'projects', folder: 'projects', label: 'Project', plural: 'Projects', param: 'project', shareImage: '/og/projects.png', article: false, defaultFormat: 'how-to-series' },
  // The fifth kind: this entry is all the registry needs.
  { key: 'recipes', folder: 'recipes', label: 'Recipe', plural: 'Recipes', param: 'recipe', shareImage: '/og/recipes.png', article: true },
])

// content.config.ts as Nuxt Content reads it: the collection definitions it passes, before the module
// turns their schemas into tables.
vi.mock('@nuxt/content', () => ({ defineCollection: (collection: unknown) => collection, defineContentConfig: (config: unknown) => config }))

const HOSTILE = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']

describe('a registry with a fifth kind of document', () => {
  it('gives the kind its content collection, and its index page to the site pages', () => {
    const sources = fixture.contentSources()
    expect(Object.keys(sources)).toEqual(['patterns', 'deepDives', 'projects', 'recipes', 'pages'])
    expect(sources.recipes).toEqual([{ include: 'recipes/*.md', exclude: ['recipes/index.md'] }])
    expect(sources.pages).toContainEqual({ include: 'recipes/index.md' })
    expect(fixture.collectionOfFile('content/recipes/bread.md')).toBe('recipes')
    expect(fixture.collectionOfFile('content/recipes/index.md')).toBe('pages')
    expect(fixture.collectionOfFile('content/recipes/nested/bread.md')).toBeUndefined()
    expect(fixture.collectionOfFile('content/recipes/bread.yml')).toBeUndefined()
  })

  it('routes /recipes/<slug> to the kind and builds its paths', () => {
    expect(fixture.collectionForPath('/recipes/bread')).toBe('recipes')
    expect(fixture.collectionForPath('/recipes')).toBe('pages')
    expect(fixture.sectionPath('recipes')).toBe('/recipes')
    expect(fixture.documentPath('recipes', 'bread')).toBe('/recipes/bread')
  })

  it('adds a value to explore\'s type facet', () => {
    expect(fixture.documentKeys).toEqual(['patterns', 'deepDives', 'projects', 'recipes'])
    expect(fixture.typeForParam('recipe')).toBe('recipes')
    expect(fixture.paramOf('recipes')).toBe('recipe')
    expect(fixture.pluralLabel('recipes')).toBe('Recipes')
  })

  it('lists the kind\'s documents in the sidebar under its section', () => {
    expect(fixture.collectionOfSection('/recipes')).toBe('recipes')
    expect(fixture.collectionOfSection('/recipes/bread')).toBeUndefined()
    expect(fixture.collectionOfSection('/learn')).toBeUndefined()
  })

  it('puts its documents in the feed, llms.txt and the page metadata', () => {
    expect(fixture.articleKeys()).toEqual(['patterns', 'deepDives', 'recipes'])
    expect(fixture.isArticle('recipes')).toBe(true)
    expect(fixture.isArticle('projects')).toBe(false)
    expect(fixture.isArticle('pages')).toBe(false)
    expect(fixture.collectionNames.map(name => fixture.pluralLabel(name))).toEqual(['Patterns', 'Deep dives', 'Projects', 'Recipes', 'Site pages'])
    expect(fixture.label('recipes')).toBe('Recipe')
    expect(fixture.shareImage('recipes')).toBe('/og/recipes.png')
    expect(fixture.shareImage('pages')).toBe('/og/default.png')
    expect(fixture.defaultFormat('projects')).toBe('how-to-series')
    expect(fixture.defaultFormat('recipes')).toBeUndefined()
  })

  it('refuses two kinds with the same key, folder or URL value, a folder that is not a slug, and a kind named pages', () => {
    const recipe = { key: 'recipes', folder: 'recipes', label: 'Recipe', plural: 'Recipes', param: 'recipe', shareImage: '/og/recipes.png', article: true }
    expect(() => defineCollectionRegistry(PAGES, [recipe, { ...recipe, folder: 'other', param: 'other' }])).toThrow('two kinds have the key "recipes"')
    expect(() => defineCollectionRegistry(PAGES, [recipe, { ...recipe, key: 'other', param: 'other' }])).toThrow('two kinds have the folder "recipes"')
    expect(() => defineCollectionRegistry(PAGES, [recipe, { ...recipe, key: 'other', folder: 'other' }])).toThrow('two kinds have the param "recipe"')
    expect(() => defineCollectionRegistry(PAGES, [{ ...recipe, folder: 'Recipes/x' }])).toThrow('folder "Recipes/x" of recipes must be a lowercase slug')
    expect(() => defineCollectionRegistry(PAGES, [{ ...recipe, key: 'pages' }])).toThrow('"pages" is the site pages\' collection')
  })

  it.each(HOSTILE)('finds nothing for the URL or file segment %s', (key) => {
    expect(fixture.typeForParam(key)).toBeUndefined()
    expect(fixture.collectionForPath(`/${key}/x`)).toBe('pages')
    expect(fixture.collectionOfSection(`/${key}`)).toBeUndefined()
    expect(fixture.collectionOfFile(`content/${key}/x.md`)).toBeUndefined()
    expect(fixture.isDocumentKey(key)).toBe(false)
    expect(parseLevel(key)).toBeUndefined()
    expect(levelLabel(key)).toBeUndefined()
    expect(formatLabel(key)).toBeUndefined()
  })
})

describe('the site\'s registry and what reads it', () => {
  it('has one schema per collection and no other', () => {
    expect(Object.keys(COLLECTION_SCHEMAS).sort()).toEqual([...COLLECTIONS.collectionNames].sort())
  })

  it('is what content.config.ts builds its collections from', async () => {
    const { default: config } = await import('~/content.config')
    const collections = config.collections as unknown as Record<string, { type: string, source: unknown, schema: unknown }>
    expect(Object.keys(collections).sort()).toEqual([...COLLECTIONS.collectionNames, 'tags'].sort())
    const sources = COLLECTIONS.contentSources()
    for (const name of COLLECTIONS.collectionNames) {
      expect(collections[name]).toEqual({ type: 'page', source: sources[name], schema: COLLECTION_SCHEMAS[name] })
    }
  })

  it('drives explore\'s URL values and facet counts', () => {
    for (const key of COLLECTIONS.documentKeys) {
      const param = COLLECTIONS.paramOf(key)
      expect(parseExploreQuery({ type: param }, []).type).toBe(key)
      expect(serializeExploreQuery({ ...EMPTY_STATE, type: key })).toEqual({ type: param })
    }
    const counts = facetCounts([], EMPTY_STATE, undefined, [])
    expect(Object.keys(counts.type)).toEqual(COLLECTIONS.documentKeys)
    expect(Object.keys(counts.level)).toEqual([...LEVELS])
  })
})

describe('links built once', () => {
  it('raw Markdown, source and edit URLs', () => {
    expect(rawUrlForPage('/')).toBe('/raw/index.md')
    expect(rawUrlForPage('/deep-dives/x/?a=1')).toBe('/raw/deep-dives/x.md')
    const page = { stem: 'patterns/x', extension: 'md' }
    expect(contentSourcePath(page)).toBe('content/patterns/x.md')
    expect(repositoryFileUrl({ url: 'https://github.com/o/r', branch: 'main' }, 'edit', contentSourcePath(page))).toBe('https://github.com/o/r/edit/main/content/patterns/x.md')
    expect(repositoryFileUrl({ branch: 'main' }, 'edit', 'content/x.md')).toBeUndefined()
  })

  it('breadcrumb: home, the section the page is under, the page', () => {
    const sections = [{ title: 'Patterns', path: '/patterns' }, { title: 'Learn', path: '/learn' }]
    expect(breadcrumbFor({ path: '/patterns/x', title: 'X' }, sections)).toEqual([{ label: 'Home', to: '/' }, { label: 'Patterns', to: '/patterns' }, { label: 'X' }])
    expect(breadcrumbFor({ path: '/patterns', title: 'Patterns' }, sections)).toEqual([{ label: 'Home', to: '/' }, { label: 'Patterns' }])
    expect(breadcrumbFor({ path: '/', title: 'Home' }, sections)).toEqual([{ label: 'Home', to: '/' }])
  })

  it('format and level labels', () => {
    expect(formatLabel('how-to-series')).toBe('How-to series')
    expect(formatLabel('walkthrough')).toBe('Walkthrough')
    expect(formatLabel(undefined)).toBeUndefined()
    expect(LEVELS.map(levelLabel)).toEqual(['Beginner', 'Intermediate', 'Advanced'])
  })
})
