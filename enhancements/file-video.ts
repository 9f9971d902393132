// <mfp-file-video>: a self-hosted paired video (components/media/MediaFileVideo.vue). The <video> element plays with its
// own controls without this script; this makes the chapter links and "Watch this part" links next to headings
// seek it and play, instead of opening the video file. Nothing is downloaded before that (preload="none").
class FileVideoPlayer extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const trigger = (event.target as Element).closest<HTMLElement>('[data-seek]')
      if (!trigger || !this.contains(trigger)) return
      event.preventDefault()
      this.play(Number(trigger.dataset.seek) || 0)
    })
  }

  play(seconds: number) {
    const video = this.querySelector('video')
    if (!video) return
    const seek = () => {
      video.currentTime = Math.max(0, seconds)
    }
    // Before its metadata the element has no timeline to seek in (preload="none"): seek once it has.
    if (video.readyState >= HTMLMediaElement.HAVE_METADATA) seek()
    else video.addEventListener('loadedmetadata', seek, { once: true })
    // Playback can be refused (a browser setting); the reader still has the controls.
    video.play().catch(() => {})
  }
}

customElements.define('mfp-file-video', FileVideoPlayer)

// "Watch this part" links point at the video block (#page-video): when that block is a file video, play it from
// the link's time.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-video-seek]')
  const target = link?.hash ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null
  if (!link || !(target instanceof FileVideoPlayer)) return
  event.preventDefault()
  target.play(Number(link.dataset.videoSeek) || 0)
  target.scrollIntoView({ behavior: 'smooth', block: 'center' })
})
