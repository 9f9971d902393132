// The colour variables Nuxt UI's colors plugin writes into a <style> at runtime (from tailwindcss/colors,
// which the plugin ships to the browser), generated once at build time instead. Same output as the plugin.
import palette from 'tailwindcss/colors'

const SHADES = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950] as const

function fallback(color: string, shade: number): string {
  const value = (palette as unknown as Record<string, Record<number, string> | string>)[color]
  return typeof value === 'object' && value[shade] ? value[shade] : ''
}

/** `colors` maps a role (primary, neutral, …) to a Tailwind palette name (sky, slate, …). */
export function uiColorsCss(colors: Record<string, string>, prefix?: string): string {
  const p = prefix ? `${prefix}-` : ''
  const shades = Object.entries(colors).flatMap(([role, name]) => SHADES.map(shade =>
    `--ui-color-${role}-${shade}: var(--${p}color-${name === 'neutral' ? 'old-neutral' : name}-${shade}, ${fallback(name, shade)});`))
  const roles = Object.keys(colors).filter(role => role !== 'neutral')
  return `@layer theme {
  :root, :host {
    ${shades.join('\n    ')}
  }
  :root, :host, .light {
    ${roles.map(role => `--ui-${role}: var(--ui-color-${role}-500);`).join('\n    ')}
  }
  .dark {
    ${roles.map(role => `--ui-${role}: var(--ui-color-${role}-400);`).join('\n    ')}
  }
}
`
}
