// <mfp-search>: site search on every page. The header's search control is a link to /explore, so without
// JavaScript it still leads to a search. With this module it opens a dialog instead: on click, Ctrl+K / ⌘K,
// or "/". The dialog's code and the index load on the first sign of intent (pointer over the control, focus,
// touch, the shortcut), never with the page. On /explore, "/" focuses the page's own search box instead.
type DialogModule = typeof import('./lib/search-dialog')

let dialog: Promise<DialogModule> | undefined
const loadDialog = () => (dialog ??= import('./lib/search-dialog'))
const prepare = () => loadDialog().then(m => m.prepareSearch())
// The dialog's code may still be on its way when the reader starts typing: keys typed meanwhile are kept
// and handed to the dialog, so no letter of the query is lost.
let opening = false
function open() {
  if (opening) return
  opening = true
  let typed = ''
  const keep = (event: KeyboardEvent) => {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return
    typed += event.key
    event.preventDefault()
  }
  document.addEventListener('keydown', keep, true)
  loadDialog()
    .then(m => m.openSearch(typed))
    .finally(() => {
      document.removeEventListener('keydown', keep, true)
      opening = false
    })
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
}

class SearchControl extends HTMLElement {
  connectedCallback() {
    for (const type of ['pointerenter', 'focusin', 'touchstart']) this.addEventListener(type, prepare, { once: true, passive: true })
    this.querySelector('a')?.addEventListener('click', (event) => {
      // A new tab or window keeps the link's meaning: the explore page.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return
      event.preventDefault()
      open()
    })
  }
}

customElements.define('mfp-search', SearchControl)

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented) return
  if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) {
    event.preventDefault()
    open()
    return
  }
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
  event.preventDefault()
  const own = document.querySelector<HTMLInputElement>('[data-slash-focus]')
  if (own) own.focus()
  else open()
})
