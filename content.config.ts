import { defineCollection, defineContentConfig } from '@nuxt/content'
import { deepDiveSchema, pageSchema, patternSchema, projectSchema, tagRegistrySchema } from './utils/content-schema'
import { withFixtureSources } from './utils/site-fixtures'

// A test build (SITE_TEST_FIXTURES=1) adds tests/fixtures/site/content/ to the page collections
// (utils/site-fixtures.ts); the build runs from the repository root.
const source = <T extends { include: string, exclude?: string[] }>(s: T | T[]) => withFixtureSources(s, process.cwd())

// The content-checks module validates the same schemas strictly, with messages naming file and field.
export default defineContentConfig({
  collections: {
    pages: defineCollection({
      type: 'page',
      source: source([
        { include: '*.md' },
        { include: 'patterns/index.md' },
        { include: 'deep-dives/index.md' },
        { include: 'projects/index.md' },
      ]),
      schema: pageSchema,
    }),
    patterns: defineCollection({
      type: 'page',
      source: source({ include: 'patterns/*.md', exclude: ['patterns/index.md'] }),
      schema: patternSchema,
    }),
    deepDives: defineCollection({
      type: 'page',
      source: source({ include: 'deep-dives/*.md', exclude: ['deep-dives/index.md'] }),
      schema: deepDiveSchema,
    }),
    projects: defineCollection({
      type: 'page',
      source: source({ include: 'projects/*.md', exclude: ['projects/index.md'] }),
      schema: projectSchema,
    }),
    tags: defineCollection({
      type: 'data',
      source: 'tags.yml',
      schema: tagRegistrySchema,
    }),
  },
})
