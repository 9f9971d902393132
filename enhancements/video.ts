// <mfp-video>: the paired video's facade. Nothing is requested from YouTube until the reader presses play or
// a chapter; then the facade becomes the embedded player, starting at that time. Without JavaScript the
// facade and the chapters are plain links to the video on YouTube (at the chapter's time), and
// "Watch this part" links jump to the video block.
class PairedVideo extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const trigger = (event.target as Element).closest<HTMLElement>('[data-seek]')
      if (!trigger || !this.contains(trigger)) return
      event.preventDefault()
      this.play(Number(trigger.dataset.seek) || 0)
    })
  }

  play(seconds: number) {
    const { videoId, list, title } = this.dataset
    const frame = this.querySelector<HTMLElement>('[data-video-frame]')
    if (!videoId || !frame) return
    const params = new URLSearchParams({ autoplay: '1', start: String(Math.max(0, Math.floor(seconds))) })
    if (list) params.set('list', list)
    const iframe = document.createElement('iframe')
    iframe.src = `https://www.youtube-nocookie.com/embed/${encodeURIComponent(videoId)}?${params}`
    iframe.title = title ?? 'Video'
    iframe.className = 'absolute inset-0 size-full'
    iframe.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen'
    iframe.referrerPolicy = 'strict-origin-when-cross-origin'
    iframe.allowFullscreen = true
    frame.replaceChildren(iframe)
  }
}

customElements.define('mfp-video', PairedVideo)

// "Watch this part" links next to headings play the page's video from their time.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLElement>('[data-video-seek]')
  const player = document.querySelector<PairedVideo>('mfp-video')
  if (!link || !player?.dataset.videoId) return
  event.preventDefault()
  player.play(Number(link.dataset.videoSeek) || 0)
  player.scrollIntoView({ behavior: 'smooth', block: 'center' })
})
