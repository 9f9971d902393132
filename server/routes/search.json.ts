// The search manifest (utils/search-format.ts), fetched the first time a reader searches; the term shards
// and page files it names are served by server/routes/search/[version]/[file].ts and prerendered by
// modules/search-index.
export default defineEventHandler(async event => (await searchFiles(event)).manifest)
