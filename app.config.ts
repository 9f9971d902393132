export default defineAppConfig({
  site: {
    name: 'Metaflow Patterns',
    description: 'MLOps patterns for Metaflow: narrow, tested, paired with deep dives and videos.',
  },
  repository: {
    // Where "Edit this page", "View source" and changelog links point.
    url: 'https://github.com/metaflow-patterns/metaflow-patterns',
    branch: 'main',
  },
  ui: {
    colors: {
      primary: 'sky',
      neutral: 'slate',
    },
  },
})
