// The site's one list of collections. Adding a kind of document is one entry here plus its schema in
// COLLECTION_SCHEMAS (utils/content-schema.ts, which the type of this registry makes complete): content
// collections, checks, routes, explore's type facet, the sidebar, llms.txt, the feed, share images and
// labels all derive from it. The schemas live apart so that the explore page, which reads this registry in
// the browser, does not carry zod.
import { defineCollectionRegistry } from './collection-registry'

export const COLLECTIONS = defineCollectionRegistry(
  { key: 'pages', label: 'Page', plural: 'Site pages', shareImage: '/og/default.png' },
  [
    { key: 'patterns', folder: 'patterns', label: 'Pattern', plural: 'Patterns', param: 'pattern', shareImage: '/og/patterns.png', article: true },
    { key: 'deepDives', folder: 'deep-dives', label: 'Deep dive', plural: 'Deep dives', param: 'deep-dive', shareImage: '/og/deep-dives.png', article: true },
    { key: 'projects', folder: 'projects', label: 'Project', plural: 'Projects', param: 'project', shareImage: '/og/projects.png', article: false, defaultFormat: 'how-to-series' },
  ],
)

/** A kind of document: `patterns`, `deepDives`, `projects`. */
export type DocumentKey = typeof COLLECTIONS.documentKeys[number]
/** Any page collection: a kind of document or the site pages. */
export type CollectionName = DocumentKey | 'pages'
