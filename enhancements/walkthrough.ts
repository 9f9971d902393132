// <mfp-walkthrough>: plays a pattern's terminal walkthrough (components/media/MediaTerminalWalkthrough.vue). The page has
// the chapters and the transcript as HTML; this script only listens. On the first press of play, a chapter
// or "watch this part" it loads lib/walkthrough-player.ts, which loads the player, its CSS and the recording.
// "Watch this part" links that point at the walkthrough block play it from their time (links that point at a
// published video are enhancements/video.ts's and file-video.ts's).
import type { WalkthroughElement } from './lib/walkthrough-player'

let player: Promise<typeof import('./lib/walkthrough-player')> | undefined
const loadPlayer = () => (player ??= import('./lib/walkthrough-player'))

class TerminalWalkthrough extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const trigger = (event.target as Element).closest<HTMLElement>('[data-seek]')
      if (!trigger || !this.contains(trigger)) return
      event.preventDefault()
      void loadPlayer().then(m => m.playAt(this, Number(trigger.dataset.seek) || 0))
    })
    this.addEventListener('change', (event) => {
      const speed = event.target as HTMLSelectElement
      if (speed.matches('[data-speed]')) void loadPlayer().then(m => m.setSpeed(this, Number(speed.value) || 1))
    })
  }
}

customElements.define('mfp-walkthrough', TerminalWalkthrough)

// The build adds them (pointing at #page-walkthrough) only when the page has no published video.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-video-seek]')
  const target = link?.hash ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null
  if (!link || !(target instanceof TerminalWalkthrough)) return
  const walkthrough: WalkthroughElement = target
  event.preventDefault()
  walkthrough.scrollIntoView({ behavior: 'smooth', block: 'start' })
  void loadPlayer().then(m => m.playAt(walkthrough, Number(link.dataset.videoSeek) || 0))
})
