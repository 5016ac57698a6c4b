// Where a field path sits in a policy text: `rules[3].resources[0].group` → its line/column range. Used to put
// findings that carry only a path (lint's) on the text the user sees, and to reveal a path in an editor.
import { isJSON } from './parse.ts'
import { readJson } from './jsonread.ts'
import { lineStarts, locate, rangeOf } from './source.ts'
import { indexSpans, type SpanIndex } from './tree.ts'
import type { SourceRange } from './types.ts'
import { readYaml } from './yamlread.ts'

/** spanIndexOf reads `text` (YAML or JSON, as kube-apiserver picks) into its path → span index; empty if unreadable. */
function spanIndexOf(text: string): SpanIndex {
  try {
    const r = isJSON(text) ? readJson(text) : readYaml(text)
    return r.root && !r.error ? indexSpans(r.root) : new Map()
  } catch {
    return new Map()
  }
}

/**
 * locatePaths finds each path of `paths` in `text` (falling back to the nearest ancestor present, as the
 * parser's diagnostics do) and returns its range; a path that cannot be placed (unreadable text) is absent.
 * `preferKey` points at the key (`level:`) rather than its value.
 */
export function locatePaths(
  text: string,
  paths: readonly string[],
  options: { preferKey?: boolean } = {},
): Map<string, SourceRange> {
  const out = new Map<string, SourceRange>()
  if (paths.length === 0) return out
  const index = spanIndexOf(text)
  if (index.size === 0) return out
  const starts = lineStarts(text)
  for (const at of paths) {
    const span = locate(index, at, options.preferKey)
    if (span) out.set(at, rangeOf(starts, span))
  }
  return out
}

/** locatePath is locatePaths for one path: its range in `text`, or undefined. */
export function locatePath(
  text: string,
  at: string,
  options: { preferKey?: boolean } = {},
): SourceRange | undefined {
  return locatePaths(text, [at], options).get(at)
}
