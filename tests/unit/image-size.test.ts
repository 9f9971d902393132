import { describe, expect, it } from 'vitest'
import { imageSize } from '../../utils/image-size'
import { fillImageSizes } from '../../modules/content-markup/minimark'

function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33)
  bytes.set([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  new DataView(bytes.buffer).setUint32(16, width)
  new DataView(bytes.buffer).setUint32(20, height)
  return bytes
}

function jpeg(width: number, height: number): Uint8Array {
  // SOI, an APP0 segment of 16 bytes, then a baseline SOF0 with the size.
  const bytes = new Uint8Array(2 + 18 + 19)
  bytes.set([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10])
  const sof = 20
  bytes.set([0xFF, 0xC0, 0x00, 0x11, 0x08], sof)
  new DataView(bytes.buffer).setUint16(sof + 5, height)
  new DataView(bytes.buffer).setUint16(sof + 7, width)
  return bytes
}

const text = (s: string) => new TextEncoder().encode(s)

describe('imageSize', () => {
  it('reads PNG and JPEG headers', () => {
    expect(imageSize(png(1300, 800))).toEqual({ width: 1300, height: 800 })
    expect(imageSize(jpeg(640, 480))).toEqual({ width: 640, height: 480 })
  })

  it('reads SVG width and height, else the viewBox', () => {
    expect(imageSize(text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="700px" height="350">'))).toEqual({ width: 700, height: 350 })
    expect(imageSize(text('<svg viewBox="0 0 640 320" xmlns="http://www.w3.org/2000/svg"><rect/></svg>'))).toEqual({ width: 640, height: 320 })
    expect(imageSize(text('<svg width="100%" viewBox="0,0,10,5">'))).toEqual({ width: 10, height: 5 })
  })

  it('gives up on anything else', () => {
    expect(imageSize(text('GIF89a....'))).toBeUndefined()
    expect(imageSize(text('<svg width="100%">'))).toBeUndefined()
    expect(imageSize(new Uint8Array([0xFF, 0xD8, 0x00]))).toBeUndefined()
    expect(imageSize(new Uint8Array())).toBeUndefined()
  })
})

describe('fillImageSizes', () => {
  const sizes: Record<string, { width: number, height: number }> = { '/a.png': { width: 1300, height: 800 }, '/b.svg': { width: 640, height: 320 } }
  const sizeOf = (src: string) => sizes[src]

  it('keeps an author\'s width and sets the height by the ratio, or sets both', () => {
    const body = { value: [['p', {}, ['img', { src: '/a.png', width: '650' }]], ['img', { src: '/b.svg' }]] as unknown[] }
    expect(fillImageSizes(body, sizeOf)).toEqual([])
    expect(((body.value[0] as unknown[])[2] as unknown[])[1]).toEqual({ src: '/a.png', width: '650', height: '400' })
    expect((body.value[1] as unknown[])[1]).toEqual({ src: '/b.svg', width: '640', height: '320' })
  })

  it('reports images it cannot size and leaves external or already sized ones', () => {
    const body = { value: [['img', { src: '/missing.png' }], ['img', { src: 'https://x.test/a.png' }], ['img', { src: '//x.test/a.png' }], ['img', { src: '/a.png', width: '10', height: '99' }]] as unknown[] }
    expect(fillImageSizes(body, sizeOf)).toEqual(['/missing.png'])
    expect((body.value[3] as unknown[])[1]).toEqual({ src: '/a.png', width: '10', height: '99' })
  })
})
