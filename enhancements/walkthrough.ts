// <mfp-walkthrough>: plays a pattern's terminal walkthrough (components/TerminalWalkthrough.vue). The page
// has the chapters and the transcript as HTML; nothing else is downloaded until the reader presses play or a
// chapter: then the asciinema player (its own chunk), its CSS and the recording load, and the player starts
// at that time. "Watch this part" links next to headings seek it too when the page has no published video.
// Keyboard, in the player: Space pauses, arrows seek, [ and ] move between chapters (the player's own keys).
import type { Player } from 'asciinema-player'
import playerCss from 'asciinema-player/dist/bundle/asciinema-player.css'

let cssLoaded: Promise<void> | undefined

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

export class TerminalWalkthrough extends HTMLElement {
  /** The asciinema player once the reader has pressed play (tests read its time through it). */
  player: Player | undefined
  private loading: Promise<Player> | undefined
  private speed = 1

  connectedCallback() {
    this.addEventListener('click', (event) => {
      const trigger = (event.target as Element).closest<HTMLElement>('[data-seek]')
      if (!trigger || !this.contains(trigger)) return
      event.preventDefault()
      void this.playAt(Number(trigger.dataset.seek) || 0)
    })
    this.querySelector<HTMLSelectElement>('[data-speed]')?.addEventListener('change', (event) => {
      void this.setSpeed(Number((event.target as HTMLSelectElement).value) || 1)
    })
  }

  /** Loads the player if needed, moves it to `seconds` and plays. */
  async playAt(seconds: number): Promise<void> {
    if (this.player) {
      await this.player.seek(seconds)
      await this.player.play()
    }
    else {
      await this.load(seconds)
    }
    this.querySelector<HTMLElement>('[data-player] .ap-wrapper')?.focus({ preventScroll: true })
  }

  /** The player takes its speed when it is created: a new one continues where the old one was. */
  private async setSpeed(speed: number) {
    this.speed = speed
    const old = this.player
    if (!old) return
    const at = await old.getCurrentTime()
    old.dispose()
    this.player = undefined
    this.loading = undefined
    await this.load(at)
  }

  private load(startAt: number): Promise<Player> {
    this.loading ??= (async () => {
      const container = this.querySelector<HTMLElement>('[data-player]')
      if (!container) throw new Error('mfp-walkthrough: no [data-player] element')
      const [{ create }] = await Promise.all([import('asciinema-player'), loadCss()])
      container.hidden = false
      const player = create({ url: this.dataset.cast! }, container, {
        cols: Number(this.dataset.cols) || 100,
        rows: Number(this.dataset.rows) || 30,
        autoPlay: true,
        startAt,
        speed: this.speed,
        fit: 'width',
        terminalFontSize: 'small',
      })
      this.player = player
      return player
    })()
    return this.loading
  }
}

customElements.define('mfp-walkthrough', TerminalWalkthrough)

// "Watch this part" next to a heading: the published video plays it when the page has one
// (enhancements/video.ts), else this walkthrough does.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLElement>('[data-video-seek]')
  const walkthrough = document.querySelector<TerminalWalkthrough>('mfp-walkthrough')
  if (!link || !walkthrough || document.querySelector('mfp-video[data-video-id]')) return
  event.preventDefault()
  walkthrough.scrollIntoView({ behavior: 'smooth', block: 'start' })
  void walkthrough.playAt(Number(link.dataset.videoSeek) || 0)
})
