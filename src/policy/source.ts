// Offsets → line/column ranges, and finding the text span of a field path.
import type { SourcePosition, SourceRange } from './types.ts'
import type { Span, SpanIndex } from './tree.ts'

/** lineStarts lists the offset at which every line of `text` begins. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** positionAt converts an offset into a 1-based line and column. */
export function positionAt(starts: readonly number[], offset: number): SourcePosition {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1, offset }
}

/** rangeOf converts a span into a SourceRange. */
export function rangeOf(starts: readonly number[], span: Span): SourceRange {
  return { start: positionAt(starts, span[0]), end: positionAt(starts, Math.max(span[0], span[1])) }
}

/**
 * locate finds the text span for a fully indexed path, falling back to the nearest ancestor that exists in
 * the text (a missing `level` points at its rule). `preferKey` points at the key rather than the value.
 */
export function locate(index: SpanIndex, at: string, preferKey = false): Span | undefined {
  let path = at
  while (true) {
    const hit = index.get(path)
    if (hit) return preferKey && hit.keySpan ? hit.keySpan : hit.span
    if (path === '') return undefined
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))
    path = cut <= 0 ? '' : path.slice(0, cut)
  }
}
