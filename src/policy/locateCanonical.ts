// Placing top-level fields in the canonical policy text (serializePolicy's) without parsing it: the first
// screen's one finding (an empty policy's `rules`) gets its marker without starting the reader worker and its
// YAML parser. Anything else returns null and goes to locatePaths (locate.ts), whose ranges these equal.
import { lineStarts, positionAt } from './source.ts'
import type { SourceRange } from './types.ts'

/**
 * locateTopLevel places `paths` in `text`, the canonical text of a policy, when every path is a top-level key
 * written with its whole value on its own line (`rules: []`, `omitManagedFields: true`, a flow list); the
 * range is the value's, as locatePaths gives it. Returns null when any path is not such a key.
 */
export function locateTopLevel(text: string, paths: readonly string[]): Record<string, SourceRange> | null {
  const out: Record<string, SourceRange> = {}
  let starts: number[] | undefined
  for (const at of paths) {
    if (!/^[A-Za-z]+$/.test(at)) return null
    const key = `${at}: `
    const begin = text.startsWith(key) ? 0 : text.indexOf(`\n${key}`) + 1
    if (begin === 0 && !text.startsWith(key)) return null
    const from = begin + key.length
    const lineEnd = text.indexOf('\n', from)
    const to = lineEnd === -1 ? text.length : lineEnd
    // Only a value complete on this line: a scalar without a comment, or a flow list closed here.
    const value = text.slice(from, to)
    if (value === '' || value.includes('#') || (value.startsWith('[') && !value.endsWith(']'))) return null
    starts ??= lineStarts(text)
    out[at] = { start: positionAt(starts, from), end: positionAt(starts, to) }
  }
  return out
}
