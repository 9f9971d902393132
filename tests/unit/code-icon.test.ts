import { describe, expect, it } from 'vitest'
import { codeIconClass, DEFAULT_CODE_ICON } from '../../utils/code-icon'

describe('codeIconClass', () => {
  it('picks the icon from the extension of a path', () => {
    expect(codeIconClass('examples/notebook-resume/resume.ipynb')).toBe('icon-[lucide--notebook-pen]')
    expect(codeIconClass('.github/workflows/flows.yml')).toBe('icon-[lucide--file-cog]')
    expect(codeIconClass('run.SH')).toBe('icon-[lucide--terminal]')
    expect(codeIconClass('pyproject.toml')).toBe('icon-[lucide--file-cog]')
  })

  it('falls back to a generic file icon for unknown, missing and leading-dot names', () => {
    expect(codeIconClass('Makefile')).toBe(DEFAULT_CODE_ICON)
    expect(codeIconClass('archive.tar.zst')).toBe(DEFAULT_CODE_ICON)
    expect(codeIconClass('.env')).toBe(DEFAULT_CODE_ICON)
    expect(codeIconClass('')).toBe(DEFAULT_CODE_ICON)
  })
})
