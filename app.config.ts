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
  ui: {
    prose: {
      // Bundled lucide icons instead of the vscode-icons set, so code blocks need no extra collection.
      codeIcon: {
        py: 'i-lucide-file-code',
        ipynb: 'i-lucide-notebook-pen',
        yml: 'i-lucide-file-cog',
        yaml: 'i-lucide-file-cog',
        toml: 'i-lucide-file-cog',
        json: 'i-lucide-file-json',
        sh: 'i-lucide-terminal',
        txt: 'i-lucide-file-text',
        md: 'i-lucide-file-text',
      },
    },
    colors: {
      primary: 'sky',
      neutral: 'slate',
    },
  },
})
