// Updating an editor's text in place: one edit covering only what changed, so the model (and its undo
// stack, folding, scroll position and markers) survives, and big texts update cheaply.

/** TextChange: replace `[start, end)` of the old text with `text`. */
export interface TextChange {
  start: number
  end: number
  text: string
}

/** diffText finds the single replacement that turns `before` into `after` (common prefix and suffix kept), or null. */
export function diffText(before: string, after: string): TextChange | null {
  if (before === after) return null
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let endBefore = before.length
  let endAfter = after.length
  while (
    endBefore > start &&
    endAfter > start &&
    before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)
  ) {
    endBefore--
    endAfter--
  }
  return { start, end: endBefore, text: after.slice(start, endAfter) }
}
