// The search dialog: a native <dialog> (focus stays inside, Escape closes) with a combobox over a listbox of
// section results. Loaded by enhancements/search.ts on first intent. Result text is inserted as text nodes,
// never as HTML: titles and snippets come from the index, the query from the reader.
import { loadSearchEngine } from './search-engine'
import type { PageGroup } from './search-engine'
import { sitePath } from './base'

interface Option { href: string, element: HTMLLIElement }

let root: HTMLDialogElement | undefined
let input: HTMLInputElement
let list: HTMLUListElement
let status: HTMLParagraphElement
let options: Option[] = []
let active = -1
let latest = 0

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

/** Text with every occurrence of the matched terms wrapped in <mark>. */
export function highlighted(text: string, terms: string[]): Node[] {
  const words = terms.filter(Boolean).map(t => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  if (!words.length) return [document.createTextNode(text)]
  const parts = text.split(new RegExp(`(${words.join('|')})`, 'gi'))
  // split() with a capturing group puts the matches at the odd indices.
  return parts.map((part, i) => (i % 2 === 1 ? element('mark', 'rounded-sm bg-primary/20 text-highlighted', part) : document.createTextNode(part)))
}

function build(): HTMLDialogElement {
  const dialog = element('dialog', 'search-dialog')
  dialog.setAttribute('aria-label', 'Search the site')
  const box = element('div', 'flex items-center gap-2 border-b border-default px-4')
  const icon = element('span', 'icon-[lucide--search] size-5 shrink-0 text-muted')
  icon.setAttribute('aria-hidden', 'true')
  input = element('input', 'h-14 w-full bg-transparent text-base text-highlighted outline-none placeholder:text-dimmed')
  Object.assign(input, { type: 'search', placeholder: 'Search patterns, deep dives, sections…', autocomplete: 'off', spellcheck: false })
  input.setAttribute('role', 'combobox')
  input.setAttribute('aria-label', 'Search')
  input.setAttribute('aria-expanded', 'false')
  input.setAttribute('aria-controls', 'search-results')
  input.setAttribute('aria-autocomplete', 'list')
  const close = element('button', 'rounded-md px-2 py-1 text-xs text-muted ring ring-accented ring-inset hover:text-highlighted', 'Esc')
  close.type = 'button'
  close.setAttribute('aria-label', 'Close search')
  close.addEventListener('click', () => dialog.close())
  box.append(icon, input, close)
  status = element('p', 'px-4 py-6 text-center text-sm text-muted', 'Type to search every heading of every page.')
  status.setAttribute('role', 'status')
  list = element('ul', 'max-h-[min(28rem,65vh)] overflow-y-auto p-2')
  list.id = 'search-results'
  list.setAttribute('role', 'listbox')
  list.setAttribute('aria-label', 'Results')
  list.hidden = true
  dialog.append(box, status, list)

  // Each query downloads the index shards its words need: wait for a pause in typing.
  let timer: ReturnType<typeof setTimeout> | undefined
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(() => void update(), 100)
  })
  input.addEventListener('keydown', onKey)
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  dialog.addEventListener('click', event => event.target === dialog && dialog.close())
  list.addEventListener('click', (event) => {
    const href = (event.target as Element).closest<HTMLElement>('[data-href]')?.dataset.href
    if (!href) return
    dialog.close()
    location.href = href
  })
  document.body.append(dialog)
  return dialog
}

function setActive(index: number) {
  if (!options.length) return
  active = (index + options.length) % options.length
  options.forEach((option, i) => option.element.setAttribute('aria-selected', String(i === active)))
  const current = options[active]!.element
  input.setAttribute('aria-activedescendant', current.id)
  current.scrollIntoView({ block: 'nearest' })
}

function onKey(event: KeyboardEvent) {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault()
    setActive(active + (event.key === 'ArrowDown' ? 1 : -1))
  }
  else if (event.key === 'Enter' && options[active]) {
    event.preventDefault()
    location.href = options[active]!.href
    root?.close()
  }
}

function render(groups: PageGroup[], terms: string[]) {
  list.replaceChildren()
  options = []
  for (const group of groups) {
    for (const hit of group.hits) {
      const item = element('li', 'rounded-md aria-selected:bg-elevated')
      item.id = `search-option-${options.length}`
      item.setAttribute('role', 'option')
      item.setAttribute('aria-selected', 'false')
      const href = sitePath(hit.id)
      // An option's content is presentational (no link inside): choosing it, by click or Enter, navigates.
      const link = element('span', 'block cursor-pointer px-3 py-2')
      item.dataset.href = href
      const trail = [group.page, ...hit.titles, ...(hit.title !== group.page ? [hit.title] : [])]
      const heading = element('span', 'block text-sm font-medium text-highlighted')
      heading.append(...highlighted(trail.join(' › '), terms))
      const snippet = element('span', 'mt-0.5 block text-xs text-muted line-clamp-2')
      snippet.append(...highlighted(hit.snippet, terms))
      link.append(heading, snippet)
      item.append(link)
      item.addEventListener('pointermove', () => active !== options.findIndex(o => o.element === item) && setActive(options.findIndex(o => o.element === item)))
      list.append(item)
      options.push({ href, element: item })
    }
  }
  list.hidden = !options.length
  input.setAttribute('aria-expanded', String(options.length > 0))
  active = -1
  input.removeAttribute('aria-activedescendant')
  if (options.length) setActive(0)
}

async function update() {
  const query = input.value.trim()
  const ticket = ++latest
  if (!query) {
    render([], [])
    status.hidden = false
    status.textContent = 'Type to search every heading of every page.'
    return
  }
  status.hidden = false
  status.textContent = 'Searching…'
  try {
    const engine = await loadSearchEngine()
    const groups = await engine.search(query, 30)
    if (ticket !== latest) return
    const terms = [...new Set(groups.flatMap(g => g.hits.flatMap(h => h.terms)))]
    render(groups, terms)
    const count = options.length
    status.textContent = count ? `${count} ${count === 1 ? 'section' : 'sections'}` : 'No section matches.'
    status.className = count ? 'sr-only' : 'px-4 py-6 text-center text-sm text-muted'
  }
  catch {
    if (ticket !== latest) return
    render([], [])
    status.textContent = 'Search could not load (the site may have been updated): reload the page, or use the explore page.'
  }
}

/** Starts downloading the index (first intent). */
export function prepareSearch() {
  loadSearchEngine().catch(() => {})
}

/** Opens the dialog; `typed` is what the reader typed while its code was loading. */
export function openSearch(typed = '') {
  root ??= build()
  if (!root.open) root.showModal()
  prepareSearch()
  if (!typed) return input.select()
  input.value = typed
  void update()
}
