// The icon shown before a code block's file name, as a CSS icon class (@iconify/tailwind4). The class
// names are written out in full so Tailwind finds them when it scans this file.
const BY_EXTENSION: Record<string, string> = {
  py: 'icon-[lucide--file-code]',
  ipynb: 'icon-[lucide--notebook-pen]',
  yml: 'icon-[lucide--file-cog]',
  yaml: 'icon-[lucide--file-cog]',
  toml: 'icon-[lucide--file-cog]',
  json: 'icon-[lucide--file-json]',
  sh: 'icon-[lucide--terminal]',
  txt: 'icon-[lucide--file-text]',
  md: 'icon-[lucide--file-text]',
}

export const DEFAULT_CODE_ICON = 'icon-[lucide--file-code]'

/** The icon class for a code block's file name, from its extension (`examples/x/flow.py` → file-code). */
export function codeIconClass(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
  return BY_EXTENSION[extension] ?? DEFAULT_CODE_ICON
}
