export default defineAppConfig({
  site: {
    name: 'Metaflow Patterns',
    description: 'MLOps patterns for Metaflow: narrow, tested, paired with deep dives and videos.',
  },
  repository: {
    // `url` (where "Edit this page", "View source" and changelog links point) is set in nuxt.config.ts
    // from REPOSITORY_URL or the git remote; left empty, those links are hidden rather than invented.
    branch: 'main',
  },
})
