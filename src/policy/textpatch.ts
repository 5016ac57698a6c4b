// Keeps the user's policy text when the policy changes through a form: instead of writing the whole policy
// again (serialize.ts), the change is made to the text itself, so comments (header, above, inside and at the
// end of a rule, inline), key order, quoting and the lines of every untouched field stay byte for byte.
//
// The `yaml` library (eemeli/yaml) is used only to find where things are (node ranges in the source); what the
// text means is still decided by parse.ts (kube-apiserver's reading), and every patched rule is read back with
// it: a patch that would not read as the intended rule is replaced by that rule's canonical lines. Hand-written
// splicing rather than Document.toString(): toString re-indents and re-spaces the whole document, and only a
// splice changes nothing but the edited field's lines.
import {
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  visit,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml'
import { normalizeNote } from './notes.ts'
import { parsePolicy, type ParseResult } from './parse.ts'
import {
  GROUP_FIELD_TABLE,
  POLICY_FIELD_TABLE,
  POLICY_HEADER_LINES,
  RULE_FIELD_TABLE,
  type RuleFieldKind,
} from './ruleFields.ts'
import { serializePolicy, serializeRule, yamlQuote } from './serialize.ts'
import {
  LEVELS,
  type Diagnostic,
  type GroupResources,
  type Policy,
  type PolicyRule,
  type Target,
} from './types.ts'

/** What changed: the text as it reads now, the policies before and after, and which rule is which. */
export interface TextPatchInput {
  /** Text that reads as `before`. */
  text: string
  before: Policy
  after: Policy
  /** Identities of the rules, parallel to `before.rules` and `after.rules` (the same id is the same rule). */
  beforeIds: readonly string[]
  afterIds: readonly string[]
  target: Target
}

interface Edit {
  from: number
  to: number
  insert: string
}

type Kind = 'string' | 'bool' | 'list' | 'groups'
interface FieldSpec {
  key: string
  kind: Kind
}

/** How each kind of rule field is patched (ruleFields.ts). */
const PATCH_KIND: Record<RuleFieldKind, Kind> = {
  level: 'string',
  strings: 'list',
  stages: 'list',
  groups: 'groups',
  bool: 'bool',
}
const RULE_FIELDS: FieldSpec[] = RULE_FIELD_TABLE.map((f) => ({ key: f.name, kind: PATCH_KIND[f.kind] }))
const GROUP_FIELDS: FieldSpec[] = GROUP_FIELD_TABLE.map((f) => ({
  key: f.name,
  kind: f.kind === 'group' ? 'string' : 'list',
}))
/** The Policy's own fields a patch may touch, in the table's order (metadata is never kept, rules are patched apart). */
const POLICY_FIELDS: FieldSpec[] = POLICY_FIELD_TABLE.flatMap((f): FieldSpec[] =>
  f.kind === 'header'
    ? [{ key: f.name, kind: 'string' }]
    : f.kind === 'stages'
      ? [{ key: f.name, kind: 'list' }]
      : f.kind === 'flag'
        ? [{ key: f.name, kind: 'bool' }]
        : [],
)

const MAX_FLOW_LINE = 100

/** Patching is not possible here (the caller falls back to a coarser way). */
class CannotPatch extends Error {}
const fail = (why: string): never => {
  throw new CannotPatch(why)
}

const isEmpty = (v: unknown) => v === undefined || v === false || (Array.isArray(v) && v.length === 0)

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

// Text geometry.
const lineStart = (text: string, off: number) => text.lastIndexOf('\n', off - 1) + 1
function lineEndIncl(text: string, off: number): number {
  const nl = text.indexOf('\n', off)
  return nl < 0 ? text.length : nl + 1
}
const column = (text: string, off: number) => off - lineStart(text, off)
/** The offset just after the last non-space character before `off`. */
function contentEndBefore(text: string, off: number): number {
  let k = off
  while (k > 0 && /\s/.test(text[k - 1]!)) k--
  return k
}
/** The offset of the `-` of the block-sequence item whose content starts at `itemStart`. */
function dashOf(text: string, itemStart: number): number {
  let k = itemStart - 1
  while (k >= 0 && /\s/.test(text[k]!)) k--
  if (text[k] !== '-') fail('no dash before the item')
  if (text.slice(lineStart(text, k), k).trim() !== '') fail('the dash is not first on its line')
  return k
}
const lineText = (text: string, start: number) => {
  const end = lineEndIncl(text, start)
  return text.slice(start, end).replace(/\r?\n$/, '')
}

/** A string as a YAML scalar in the given style, when that style can carry it exactly. */
type Style = 'plain' | 'single' | 'double'
const YAML11_SPECIAL = /^(?:y|n|yes|no|on|off|true|false|null|~|[-+.0-9].*)$/i
function scalarText(value: string, style: Style): string {
  if (style === 'plain' && /^[A-Za-z_/][A-Za-z0-9_./:@-]*$/.test(value) && !YAML11_SPECIAL.test(value))
    return value
  // eslint-disable-next-line no-control-regex
  if (style === 'single' && !/[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]/.test(value))
    return `'${value.replace(/'/g, "''")}'`
  return yamlQuote(value)
}
function styleOf(node: unknown): Style {
  if (!isScalar(node)) return 'double'
  if (node.type === 'PLAIN') return 'plain'
  if (node.type === 'QUOTE_SINGLE') return 'single'
  return 'double'
}
/** The style a list's items are written in: the one they all share, or double quotes. */
function listStyle(items: readonly unknown[]): Style {
  const styles = new Set(items.map(styleOf))
  return styles.size === 1 ? [...styles][0]! : 'double'
}
const levelText = (v: string, style: Style) =>
  (LEVELS as readonly string[]).includes(v) && style !== 'single' && style !== 'double'
    ? v
    : scalarText(v, style === 'plain' ? 'double' : style)

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) && pair.key.value !== null ? String(pair.key.value) : undefined
}
/** The pair the reader takes for `key` (the last one; DKP's reader also takes other spellings of the case). */
function findPair(map: YAMLMap, key: string, target: Target): Pair | undefined {
  const pairs = map.items as Pair[]
  for (let i = pairs.length - 1; i >= 0; i--) if (keyOf(pairs[i]!) === key) return pairs[i]
  if (target === 'deckhouse')
    for (let i = pairs.length - 1; i >= 0; i--)
      if (keyOf(pairs[i]!)?.toLowerCase() === key.toLowerCase()) return pairs[i]
  return undefined
}
const rangeOf = (node: unknown): [number, number, number] => {
  const r = (node as Node | null)?.range
  if (!r) return fail('a node without a range')
  return r
}
/** Where the pair's own text ends (its value, without the comments and blank lines after it). */
function pairEnd(pair: Pair): number {
  const v = pair.value as Node | null
  return v?.range ? contentEnd(v) : rangeOf(pair.key)[1]
}
/** Where a node's own text ends: a mapping's range also covers the comments after it, this does not. */
function contentEnd(node: unknown): number {
  if (isMap(node) && node.items.length > 0) return Math.max(...(node.items as Pair[]).map(pairEnd))
  return rangeOf(node)[1]
}

// Writing new values.
function flowList(values: readonly string[], style: Style, reuse: Map<string, string>): string {
  return `[${values.map((v) => reuse.get(v) ?? scalarText(v, style)).join(', ')}]`
}
/** The text after `key:` for a new list: a flow list, or block lines when the flow one would be too long. */
function listValue(values: readonly string[], keyIndent: number, key: string, eol: string): string {
  const flow = ` ${flowList(values, 'double', new Map())}`
  if (keyIndent + key.length + 1 + flow.length <= MAX_FLOW_LINE) return flow
  const pad = ' '.repeat(keyIndent + 2)
  return values.map((v) => `${eol}${pad}- ${yamlQuote(v)}`).join('')
}
function groupLines(gr: GroupResources, dashIndent: number, eol: string): string {
  const pad = ' '.repeat(dashIndent)
  let out = `${pad}- group: ${yamlQuote(gr.group)}${eol}`
  for (const key of ['resources', 'resourceNames'] as const) {
    const values = gr[key]
    if (values && values.length > 0)
      out += `${pad}  ${key}:${listValue(values, dashIndent + 2, key, eol)}${eol}`
  }
  return out
}
function newValueText(spec: FieldSpec, value: unknown, keyIndent: number, eol: string): string {
  switch (spec.kind) {
    case 'string':
      return ` ${spec.key === 'level' ? levelText(value as string, 'plain') : yamlQuote(value as string)}`
    case 'bool':
      return ` ${String(value)}`
    case 'list':
      return listValue(value as string[], keyIndent, spec.key, eol)
    case 'groups':
      return (
        eol +
        (value as GroupResources[])
          .map((g) => groupLines(g, keyIndent + 2, eol))
          .join('')
          .replace(new RegExp(`${eol}$`), '')
      )
  }
}

/** Longest common subsequence of two lists by `eq`: pairs of indexes, in order. */
function lcs<A, B>(a: readonly A[], b: readonly B[], eq: (x: A, y: B) => boolean): Array<[number, number]> {
  const n = a.length
  const m = b.length
  const t: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      t[i]![j] = eq(a[i]!, b[j]!) ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!)
  const out: Array<[number, number]> = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (eq(a[i]!, b[j]!)) {
      out.push([i, j])
      i++
      j++
    } else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++
    else j++
  }
  return out
}

/** Edits to a block sequence of items (scalars or maps): kept items keep their lines. */
function patchBlockSeq<T>(
  ctx: Ctx,
  seq: YAMLSeq,
  before: readonly T[],
  after: readonly T[],
  write: (value: T, dashIndent: number) => string,
  patchInPlace?: (node: unknown, before: T, after: T) => Edit[],
): Edit[] {
  const { text } = ctx
  const items = seq.items as unknown[]
  if (items.length !== before.length || items.length === 0) fail('the list does not match')
  const dashes = items.map((it) => dashOf(text, rangeOf(it)[0]))
  const dashIndent = column(text, dashes[0]!)
  const edits: Edit[] = []
  const lineOfItem = (i: number) => lineStart(text, dashes[i]!)
  const endOfItem = (i: number) => lineEndIncl(text, contentEndBefore(text, contentEnd(items[i])))
  if (patchInPlace && before.length === after.length) {
    for (let i = 0; i < before.length; i++)
      if (!same(before[i], after[i])) edits.push(...patchInPlace(items[i], before[i]!, after[i]!))
    return edits
  }
  const kept = lcs(before, after, same)
  const keptOld = new Set(kept.map(([i]) => i))
  for (let i = 0; i < before.length; i++)
    if (!keptOld.has(i)) edits.push({ from: lineOfItem(i), to: endOfItem(i), insert: '' })
  // New items go after the kept item before them (or before the first old item).
  let k = 0
  let pending = ''
  const flush = (at: number) => {
    if (pending) edits.push({ from: at, to: at, insert: pending })
    pending = ''
  }
  for (let j = 0; j < after.length; j++) {
    if (k < kept.length && kept[k]![1] === j) {
      flush(lineOfItem(kept[k]![0]))
      k++
    } else pending += write(after[j]!, dashIndent)
  }
  if (pending) {
    const lastEnd = endOfItem(before.length - 1)
    const needsNl = lastEnd === text.length && !text.endsWith('\n')
    edits.push({ from: lastEnd, to: lastEnd, insert: (needsNl ? ctx.eol : '') + pending })
  }
  return edits
}

interface Ctx {
  text: string
  eol: string
  target: Target
}

/** Edits that change the value of an existing pair from `before` to `after` (both non-empty). */
function replaceValue(ctx: Ctx, pair: Pair, spec: FieldSpec, before: unknown, after: unknown): Edit[] {
  const { text, eol } = ctx
  const v = pair.value as Node | null
  const keyStart = rangeOf(pair.key)[0]
  const keyIndent = column(text, keyStart)
  // An empty value (`users:`): the new value goes right after the colon.
  if (v === null || (isScalar(v) && (v.value === null || v.value === undefined))) {
    const [s, e] = v?.range ?? [pairEnd(pair), pairEnd(pair)]
    if (s !== e) return [{ from: s, to: e, insert: newValueText(spec, after, keyIndent, eol).trimStart() }]
    const colon = text.indexOf(':', rangeOf(pair.key)[1])
    if (colon < 0) return fail('no colon')
    return [{ from: colon + 1, to: colon + 1, insert: newValueText(spec, after, keyIndent, eol) }]
  }
  const [s, e] = rangeOf(v)
  switch (spec.kind) {
    case 'string': {
      if (!isScalar(v) || (v.type !== 'PLAIN' && v.type !== 'QUOTE_SINGLE' && v.type !== 'QUOTE_DOUBLE'))
        return fail('not a one-line scalar')
      const style = styleOf(v)
      const out =
        spec.key === 'level' ? levelText(after as string, style) : scalarText(after as string, style)
      return [{ from: s, to: e, insert: out }]
    }
    case 'bool':
      if (!isScalar(v)) return fail('not a scalar')
      return [{ from: s, to: e, insert: String(after) }]
    case 'list': {
      const b = before as string[]
      const a = after as string[]
      if (isSeq(v) && v.flow) {
        const items = v.items as unknown[]
        const reuse = new Map<string, string>()
        items.forEach((it, i) => {
          const r = (it as Node).range
          if (r && b[i] !== undefined) reuse.set(b[i], text.slice(r[0], r[1]))
        })
        return [{ from: s, to: e, insert: flowList(a, listStyle(items), reuse) }]
      }
      if (isSeq(v)) {
        const style = listStyle(v.items as unknown[])
        return patchBlockSeq(
          ctx,
          v,
          b,
          a,
          (value, dashIndent) => `${' '.repeat(dashIndent)}- ${scalarText(value, style)}${eol}`,
        )
      }
      // A single string where a list belongs (the reader takes it as one item).
      return [{ from: s, to: e, insert: flowList(a, 'double', new Map()) }]
    }
    case 'groups': {
      if (!isSeq(v) || v.flow) return fail('resources not in block style')
      return patchBlockSeq(
        ctx,
        v,
        before as GroupResources[],
        after as GroupResources[],
        (g, dashIndent) => groupLines(g, dashIndent, eol),
        (node, gb, ga) => {
          if (!isMap(node) || node.flow) return fail('a group not in block style')
          return patchMap(ctx, node, gb as never, ga as never, GROUP_FIELDS)
        },
      )
    }
  }
}

/** Edits that turn block mapping `map` (which reads as `before`) into one that reads as `after`, field by field. */
function patchMap(
  ctx: Ctx,
  map: YAMLMap,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly FieldSpec[],
): Edit[] {
  if (map.flow) return fail('a flow mapping')
  const { text, eol } = ctx
  const pairs = map.items as Pair[]
  if (pairs.length === 0) return fail('an empty mapping')
  const keyIndent = column(text, rangeOf(pairs[0]!.key)[0])
  const edits: Edit[] = []
  for (let f = 0; f < fields.length; f++) {
    const spec = fields[f]!
    const b = before[spec.key]
    const a = after[spec.key]
    if (same(b, a) || (isEmpty(b) && isEmpty(a) && spec.kind !== 'bool') || b === a) continue
    const pair = findPair(map, spec.key, ctx.target)
    if (pair && (a === undefined || (Array.isArray(a) && a.length === 0))) {
      // Remove the field's lines (comments above it stay).
      const keyStart = rangeOf(pair.key)[0]
      if (pair === pairs[0]) fail('removing the first key of an item')
      const from = lineStart(text, keyStart)
      if (text.slice(from, keyStart).trim() !== '') fail('the key is not first on its line')
      edits.push({ from, to: lineEndIncl(text, contentEndBefore(text, pairEnd(pair))), insert: '' })
    } else if (pair) {
      edits.push(...replaceValue(ctx, pair, spec, b, a))
    } else if (a !== undefined) {
      // A new field: after the nearest field before it in the canonical order, or after the last one.
      let after_: Pair | undefined
      for (let g = f - 1; g >= 0 && !after_; g--) after_ = findPair(map, fields[g]!.key, ctx.target)
      after_ ??= pairs[pairs.length - 1]
      const at = lineEndIncl(text, contentEndBefore(text, pairEnd(after_!)))
      const needsNl = at === text.length && !text.endsWith('\n')
      const line = `${' '.repeat(keyIndent)}${spec.key}:${newValueText(spec, a, keyIndent, eol)}${eol}`
      edits.push({ from: at, to: at, insert: (needsNl ? eol : '') + line })
    }
  }
  return edits
}

function applyEdits(text: string, edits: readonly Edit[], base = 0): string {
  const sorted = edits.slice().sort((x, y) => x.from - y.from || x.to - y.to)
  let out = ''
  let pos = base
  for (const e of sorted) {
    if (e.from < pos) fail('overlapping edits')
    out += text.slice(pos - base, e.from - base) + e.insert
    pos = e.to
  }
  return out + text.slice(pos - base)
}

/** The note block above a rule: comment lines directly above its dash line, `#` no further right than the dash. */
function noteStartOf(text: string, itemLine: number, dashCol: number, floor: number): number {
  let start = itemLine
  while (start > floor) {
    const prev = lineStart(text, start - 1)
    const m = /^(\s*)#/.exec(lineText(text, prev))
    if (!m || m[1]!.length > dashCol) break
    start = prev
  }
  return start
}

const noteLines = (note: string | undefined, dashCol: number, eol: string) => {
  const n = note ? normalizeNote(note) : ''
  if (!n) return ''
  const pad = ' '.repeat(dashCol)
  return n
    .split('\n')
    .map((l) => (l === '' ? `${pad}#` : `${pad}# ${l}`) + eol)
    .join('')
}

const HEADER = [...POLICY_HEADER_LINES, 'rules:', ''].join('\n')
const ruleKey = (r: PolicyRule) => serializeRule(r)

/** readsAsRule tells whether an item's text (note included) reads as `rule`, as the target reads it. */
function readsAsRule(itemText: string, rule: PolicyRule, target: Target): boolean {
  const got = parsePolicy(HEADER + itemText, { target }).policy?.rules
  return got?.length === 1 && ruleKey(got[0]!) === ruleKey(rule)
}

/**
 * patchPolicyText returns `text` changed so that it reads as `after`: untouched rules and fields keep their
 * exact text (comments, order, quoting), moved rules move with their comments, new rules and fields are
 * written canonically (DESIGN §2). Null when the text cannot be patched (not a block-style YAML policy, or
 * it does not read as `before`); the caller then writes the policy canonically.
 */
export function patchPolicyText(input: TextPatchInput): string | null {
  return patchWithLayout(input)?.text ?? null
}

/** patchWithLayout: patchPolicyText, with where the rules sit in the result (see TextLayout). */
function patchWithLayout(input: TextPatchInput, wholeText = false): Patched | null {
  try {
    const known = wholeText ? null : layoutOf(input.text, input.target)
    if (known && policyFieldsSame(input.before, input.after)) {
      try {
        return patchRules(input, known, null)
      } catch (e) {
        // Anything the quick way cannot do, the whole reading does (the same result it always gave).
        if (!(e instanceof CannotPatch)) throw e
      }
    }
    return patch(input)
  } catch (e) {
    if (e instanceof CannotPatch) return null
    throw e
  }
}

/** One rule's place in the text: the blank lines and comments above it, its note, its lines. */
interface Item {
  gap: [number, number]
  note: [number, number]
  body: [number, number]
  dashCol: number
}

/**
 * TextLayout: where the rules sit in a text. A 2,000-rule text takes the `yaml` library most of a second to
 * read, so the layout of each patched text is worked out from the previous one (the rules that did not change
 * only move), and the next form edit reads only the rules it changes, each alone (measured on 2,000 rules:
 * from 0.4–0.7 s per edit to a few ms). A layout is kept only for texts where reading a rule alone is reading
 * it in place (no aliases, no directives, one document, one `rules` key, every rule at the same indentation).
 */
export interface TextLayout {
  regionStart: number
  regionEnd: number
  items: Item[]
}

interface Patched {
  text: string
  /** Where the rules sit in `text`, when it is worked out (null: the next edit reads the whole text). */
  layout: TextLayout | null
  /** Made from a known layout: only the changed rules were read, and each was read back. */
  quick: boolean
}

/** LAYOUTS_KEPT: layouts remembered (undo and redo bring back texts patched before). */
const LAYOUTS_KEPT = 16
const layouts = new Map<string, { target: Target; layout: TextLayout }>()

function layoutOf(text: string, target: Target): TextLayout | null {
  const known = layouts.get(text)
  if (!known || known.target !== target) return null
  layouts.delete(text)
  layouts.set(text, known)
  return known.layout
}

/** rememberLayout keeps the layout of `text` (from textLayout, e.g. worked out off the page) for its next edit. */
export function rememberLayout(text: string, target: Target, layout: TextLayout): void {
  layouts.delete(text)
  layouts.set(text, { target, layout })
  while (layouts.size > LAYOUTS_KEPT) layouts.delete(layouts.keys().next().value!)
}

/** knownLayout: the remembered layout of `text`, if any (the next edit of it reads only the rules it changes). */
export function knownLayout(text: string, target: Target): TextLayout | null {
  const known = layouts.get(text)
  return known?.target === target ? known.layout : null
}

/**
 * textLayout works out where the rules sit in `text` by reading all of it (most of a second for 2,000 rules:
 * the page asks its reader worker), or null when the text is not one whose rules can be read one by one.
 */
export function textLayout(text: string, target: Target): TextLayout | null {
  try {
    const read = readWhole(text, target)
    if (!read.eligible || !read.rules || !readsCleanly(readText(text, target))) return null
    return read.rules.layout
  } catch (e) {
    if (e instanceof CannotPatch) return null
    throw e
  }
}

function policyFieldsSame(before: Policy, after: Policy): boolean {
  const b = before as unknown as Record<string, unknown>
  const a = after as unknown as Record<string, unknown>
  return POLICY_FIELDS.every(
    (spec) =>
      same(b[spec.key], a[spec.key]) ||
      (isEmpty(b[spec.key]) && isEmpty(a[spec.key]) && spec.kind !== 'bool') ||
      b[spec.key] === a[spec.key],
  )
}

interface WholeRead {
  root: YAMLMap
  rulesPair: Pair | undefined
  rulesNode: Node | null
  /** The rules' nodes and layout, when `rules` is a non-empty block sequence of mappings. */
  rules: { nodes: unknown[]; layout: TextLayout } | null
  /** Whether a rule read alone reads as it does in place (see TextLayout). */
  eligible: boolean
}

/** readWhole reads the whole text with the `yaml` library and finds the rules' places. */
function readWhole(text: string, target: Target): WholeRead {
  const docs = parseAllDocuments(text)
  const doc = docs[0]
  if (!doc || !('contents' in doc) || doc.errors.length > 0) return fail('does not parse')
  const root = doc.contents
  if (!isMap(root) || root.flow) return fail('not a block mapping')
  const rulesPair = findPair(root, 'rules', target)
  const rulesNode = (rulesPair?.value ?? null) as Node | null
  if (!rulesPair || !isSeq(rulesNode) || rulesNode.flow || rulesNode.items.length === 0)
    return { root, rulesPair, rulesNode, rules: null, eligible: false }
  const items = rulesNode.items as unknown[]
  const regionStart = lineEndIncl(text, rangeOf(rulesPair.key)[1])
  const parts: Item[] = []
  let prevEnd = regionStart
  for (const node of items) {
    if (!isMap(node)) fail('a rule that is not a mapping')
    const r = rangeOf(node)
    const dash = dashOf(text, r[0])
    const dashCol = column(text, dash)
    const itemLine = lineStart(text, dash)
    let end = lineEndIncl(text, contentEndBefore(text, contentEnd(node)))
    // Comments indented deeper than the dash right after the rule belong to it ("at the end of a rule").
    let probe = end
    while (probe < text.length) {
      const line = lineText(text, probe)
      if (line.trim() === '') probe = lineEndIncl(text, probe)
      else if (/^\s*#/.test(line) && line.search(/\S/) > dashCol) end = probe = lineEndIncl(text, probe)
      else break
    }
    const noteStart = noteStartOf(text, itemLine, dashCol, prevEnd)
    parts.push({ gap: [prevEnd, noteStart], note: [noteStart, itemLine], body: [itemLine, end], dashCol })
    prevEnd = end
  }
  let aliases = false
  visit(doc, {
    Alias() {
      aliases = true
      return visit.BREAK
    },
  })
  const rulesKeys = (root.items as Pair[]).filter((p) => keyOf(p)?.toLowerCase() === 'rules').length
  const eligible =
    !aliases &&
    docs.length === 1 &&
    rulesKeys === 1 &&
    !/^%/m.test(text) &&
    parts.every((p) => p.dashCol === parts[0]!.dashCol)
  return {
    root,
    rulesPair,
    rulesNode,
    rules: { nodes: items, layout: { regionStart, regionEnd: prevEnd, items: parts } },
    eligible,
  }
}

/** A rule's mapping read from its own lines alone (see TextLayout): positions count from the rule's dash line. */
function ruleAlone(text: string, p: Item, eol: string, target: Target): { ctx: Ctx; node: YAMLMap } {
  const slice = text.slice(p.body[0], p.body[1])
  const docs = parseAllDocuments(slice)
  const doc = docs[0]
  if (docs.length !== 1 || !doc || !('contents' in doc) || doc.errors.length > 0)
    return fail('the rule alone')
  const seq = doc.contents
  if (!isSeq(seq) || seq.flow || seq.items.length !== 1 || !isMap(seq.items[0])) return fail('the rule alone')
  return { ctx: { text: slice, eol, target }, node: seq.items[0] }
}

/** The end of the note lines at the start of an item's text (comment lines no further right than the dash). */
function noteLength(item: string, dashCol: number): number {
  let k = 0
  while (k < item.length) {
    const m = /^(\s*)#/.exec(lineText(item, k))
    if (!m || m[1]!.length > dashCol) break
    k = lineEndIncl(item, k)
  }
  return k
}

function patch({ text, before, after, beforeIds, afterIds, target }: TextPatchInput): Patched {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const ctx: Ctx = { text, eol, target }
  const whole = readWhole(text, target)
  const { root, rulesPair, rulesNode } = whole
  // Policy-level fields (never apiVersion and kind: they are not part of the Policy value).
  const topEdits = patchMap(
    ctx,
    root,
    before as unknown as Record<string, unknown>,
    after as unknown as Record<string, unknown>,
    POLICY_FIELDS,
  )
  const n = before.rules.length
  if (beforeIds.length !== n || afterIds.length !== after.rules.length) fail('ids do not match')

  // No rules before: the new ones replace `rules: []` (or an empty `rules:`), or a `rules:` key is added.
  if (n === 0) {
    const done = (t: string): Patched => ({ text: t, layout: null, quick: false })
    if (after.rules.length === 0) return done(applyEdits(text, topEdits))
    const body = after.rules.map((r) => serializeRule(r, '  ') + eol).join('')
    if (!rulesPair) {
      const at = text.length
      const nl = text.endsWith('\n') || text === '' ? '' : eol
      return done(applyEdits(text, [...topEdits, { from: at, to: at, insert: `${nl}rules:${eol}${body}` }]))
    }
    if (rulesNode && !(isSeq(rulesNode) && rulesNode.items.length === 0) && !isScalar(rulesNode))
      fail('rules is not empty')
    const keyEnd = rangeOf(rulesPair.key)[1]
    const colon = text.indexOf(':', keyEnd)
    const valueEnd = rulesNode?.range ? rulesNode.range[1] : colon + 1
    const lineEnd = lineEndIncl(text, valueEnd)
    if (column(text, rangeOf(rulesPair.key)[0]) !== 0) fail('rules not at the top level')
    const rest = text.slice(valueEnd, lineEnd).trimEnd()
    return done(
      applyEdits(text, [...topEdits, { from: colon + 1, to: lineEnd, insert: `${rest}${eol}${body}` }]),
    )
  }

  if (!whole.rules || whole.rules.nodes.length !== n) return fail('rules not in block style')
  const out = patchRules({ text, before, after, beforeIds, afterIds, target }, whole.rules.layout, {
    nodes: whole.rules.nodes,
    topEdits,
    rulesKeyEnd: rangeOf(rulesPair!.key)[1],
  })
  return whole.eligible ? out : { ...out, layout: null }
}

/**
 * patchRules patches the rules region. With `whole` (the whole text read), policy-level edits go in too; without
 * it (a known layout: the quick way), only the changed rules are read, each alone, and read back, and any doubt
 * throws CannotPatch (the caller then reads the whole text).
 */
function patchRules(
  { text, before, after, beforeIds, afterIds, target }: TextPatchInput,
  layout: TextLayout,
  whole: { nodes: unknown[]; topEdits: Edit[]; rulesKeyEnd: number } | null,
): Patched {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const ctx: Ctx = { text, eol, target }
  const n = before.rules.length
  const parts = layout.items
  if (parts.length !== n || beforeIds.length !== n || afterIds.length !== after.rules.length)
    fail('ids do not match')
  if (!whole && after.rules.length === 0) fail('no rules left')
  const { regionStart, regionEnd } = layout
  const dashCol = parts[0]!.dashCol

  const byId = new Map<string, number>()
  beforeIds.forEach((id, i) => byId.set(id, i))
  const ruleText = new Map<number, string>()
  const itemText = (i: number): string => {
    const cached = ruleText.get(i)
    if (cached !== undefined) return cached
    const p = parts[i]!
    return text.slice(p.note[0], p.body[1])
  }
  for (let j = 0; j < after.rules.length; j++) {
    const i = byId.get(afterIds[j]!)
    if (i === undefined) continue
    const b = before.rules[i]!
    const a = after.rules[j]!
    if (b === a || ruleKey(b) === ruleKey(a)) continue
    const p = parts[i]!
    let out: string | null = null
    try {
      let edits: Edit[]
      if (whole) edits = patchMap(ctx, whole.nodes[i] as YAMLMap, b as never, a as never, RULE_FIELDS)
      else {
        const alone = ruleAlone(text, p, eol, target)
        edits = patchMap(alone.ctx, alone.node, b as never, a as never, RULE_FIELDS).map((e) => ({
          ...e,
          from: e.from + p.body[0],
          to: e.to + p.body[0],
        }))
      }
      if ((b.note ?? '') !== (a.note ?? ''))
        edits.push({ from: p.note[0], to: p.note[1], insert: noteLines(a.note, p.dashCol, eol) })
      const base = p.note[0]
      const patched = applyEdits(text.slice(base, p.body[1]), edits, base)
      if (readsAsRule(patched, a, target)) out = patched
    } catch (e) {
      if (!(e instanceof CannotPatch) || !whole) throw e
    }
    if (out === null && !whole) fail('the rule does not read back')
    // The rule as written could not be patched: its canonical lines, at its indentation.
    ruleText.set(i, out ?? serializeRule(a, ' '.repeat(p.dashCol)).replace(/\n/g, eol) + eol)
  }

  // The rules region, in the new order: each old rule with the blank lines and comments above it. Where each
  // lands is the next text's layout (offsets from the region's start until the head is known).
  const kept = new Set<number>()
  let region = ''
  const placed: Item[] = []
  let layoutOk = true
  /** place adds an item; `noteLen` undefined: its note is read from its own lines (a patched or new rule). */
  const place = (gap: string, item: string, col: number, noteLen?: number) => {
    const start = region.length
    region += gap + item
    const noteStart = start + gap.length
    const itemLine = noteStart + (noteLen ?? noteLength(item, col))
    placed.push({
      gap: [start, noteStart],
      note: [noteStart, itemLine],
      body: [itemLine, region.length],
      dashCol: col,
    })
  }
  for (let j = 0; j < after.rules.length; j++) {
    const i = byId.get(afterIds[j]!)
    if (i === undefined || kept.has(i)) {
      const canonical = serializeRule(after.rules[j]!, ' '.repeat(dashCol)).replace(/\n/g, eol) + eol
      if (!whole && !readsAsRule(canonical, after.rules[j]!, target)) fail('a new rule does not read back')
      place('', canonical, dashCol)
      continue
    }
    kept.add(i)
    const p = parts[i]!
    let t = itemText(i)
    if (!t.endsWith('\n')) t += eol
    const gap = text.slice(p.gap[0], p.gap[1])
    place(gap, t, p.dashCol, ruleText.has(i) ? undefined : p.note[1] - p.note[0])
  }
  // Removed rules take their notes with them; other comments above them stay.
  for (let i = 0; i < n; i++) {
    if (kept.has(i)) continue
    const gap = text.slice(parts[i]!.gap[0], parts[i]!.gap[1])
    if (gap.trim() !== '') {
      if (!whole) fail('comments of a removed rule')
      region += gap
      layoutOk = false
    }
  }
  const topEdits = whole?.topEdits ?? []
  if (after.rules.length === 0) {
    // `rules: []`, keeping what follows the key on its line (an inline comment).
    const keyEnd = whole!.rulesKeyEnd
    const colon = text.indexOf(':', keyEnd)
    const lineEnd = regionStart
    const rest = text.slice(colon + 1, lineEnd).replace(/\r?\n$/, '')
    topEdits.push({
      from: colon + 1,
      to: lineEnd,
      insert: ` []${rest.trim() ? ' ' + rest.trim() : ''}${eol}`,
    })
    layoutOk = false
  }
  const head = applyEdits(
    text.slice(0, regionStart),
    topEdits.filter((e) => e.to <= regionStart),
  )
  const tail = applyEdits(
    text.slice(regionEnd),
    topEdits.filter((e) => e.from >= regionEnd),
    regionEnd,
  )
  if (topEdits.some((e) => e.to > regionStart && e.from < regionEnd)) fail('a policy field inside the rules')
  if (!region.endsWith('\n') && tail !== '') {
    region += eol
    layoutOk = false
  }
  // A note read from a rule's own lines must end at its dash line, where a whole reading finds it.
  for (const p of placed)
    if (!/^\s*-(\s|$)/.test(lineText(region, p.body[0]))) {
      if (!whole) fail('a note that does not end at the dash')
      layoutOk = false
    }
  const shift = head.length
  const at = (r: [number, number]): [number, number] => [r[0] + shift, r[1] + shift]
  const next: TextLayout | null = layoutOk
    ? {
        regionStart: shift,
        regionEnd: shift + region.length,
        items: placed.map((p) => ({
          gap: at(p.gap),
          note: at(p.note),
          body: at(p.body),
          dashCol: p.dashCol,
        })),
      }
    : null
  return { text: head + region + tail, layout: next, quick: whole === null }
}

/**
 * keptPolicyText is `text` patched to read as `after` (see patchPolicyText), checked by reading it back; null
 * when the result would not read as `after` (the caller then writes the policy canonically). Patched the quick
 * way (see TextLayout), each changed rule was read back alone and the rest of the text is as it was.
 * `wholeText` reads the whole text whatever is known (the reference the quick way is tested against).
 */
export function keptPolicyText(input: TextPatchInput, options: { wholeText?: boolean } = {}): string | null {
  const out = patchWithLayout(input, options.wholeText === true)
  if (out === null) return null
  let clean = true
  if (!out.quick) {
    const read = readText(out.text, input.target)
    if (!read.policy || serializePolicy(read.policy) !== serializePolicy(input.after)) return null
    clean = readsCleanly(read)
  }
  if (out.layout && clean && !options.wholeText) rememberLayout(out.text, input.target, out.layout)
  return out.text
}

/**
 * readsCleanly: the text reads as a policy with nothing the reader could not take in (no Decode finding), so
 * each of its rules reads as the policy's rule (the quick way patches from that; see TextLayout).
 */
function readsCleanly(read: ParseResult): boolean {
  return read.policy !== null && !read.diagnostics.some((d) => d.kind === 'Decode')
}

// The last text read here: a patched text is read to check it, and then again for its findings.
let lastRead: { text: string; target: Target; result: ParseResult } | null = null
function readText(text: string, target: Target): ParseResult {
  if (lastRead?.text === text && lastRead.target === target) return lastRead.result
  const result = parsePolicy(text, { target })
  lastRead = { text, target, result }
  return result
}

/**
 * decodeFindings: what the reader says about the text itself that a policy value cannot carry (unknown fields,
 * values of the wrong type, duplicate keys): they stay in the text, and so does their finding, until the user
 * removes them.
 */
export function decodeFindings(text: string, target: Target): Diagnostic[] {
  return readText(text, target).diagnostics.filter((d) => d.kind === 'Decode')
}

export { blockStyleText, textStyle, type TextStyle } from './restyle.ts'

/** readPolicy: the text as the target reads it (the last reading is reused). */
export function readPolicy(text: string, target: Target): ParseResult {
  return readText(text, target)
}
