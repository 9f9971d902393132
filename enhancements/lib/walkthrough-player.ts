// The walkthrough player itself, loaded by enhancements/walkthrough.ts on the reader's first press of play, a
// chapter or "watch this part": the asciinema player (its own chunk), its CSS and the recording load then,
// and the player starts at that time. Keyboard, in the player: Space pauses, arrows seek, [ and ] move between
// chapters (the player's own keys).
import type { Player } from 'asciinema-player'
import playerCss from 'asciinema-player/dist/bundle/asciinema-player.css'

/** <mfp-walkthrough>, with the player it created (tests read its time through it). */
export type WalkthroughElement = HTMLElement & { player?: Player }

let cssLoaded: Promise<void> | undefined
const loading = new WeakMap<WalkthroughElement, Promise<Player>>()
const speeds = new WeakMap<WalkthroughElement, number>()

/** The player's stylesheet, added once (a file next to this script, content-hashed by the build). */
function loadCss(): Promise<void> {
  cssLoaded ??= new Promise((resolve, reject) => {
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = new URL(playerCss, import.meta.url).href
    link.onload = () => resolve()
    link.onerror = () => reject(new Error('the player stylesheet did not load'))
    document.head.append(link)
  })
  return cssLoaded
}

function load(element: WalkthroughElement, startAt: number): Promise<Player> {
  let player = loading.get(element)
  if (!player) {
    player = (async () => {
      const container = element.querySelector<HTMLElement>('[data-player]')
      if (!container) throw new Error('mfp-walkthrough: no [data-player] element')
      const [{ create }] = await Promise.all([import('asciinema-player'), loadCss()])
      container.hidden = false
      const created = create({ url: element.dataset.cast! }, container, {
        cols: Number(element.dataset.cols) || 100,
        rows: Number(element.dataset.rows) || 30,
        autoPlay: true,
        startAt,
        speed: speeds.get(element) ?? 1,
        fit: 'width',
        terminalFontSize: 'small',
      })
      element.player = created
      return created
    })()
    loading.set(element, player)
  }
  return player
}

/** Loads the player if needed, moves it to `seconds` and plays; the keyboard then works in the player. */
export async function playAt(element: WalkthroughElement, seconds: number): Promise<void> {
  if (element.player) {
    await element.player.seek(seconds)
    await element.player.play()
  }
  else {
    await load(element, seconds)
  }
  element.querySelector<HTMLElement>('[data-player] .ap-wrapper')?.focus({ preventScroll: true })
}

/** The player takes its speed when it is created: a new one continues where the old one was. */
export async function setSpeed(element: WalkthroughElement, speed: number): Promise<void> {
  speeds.set(element, speed)
  const old = element.player
  if (!old) return
  const at = await old.getCurrentTime()
  old.dispose()
  element.player = undefined
  loading.delete(element)
  await load(element, at)
}
