// <mfp-color-mode>: light, dark or system, remembered across pages. The inline script of @nuxtjs/color-mode
// (in every page's head) applies the stored choice before the first paint, so there is no flash; this module
// only makes the three buttons work. Without JavaScript the buttons stay hidden and the CSS follows the
// system setting (assets/css/main.css).
const STORAGE_KEY = 'mfp-color-mode'
const MODES = ['light', 'dark', 'system'] as const
type Mode = typeof MODES[number]

const systemDark = matchMedia('(prefers-color-scheme: dark)')

function stored(): Mode {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return (MODES as readonly string[]).includes(value ?? '') ? value as Mode : 'system'
  }
  catch {
    return 'system'
  }
}

function apply(mode: Mode) {
  const dark = mode === 'dark' || (mode === 'system' && systemDark.matches)
  const root = document.documentElement
  root.classList.toggle('dark', dark)
  root.classList.toggle('light', !dark)
  root.style.colorScheme = dark ? 'dark' : 'light'
  for (const element of document.querySelectorAll('mfp-color-mode')) (element as ColorModeSwitch).render(mode)
}

class ColorModeSwitch extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-mode]')
      if (!button) return
      const mode = button.dataset.mode as Mode
      try {
        localStorage.setItem(STORAGE_KEY, mode)
      }
      catch {
        // Storage refused (a private window): the choice holds for this page only.
      }
      apply(mode)
    })
    this.render(stored())
  }

  render(mode: Mode) {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-mode]')) {
      button.setAttribute('aria-pressed', String(button.dataset.mode === mode))
    }
  }
}

customElements.define('mfp-color-mode', ColorModeSwitch)
systemDark.addEventListener('change', () => stored() === 'system' && apply('system'))
// Another tab changed the choice.
window.addEventListener('storage', event => event.key === STORAGE_KEY && apply(stored()))
