// <mfp-copy>: a copy button. `data-copy="code"` copies the code block it sits in (the text of its <pre>);
// `data-copy-url` fetches a file (the page as Markdown) on click and copies that. The button says what
// happened for two seconds. Without JavaScript the element stays hidden (CSS: :not(:defined)).
import { copyText } from './lib/clipboard'

class CopyButton extends HTMLElement {
  private timer: ReturnType<typeof setTimeout> | undefined

  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => this.copy())
  }

  private async text(): Promise<string> {
    const url = this.dataset.copyUrl
    if (url) {
      const response = await fetch(url)
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.text()
    }
    return this.closest('[data-code-block]')?.querySelector('pre')?.textContent ?? ''
  }

  private async copy() {
    this.setState('busy')
    try {
      await copyText(await this.text())
      this.setState('copied')
    }
    catch {
      this.setState('failed')
    }
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.setState('idle'), 2000)
  }

  private setState(state: 'idle' | 'busy' | 'copied' | 'failed') {
    this.dataset.state = state
    const button = this.querySelector('button')
    if (!button) return
    button.disabled = state === 'busy'
    const label = this.dataset[`label${state[0]!.toUpperCase()}${state.slice(1)}` as 'labelIdle']
    if (!label) return
    const live = button.querySelector('[data-label]')
    if (live) live.textContent = label
    else button.setAttribute('aria-label', label)
  }
}

customElements.define('mfp-copy', CopyButton)
