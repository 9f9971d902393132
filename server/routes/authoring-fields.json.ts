// The front matter fields of each collection, derived from the schemas the build validates against.
import { COLLECTION_SCHEMAS } from '../../utils/content-schema'
import { describeSchema } from '../../utils/schema-fields'

export default defineEventHandler(() => Object.fromEntries(COLLECTIONS.documentKeys.map(key => [key, describeSchema(COLLECTION_SCHEMAS[key])])))
