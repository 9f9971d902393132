// Turns a front matter schema into rows for the authoring guide, so the guide cannot drift from the
// schema the build validates against.
import { z } from 'zod'

export interface FieldRow {
  field: string
  type: string
  required: boolean
  allowed: string
}

interface JsonSchema {
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  pattern?: string
  minItems?: number
  maxItems?: number
  minLength?: number
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  anyOf?: JsonSchema[]
  default?: unknown
}

function typeOf(s: JsonSchema): string {
  if (s.enum) return 'one of'
  if (s.const !== undefined) return 'constant'
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'values'}`
  if (s.type === 'object') return 'object'
  return String(s.type ?? 'value')
}

function allowedOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map(v => `\`${String(v)}\``).join(', ')
  if (s.const !== undefined) return `\`${String(s.const)}\``
  const parts: string[] = []
  if (s.type === 'array') {
    if (s.minItems !== undefined || s.maxItems !== undefined) parts.push(`${s.minItems ?? 0}–${s.maxItems ?? 'any'} items`)
    if (s.items) parts.push(allowedOf(s.items))
  }
  if (s.pattern) parts.push(`matches \`${s.pattern}\``)
  return parts.filter(Boolean).join('; ')
}

export function describeSchema(schema: z.ZodType): FieldRow[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  const rows: FieldRow[] = []
  const walk = (node: JsonSchema, prefix: string) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const field = prefix ? `${prefix}.${key}` : key
      const required = (node.required ?? []).includes(key) && child.default === undefined
      rows.push({ field, type: typeOf(child), required, allowed: allowedOf(child) })
      if (child.type === 'object') walk(child, field)
      if (child.type === 'array' && child.items?.type === 'object') walk(child.items, `${field}[]`)
    }
  }
  walk(json, '')
  return rows
}
