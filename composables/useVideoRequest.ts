/** A request to play the page's paired video from a time, made by a "watch this part" link. */
export function useVideoRequest() {
  return useState<{ seconds: number, at: number } | null>('video-request', () => null)
}
