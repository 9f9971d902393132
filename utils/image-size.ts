// Intrinsic size of a PNG, JPEG or SVG from its bytes, for width/height attributes (so the page
// does not shift when the image arrives). Header parsing only; returns undefined for anything else.
export interface ImageSize { width: number, height: number }

function svgSize(text: string): ImageSize | undefined {
  const tag = text.match(/<svg\b[^>]*>/i)?.[0]
  if (!tag) return undefined
  const attr = (name: string) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']\\s*([\\d.]+)(px)?\\s*["']`, 'i'))?.[1]
  const width = Number(attr('width'))
  const height = Number(attr('height'))
  if (width > 0 && height > 0) return { width, height }
  const box = tag.match(/\bviewBox\s*=\s*["']([^"']+)["']/i)?.[1]?.trim().split(/[\s,]+/).map(Number)
  return box && box.length === 4 && box[2]! > 0 && box[3]! > 0 ? { width: box[2]!, height: box[3]! } : undefined
}

export function imageSize(bytes: Uint8Array): ImageSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const ascii = (start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length))
  if (bytes.length >= 24 && ascii(1, 3) === 'PNG') return { width: view.getUint32(16), height: view.getUint32(20) }
  if (bytes.length >= 4 && bytes[0] === 0xFF && bytes[1] === 0xD8) {
    let offset = 2
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xFF) return undefined
      const marker = bytes[offset + 1]!
      const length = view.getUint16(offset + 2)
      // Start-of-frame markers (baseline, progressive, …), not DHT (C4), JPG (C8) or DAC (CC).
      if (marker >= 0xC0 && marker <= 0xCF && ![0xC4, 0xC8, 0xCC].includes(marker)) {
        return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) }
      }
      offset += 2 + length
    }
    return undefined
  }
  return svgSize(new TextDecoder().decode(bytes.subarray(0, 4096)))
}
