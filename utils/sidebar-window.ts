/**
 * At most `cap` items of an ordered list, centred on the item at `currentPath` (the start of the list when
 * no item is current), in their original order.
 */
export function sidebarWindow<T extends { path: string }>(items: T[], currentPath: string, cap: number): T[] {
  if (items.length <= cap) return items
  const at = Math.max(0, items.findIndex(item => item.path === currentPath))
  const start = Math.min(Math.max(0, at - Math.floor(cap / 2)), items.length - cap)
  return items.slice(start, start + cap)
}
