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
  oneOf?: JsonSchema[]
  default?: unknown
  description?: string
}

function typeOf(s: JsonSchema): string {
  if (s.enum) return 'one of'
  if (s.const !== undefined) return 'constant'
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'values'}`
  if (s.type === 'object' || (s.oneOf ?? s.anyOf)?.every(option => option.type === 'object')) return 'object'
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
  if (s.description) parts.push(s.description)
  else if (s.pattern) parts.push(`matches \`${s.pattern}\``)
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
      const options = (child.oneOf ?? child.anyOf ?? []).filter(option => option.type === 'object')
      if (options.length) walkUnion(options, field)
    }
  }
  // A union of objects picked by one constant field (video.provider): each field once; a field that only
  // some options have says which.
  const walkUnion = (options: JsonSchema[], prefix: string) => {
    const discriminator = Object.keys(options[0]!.properties ?? {}).find(key => options.every(o => o.properties?.[key]?.const !== undefined))
    const seen = new Map<string, FieldRow>()
    for (const option of options) {
      const before = rows.length
      walk(option, prefix)
      for (const row of rows.splice(before)) {
        const owner = options.filter(o => o.properties?.[row.field.slice(prefix.length + 1).split(/[.[]/)[0]!])
        const only = discriminator && owner.length < options.length ? ` (${discriminator} ${owner.map(o => `\`${String(o.properties![discriminator]!.const)}\``).join(', ')} only)` : ''
        const known = seen.get(row.field)
        if (known && row.field.endsWith(`.${discriminator}`)) known.allowed = `${known.allowed}, ${row.allowed}`
        else if (!known) seen.set(row.field, { ...row, type: row.field.endsWith(`.${discriminator}`) ? 'one of' : row.type, allowed: `${row.allowed}${only}`.trim() })
      }
    }
    rows.push(...seen.values())
  }
  walk(json, '')
  return rows
}
