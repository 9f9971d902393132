import { defineCollection, defineContentConfig } from '@nuxt/content'
import { COLLECTIONS } from './shared/utils/collections'
import type { CollectionName } from './shared/utils/collections'
import { COLLECTION_SCHEMAS, tagRegistrySchema } from './utils/content-schema'
import { withFixtureSources } from './utils/site-fixtures'

// Every page collection comes from the registry (shared/utils/collections.ts). The content-checks module
// validates the same schemas strictly, with messages naming file and field. A test build
// (SITE_TEST_FIXTURES=1) adds tests/fixtures/site/content/ to the page collections (utils/site-fixtures.ts);
// the build runs from the repository root.
const sources = COLLECTIONS.contentSources()
const pageCollections = Object.fromEntries((['pages', ...COLLECTIONS.documentKeys] as CollectionName[]).map((name: CollectionName) => [name, defineCollection({
  type: 'page',
  source: withFixtureSources(sources[name], process.cwd()),
  schema: COLLECTION_SCHEMAS[name],
})]))

export default defineContentConfig({
  collections: {
    ...pageCollections,
    tags: defineCollection({
      type: 'data',
      source: 'tags.yml',
      schema: tagRegistrySchema,
    }),
  },
})
