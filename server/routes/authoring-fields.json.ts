// The front matter fields of each collection, derived from the schemas the build validates against.
import { deepDiveSchema, patternSchema, projectSchema } from '../../utils/content-schema'
import { describeSchema } from '../../utils/schema-fields'

export default defineEventHandler(() => ({
  patterns: describeSchema(patternSchema),
  deepDives: describeSchema(deepDiveSchema),
  projects: describeSchema(projectSchema),
}))
