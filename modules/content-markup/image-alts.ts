// The image registry (content/images.yml: image src -> alt text), keyed by what authors write: a Map, so a
// src such as "constructor" finds nothing.
import { parse as parseYaml } from 'yaml'

export function imageAlts(yaml: string): Map<string, string> {
  const data = parseYaml(yaml) as unknown
  if (!data || typeof data !== 'object' || Array.isArray(data)) return new Map()
  return new Map(Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}
