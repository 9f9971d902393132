// Prerendered to /search.json and fetched the first time a reader searches.
export default defineEventHandler(event => buildSearchSections(event))
