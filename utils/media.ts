// What a reader can follow next to an article: a published video, a terminal walkthrough (playable today), or
// a planned video (a promise, not media). Pure: the badge (components/media/MediaBadge.vue), the page's info block
// and the explore "media" facet read the same rules.
export const MEDIA_KINDS = ['video', 'walkthrough'] as const
export type MediaKind = typeof MEDIA_KINDS[number]

export interface MediaFields {
  video?: { status: 'published' | 'planned', duration?: string } | null
  /** The terminal walkthrough's length, "m:ss"; only documents with a recording have one. */
  walkthrough?: { duration: string } | null
}

export interface MediaBadge {
  kind: MediaKind | 'planned'
  label: string
}

export const MEDIA_LABELS: Record<MediaKind, string> = { video: 'Video', walkthrough: 'Terminal walkthrough' }

/** The media a reader can play today, in page order (a published video first). Planned videos do not count. */
export function playableMedia(doc: MediaFields): MediaKind[] {
  return [
    ...(doc.video?.status === 'published' ? ['video' as const] : []),
    ...(doc.walkthrough ? ['walkthrough' as const] : []),
  ]
}

/** "Video · 9:30", "Terminal walkthrough · 3:10", "Video planned", in page order. */
export function mediaBadges(doc: MediaFields): MediaBadge[] {
  const duration = (text?: string) => (text ? ` · ${text}` : '')
  return [
    ...playableMedia(doc).map(kind => ({
      kind,
      label: `${MEDIA_LABELS[kind]}${duration(kind === 'video' ? doc.video?.duration : doc.walkthrough?.duration)}`,
    })),
    ...(doc.video?.status === 'planned' ? [{ kind: 'planned' as const, label: 'Video planned' }] : []),
  ]
}
