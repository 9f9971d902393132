/**
 * Copies text to the clipboard and says so for `duration` ms: the async Clipboard API, else (plain http, older
 * browsers, permission refused) a hidden textarea and execCommand('copy').
 * Written here rather than VueUse's useClipboard: code blocks are on every article, and importing VueUse
 * there would load every VueUse function the site's other chunks use.
 */
export function useCopyText(duration = 2000) {
  const copied = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined

  function legacyCopy(text: string): void {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none'
    document.body.appendChild(area)
    area.select()
    const ok = document.execCommand('copy')
    area.remove()
    if (!ok) throw new Error('copy failed')
  }

  async function copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text)
    }
    catch {
      // No Clipboard API (plain http), or permission refused: the older route.
      legacyCopy(text)
    }
    copied.value = true
    clearTimeout(timer)
    timer = setTimeout(() => (copied.value = false), duration)
  }

  onBeforeUnmount(() => clearTimeout(timer))
  return { copy, copied }
}
