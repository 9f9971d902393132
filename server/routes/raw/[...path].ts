// /raw/<path>.md: a page's source Markdown with example includes expanded (see server/utils/raw-routes.ts).
// Prerendered for every content file by modules/machine-routes; anything else is a 404.
export default defineEventHandler(async (event) => {
  // The build runs from the repository root, where content/ and examples/ are.
  const root = process.cwd()
  const stem = stemForRawPath(getRouterParam(event, 'path') ?? '', new Set(siteStems(root)))
  if (!stem) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  const markdown = await rawMarkdown(stem)
  if (markdown === undefined) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  setResponseHeader(event, 'content-type', 'text/markdown; charset=utf-8')
  return markdown
})
