// <mfp-toc>: the table of contents marks the section being read (aria-current="location" on its link).
// The section being read is the last heading above a line at a quarter of the viewport height.
class TableOfContents extends HTMLElement {
  private links = new Map<string, HTMLAnchorElement>()
  private headings: HTMLElement[] = []
  private frame = 0

  connectedCallback() {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      const id = decodeURIComponent(link.hash.slice(1))
      const heading = document.getElementById(id)
      if (!heading) continue
      this.links.set(id, link)
      this.headings.push(heading)
    }
    if (!this.headings.length) return
    addEventListener('scroll', this.schedule, { passive: true })
    addEventListener('resize', this.schedule, { passive: true })
    // No layout is read while the page loads (that would be a long task on a slow phone): the first section
    // is current until the reader scrolls; a page opened at a #section scrolls, which updates it.
    this.mark(this.headings[0]!.id)
  }

  disconnectedCallback() {
    removeEventListener('scroll', this.schedule)
    removeEventListener('resize', this.schedule)
  }

  private schedule = () => {
    cancelAnimationFrame(this.frame)
    this.frame = requestAnimationFrame(() => this.update())
  }

  private update() {
    const line = innerHeight / 4
    let current = this.headings[0]!
    for (const heading of this.headings) {
      if (heading.getBoundingClientRect().top <= line) current = heading
      else break
    }
    // At the very bottom the last sections cannot reach the line: the last heading on screen is current.
    if (innerHeight + scrollY >= document.documentElement.scrollHeight - 2) {
      const visible = this.headings.filter(h => h.getBoundingClientRect().top < innerHeight)
      current = visible[visible.length - 1] ?? current
    }
    this.mark(current.id)
  }

  private mark(currentId: string) {
    for (const [id, link] of this.links) {
      if (id === currentId) link.setAttribute('aria-current', 'location')
      else link.removeAttribute('aria-current')
    }
  }
}

customElements.define('mfp-toc', TableOfContents)
