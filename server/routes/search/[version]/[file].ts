// A term shard (s<i>.json) or page file (p<i>.json) of the search index build named by the version.
export default defineEventHandler(async (event) => {
  const path = `search/${getRouterParam(event, 'version')}/${getRouterParam(event, 'file')}`
  const file = (await searchFiles(event, getRouterParam(event, 'version'))).files.get(path)
  if (!file || path === 'search.json') throw createError({ statusCode: 404, statusMessage: `No search file ${path}` })
  return file
})
