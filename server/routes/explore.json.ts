// Prerendered to /explore.json: the explore index and tag pages read it instead of querying the database.
export default defineEventHandler(event => buildExploreData(event))
