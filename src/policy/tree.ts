// The value tree both readers (YAML and JSON) produce: what sigs.k8s.io/yaml hands to the JSON decoder, with
// the source position of every node kept so that diagnostics can point at the text.

/** Offsets into the source text, [start, end). */
export type Span = readonly [number, number]

export interface MapEntry {
  key: string
  keySpan: Span
  value: Node
}

export type Node =
  | { t: 'map'; entries: MapEntry[]; span: Span }
  | { t: 'seq'; items: Node[]; span: Span }
  | { t: 'str'; v: string; span: Span }
  | { t: 'num'; raw: string; v: number; span: Span; float?: true }
  | { t: 'bool'; v: boolean; span: Span }
  | { t: 'null'; span: Span }

/** jsonKind names a node the way Go's encoding/json does in "cannot unmarshal X into ...". */
export function jsonKind(n: Node): string {
  switch (n.t) {
    case 'map':
      return 'object'
    case 'seq':
      return 'array'
    case 'str':
      return 'string'
    case 'num':
      return 'number'
    case 'bool':
      return 'bool'
    case 'null':
      return 'null'
  }
}

/** compareGoStrings orders strings by code point, like Go's byte-wise comparison of UTF-8. */
export function compareGoStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!
    const y = b.codePointAt(i)!
    if (x !== y) return x < y ? -1 : 1
    if (x > 0xffff) i++
  }
  return a.length - b.length
}

/**
 * A located path: `rules[3].resources[0].group` → its node span. Built once per parse so that any diagnostic
 * path can be turned into a source range.
 */
export type SpanIndex = Map<string, { span: Span; keySpan?: Span }>

/** indexSpans records the span of every node (and of its key) under its fully indexed path. */
export function indexSpans(root: Node): SpanIndex {
  const index: SpanIndex = new Map()
  const stack: Array<{ node: Node; path: string; keySpan?: Span }> = [{ node: root, path: '' }]
  while (stack.length > 0) {
    const { node, path, keySpan } = stack.pop()!
    // With duplicate keys the last one wins, as in the decoded value.
    index.set(path, { span: node.span, keySpan })
    if (node.t === 'map') {
      // Pushed in reverse so they are visited in document order and a later duplicate overwrites.
      for (let i = node.entries.length - 1; i >= 0; i--) {
        const e = node.entries[i]!
        stack.push({ node: e.value, path: path === '' ? e.key : `${path}.${e.key}`, keySpan: e.keySpan })
      }
    } else if (node.t === 'seq') {
      node.items.forEach((item, i) => stack.push({ node: item, path: `${path}[${i}]` }))
    }
  }
  return index
}
