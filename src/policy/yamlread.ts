// Reads YAML the way kube-apiserver does: go-yaml v2 (YAML 1.1) through sigs.k8s.io/yaml's YAMLToJSON.
// Only the first document is read; plain scalars resolve by go-yaml's table (yes/no/on/off booleans, 0777
// octal, no base-60); duplicate keys keep the last value and are reported for the strict pass; keys end up in
// sorted order, as they do after a trip through a Go map.
import { Composer, Parser, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml'
import type { Document, Node as YamlNode, Pair, Scalar } from 'yaml'
import { goIntDecimal, NULLS, resolvePlain, TIMESTAMP, type GoScalar } from './goscalars.ts'
import { goFloat32String } from './decode.ts'
import { goQuote } from './gostrings.ts'
import { compareGoStrings, type MapEntry, type Node, type Span } from './tree.ts'
import { MAX_YAML_DEPTH, yamlDepth } from './yamlDepth.ts'

/** A fatal reading error, worded like go-yaml's. */
export interface ReadError {
  message: string
  span?: Span
  /** Raised by sigs.k8s.io/yaml after go-yaml decoded everything (go-yaml's strict errors come first). */
  late?: true
}

/** A key that appears twice in one mapping (a strict-decoding error, fatal only for DKP). */
export interface DuplicateKey {
  key: string
  /** 1-based line of the duplicate's value, as go-yaml reports it. */
  line: number
  span: Span
}

export interface YamlReadResult {
  /** The value handed to the JSON decoder; `null` node for an empty stream. */
  root: Node | null
  error?: ReadError
  duplicates: DuplicateKey[]
}

const MAX_DEPTH = 10000
/** Our own, lower limit (yamlDepth.ts), for text go-yaml would still read: worded apart from go-yaml's. */
const TOO_DEEP_FOR_US = `nested deeper than ${MAX_YAML_DEPTH} levels, where this reader stops (go-yaml stops at ${MAX_DEPTH})`
const TAG = 'tag:yaml.org,2002:'

function shortTag(tag: string): string {
  return tag.startsWith(TAG) ? '!!' + tag.slice(TAG.length) : tag
}

function resolvedTag(v: GoScalar): string {
  return { str: '!!str', int: '!!int', float: '!!float', bool: '!!bool', null: '!!null' }[v.t]
}

function decodeBase64(s: string): string | undefined {
  const clean = s.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return undefined
  try {
    const bin = atob(clean)
    return new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)))
  } catch {
    return undefined
  }
}

class Fail extends Error {
  readonly span: Span | undefined
  constructor(message: string, span?: Span) {
    super(message)
    this.span = span
  }
}

/** resolveScalar applies go-yaml's decoder.scalar: quoted means string, tags are honoured or refused. */
function resolveScalar(node: Scalar): GoScalar {
  const text = String(node.source ?? node.value ?? '')
  const tag = node.tag
  const plain = node.type === 'PLAIN'
  if (!tag || tag === '!') {
    return plain ? resolvePlain(text) : { t: 'str', v: text }
  }
  if (tag === TAG + 'str') return { t: 'str', v: text }
  if (tag === TAG + 'binary') {
    const decoded = decodeBase64(text)
    if (decoded === undefined) throw new Fail('!!binary value contains invalid base64 data', span(node))
    return { t: 'str', v: decoded }
  }
  if (tag === TAG + 'null') return NULLS.has(text) ? { t: 'null' } : { t: 'str', v: text }
  if ([TAG + 'bool', TAG + 'int', TAG + 'float', TAG + 'timestamp'].includes(tag)) {
    const v = resolvePlain(text)
    if (tag === TAG + 'timestamp' && v.t === 'str' && TIMESTAMP.test(text)) return v
    if (tag === TAG + 'float' && v.t === 'int') return { t: 'float', v: v.v, raw: v.raw }
    if (resolvedTag(v) !== shortTag(tag)) {
      throw new Fail(`cannot decode ${resolvedTag(v)} \`${text}\` as a ${shortTag(tag)}`, span(node))
    }
    return v
  }
  // Any other (local or unknown) tag: go-yaml keeps the text.
  return { t: 'str', v: text }
}

function span(node: YamlNode | Pair | null | undefined): Span {
  const r = node && 'range' in node ? node.range : undefined
  return r ? [r[0], r[1]] : [0, 0]
}

/** jsonKeyOf turns a resolved key into the JSON object key sigs.k8s.io/yaml writes. */
function jsonKeyOf(k: Exclude<GoScalar, { t: 'null' }>): string {
  switch (k.t) {
    case 'str':
      return k.v
    case 'int':
      return String(k.v)
    case 'bool':
      return k.v ? 'true' : 'false'
    case 'float': {
      if (Number.isNaN(k.v)) return '.nan'
      if (!Number.isFinite(k.v)) return k.v > 0 ? '.inf' : '-.inf'
      const f = goFloat32String(k.v)
      return f === '+Inf' ? '.inf' : f === '-Inf' ? '-.inf' : f === 'NaN' ? '.nan' : f
    }
  }
}

/** goKeyIdentity tells keys apart the way a Go map[interface{}]interface{} does (type and value). */
function goKeyIdentity(k: GoScalar): string {
  return k.t === 'null' ? 'null' : `${k.t}:${String(k.v)}`
}

/** Counters for go-yaml's alias-expansion guard (the "billion laughs" defence). */
interface Budget {
  decodeCount: number
  aliasCount: number
  aliasDepth: number
}

function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400000) return 0.99
  if (decodeCount >= 4000000) return 0.1
  return 0.99 - 0.89 * ((decodeCount - 400000) / 3600000)
}

class Converter {
  readonly duplicates: DuplicateKey[] = []
  readonly budget: Budget = { decodeCount: 0, aliasCount: 0, aliasDepth: 0 }
  readonly expanding = new Set<YamlNode>()
  private readonly doc: Document.Parsed
  private readonly lineOf: (offset: number) => number

  constructor(doc: Document.Parsed, lineOf: (offset: number) => number) {
    this.doc = doc
    this.lineOf = lineOf
  }

  private count(): void {
    const b = this.budget
    b.decodeCount++
    if (b.aliasDepth > 0) b.aliasCount++
    if (
      b.aliasCount > 100 &&
      b.decodeCount > 1000 &&
      b.aliasCount / b.decodeCount > allowedAliasRatio(b.decodeCount)
    ) {
      throw new Fail('document contains excessive aliasing')
    }
  }

  convert(node: YamlNode | null | undefined, depth: number): Node {
    // Aliases nest the values they point at: the text's own depth was checked before reading (readYaml).
    if (depth > MAX_YAML_DEPTH) throw new Fail(TOO_DEEP_FOR_US, span(node))
    this.count()
    if (node == null) return { t: 'null', span: [0, 0] }
    if (isAlias(node)) {
      const target = node.resolve(this.doc)
      if (!target) throw new Fail(`unknown anchor '${node.source}' referenced`, span(node))
      if (this.expanding.has(target))
        throw new Fail(`anchor '${node.source}' value contains itself`, span(node))
      this.expanding.add(target)
      this.budget.aliasDepth++
      try {
        return this.convert(target, depth + 1)
      } finally {
        this.budget.aliasDepth--
        this.expanding.delete(target)
      }
    }
    if (isScalar(node)) return this.scalar(node)
    if (isSeq(node)) {
      return {
        t: 'seq',
        items: node.items.map((item) => this.convert(item as YamlNode, depth + 1)),
        span: span(node),
      }
    }
    if (isMap(node)) return this.map(node.items as Pair[], span(node), depth)
    throw new Fail('unsupported YAML node', span(node))
  }

  private scalar(node: Scalar): Node {
    const v = resolveScalar(node)
    const at = span(node)
    switch (v.t) {
      case 'str':
        return { t: 'str', v: v.v, span: at }
      case 'bool':
        return { t: 'bool', v: v.v, span: at }
      case 'null':
        return { t: 'null', span: at }
      case 'int':
      case 'float':
        if (!Number.isFinite(v.v)) {
          this.pendingValue ??= new Fail(
            `json: unsupported value: ${Number.isNaN(v.v) ? 'NaN' : v.v > 0 ? '+Inf' : '-Inf'}`,
            at,
          )
        }
        // The JSON text Go writes for this number is what the typed decoder then reads.
        return v.t === 'float'
          ? { t: 'num', v: v.v, raw: String(v.v), span: at, float: true }
          : { t: 'num', v: v.v, raw: goIntDecimal(v.raw) ?? String(v.v), span: at }
    }
  }

  private map(pairs: Pair[], at: Span, depth: number): Node {
    // Go map semantics: one slot per key identity, later assignments replace the value; a merge key
    // unmarshals the merged maps into this same map (go-yaml's decoder.merge), so in strict mode each key a
    // merge sets again is "already set in map", whichever came first.
    const slots = new Map<string, { key: GoScalar; keySpan: Span; value: Node }>()
    this.fill(pairs, slots, depth)
    const byJsonKey = new Map<string, MapEntry>()
    for (const slot of slots.values()) {
      const key = this.jsonKey(slot.key, slot.keySpan, slot.value)
      if (key === undefined) continue
      byJsonKey.set(key, { key, keySpan: slot.keySpan, value: slot.value })
    }
    const entries = [...byJsonKey.values()]
    entries.sort((a, b) => compareGoStrings(a.key, b.key))
    return { t: 'map', entries, span: at }
  }

  /** fill is go-yaml's decoder.mapping into an existing map. */
  private fill(
    pairs: Pair[],
    slots: Map<string, { key: GoScalar; keySpan: Span; value: Node }>,
    depth: number,
  ) {
    for (const pair of pairs) {
      if (!isPair(pair)) continue
      const keyNode = pair.key as YamlNode | null
      const valueNode = pair.value as YamlNode | null
      if (isMergeKey(keyNode)) {
        this.count()
        this.merge(valueNode, slots, depth)
        continue
      }
      const keySpan = span(keyNode)
      this.count()
      let key: GoScalar
      if (keyNode == null) key = { t: 'null' }
      else if (isScalar(keyNode)) key = resolveScalar(keyNode)
      else if (isAlias(keyNode)) {
        const target = keyNode.resolve(this.doc)
        if (!isScalar(target))
          throw new Fail(`invalid map key: ${goSharpV(this.convert(keyNode, depth + 1))}`, keySpan)
        key = resolveScalar(target)
      } else throw new Fail(`invalid map key: ${goSharpV(this.convert(keyNode, depth + 1))}`, keySpan)
      const value = this.convert(valueNode, depth + 1)
      const id = goKeyIdentity(key)
      if (slots.has(id)) {
        const at = valueNode ? span(valueNode) : keySpan
        this.duplicates.push({ key: goKeyLabel(key), line: this.lineOf(at[0]), span: keySpan })
      }
      slots.set(id, { key, keySpan, value })
    }
  }

  /** merge is go-yaml's decoder.merge: a map, an alias of a map, or a sequence of those (earlier ones win). */
  private merge(
    value: YamlNode | null,
    slots: Map<string, { key: GoScalar; keySpan: Span; value: Node }>,
    depth: number,
  ) {
    const wantMap = () => new Fail('map merge requires map or sequence of maps as the value', span(value))
    const into = (n: YamlNode) => {
      if (depth > MAX_YAML_DEPTH) throw new Fail(TOO_DEEP_FOR_US, span(n))
      this.count()
      if (isAlias(n)) {
        const target = n.resolve(this.doc) as YamlNode | undefined
        if (!target) throw new Fail(`unknown anchor '${n.source}' referenced`, span(n))
        if (!isMap(target)) throw wantMap()
        if (this.expanding.has(target)) throw new Fail(`anchor '${n.source}' value contains itself`, span(n))
        this.expanding.add(target)
        this.budget.aliasDepth++
        try {
          this.count()
          this.fill(target.items as Pair[], slots, depth + 1)
        } finally {
          this.budget.aliasDepth--
          this.expanding.delete(target)
        }
        return
      }
      if (!isMap(n)) throw wantMap()
      this.fill(n.items as Pair[], slots, depth + 1)
    }
    if (value && isAlias(value)) {
      const target = value.resolve(this.doc)
      if (target && !isMap(target)) throw wantMap()
      into(value)
    } else if (isMap(value)) into(value)
    else if (isSeq(value)) {
      this.count()
      const items = value.items as YamlNode[]
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i]!
        if (isAlias(item)) {
          const target = item.resolve(this.doc)
          if (target && !isMap(target)) throw wantMap()
        } else if (!isMap(item)) throw wantMap()
        into(item)
      }
    } else throw wantMap()
  }

  /** The conversion errors of sigs.k8s.io/yaml, raised after go-yaml has decoded everything. */
  pendingKey: Fail | undefined
  pendingValue: Fail | undefined

  /** jsonKey turns a resolved key into the JSON object key sigs.k8s.io/yaml writes (undefined: unsupported). */
  private jsonKey(k: GoScalar, at: Span, value: Node): string | undefined {
    if (k.t === 'null') {
      this.pendingKey ??= new Fail(
        `unsupported map key of type: %!s(<nil>), key: <nil>, value: ${goSharpV(value)}`,
        at,
      )
      return undefined
    }
    return jsonKeyOf(k)
  }
}

/** isMergeKey is go-yaml's isMerge: a `<<` scalar, plain and untagged (or `!`), or tagged `!!merge`. */
function isMergeKey(n: YamlNode | null): boolean {
  if (!isScalar(n) || (n.source ?? n.value) !== '<<') return false
  if (n.tag === TAG + 'merge') return true
  return n.type === 'PLAIN' && (!n.tag || n.tag === '!')
}

/** goSharpV prints a decoded YAML value like Go's `%#v` of the interface{} go-yaml made of it. */
export function goSharpV(n: Node): string {
  switch (n.t) {
    case 'null':
      return '<nil>'
    case 'str':
      return goQuote(n.v)
    case 'bool':
      return String(n.v)
    case 'num':
      return n.float ? goFloatG(n.v) : n.raw
    case 'seq':
      return `[]interface {}{${n.items.map(goSharpV).join(', ')}}`
    case 'map':
      return `map[interface {}]interface {}{${n.entries.map((e) => `${goQuote(e.key)}:${goSharpV(e.value)}`).join(', ')}}`
  }
}

/** goFloatG is strconv.FormatFloat(v, 'g', -1, 64), what %v prints for a float64. */
function goFloatG(v: number): string {
  if (Number.isNaN(v)) return 'NaN'
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf'
  const [mant, e] = v.toExponential().split('e') as [string, string]
  const exp = Number(e)
  if (exp < -4 || exp >= 6) return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  return String(v)
}

function goKeyLabel(k: GoScalar): string {
  switch (k.t) {
    case 'str':
      return goQuote(k.v)
    case 'null':
      return '<nil>'
    default:
      return String(k.v)
  }
}

/**
 * findControlCharacter mirrors libyaml's reader check (printable: tab, line breaks, U+0020–U+007E, NEL, U+00A0
 * and up minus surrogates and U+FFFE/U+FFFF; a BOM anywhere is printable). Returns the first offender or -1.
 */
function findControlCharacter(text: string): number {
  // eslint-disable-next-line no-control-regex
  const m = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]/u.exec(text)
  return m ? m.index : -1
}

const SCANNER_MESSAGES: Array<[string, RegExp | null, string]> = [
  ['TAB_AS_INDENT', null, 'found character that cannot start any token'],
  ['BAD_SCALAR_START', null, 'found character that cannot start any token'],
  ['BLOCK_AS_IMPLICIT_KEY', null, 'mapping values are not allowed in this context'],
  ['MULTILINE_IMPLICIT_KEY', null, "could not find expected ':'"],
  ['MISSING_CHAR', /quote/, 'found unexpected end of stream'],
  ['MISSING_CHAR', /map values/, "could not find expected ':'"],
  ['BAD_DQ_ESCAPE', null, 'found unknown escape character'],
  ['BAD_ALIAS', null, 'did not find expected alphabetic or numeric character'],
]
const PARSER_MESSAGES: Array<[string, RegExp | null, string]> = [
  ['BAD_INDENT', /Flow sequence/, "did not find expected ',' or ']'"],
  ['BAD_INDENT', /Flow map/, "did not find expected ',' or '}'"],
  ['MISSING_CHAR', /\]/, "did not find expected ',' or ']'"],
  ['MISSING_CHAR', /\}/, "did not find expected ',' or '}'"],
]

/** goYamlMessage words a parse error like libyaml does, including go-yaml's line numbering quirk. */
function goYamlMessage(code: string, message: string, offset: number, lineOf: (o: number) => number): string {
  const line1 = lineOf(offset)
  for (const [c, re, text] of SCANNER_MESSAGES) {
    if (c === code && (!re || re.test(message))) return `line ${line1}: ${text}`
  }
  let text = 'did not find expected key'
  for (const [c, re, t] of PARSER_MESSAGES) {
    if (c === code && (!re || re.test(message))) text = t
  }
  // Parser errors report libyaml's 0-based line of the problem, and no line at all on the first line.
  return line1 - 1 > 0 ? `line ${line1 - 1}: ${text}` : text
}

/** lineCounter returns a function from offset to 1-based line. */
export function lineCounter(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}

/** A scanning or parsing error go-yaml meets, at a text offset (errors are reported in document order). */
interface ScanError {
  offset: number
  message: string
}

/** goLine words a libyaml error position: scanner errors count lines from 1, parser errors from 0 (none on 0). */
function located(
  kind: 'scanner' | 'parser',
  offset: number,
  lineOf: (o: number) => number,
  text: string,
): string {
  const line0 = lineOf(offset) - 1
  if (line0 === 0) return text
  return `line ${kind === 'scanner' ? line0 + 1 : line0}: ${text}`
}

/**
 * checkDirectives: go-yaml v2 reads YAML 1.1 only: a %YAML directive other than 1.1 is refused, a second one
 * too. Only the directives before the first document matter (only the first document is read).
 */
function checkDirectives(text: string, lineOf: (o: number) => number): ScanError | undefined {
  let seenYaml = false
  const re = /[^\n]*\n?/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) && m[0] !== '') {
    const line = m[0].replace(/\r?\n$/, '')
    if (/^[ \t]*(#.*)?$/.test(line) || (m.index === 0 && /^\ufeff[ \t]*(#.*)?$/.test(line))) continue
    const d = /^\ufeff?%YAML[ \t]+([0-9]+)\.([0-9]+)(?=[ \t]|$)/.exec(line)
    if (d) {
      const at = m.index
      if (seenYaml)
        return { offset: at, message: located('parser', at, lineOf, 'found duplicate %YAML directive') }
      seenYaml = true
      if (d[1] !== '1' || d[2] !== '1')
        return { offset: at, message: located('parser', at, lineOf, 'found incompatible YAML document') }
      continue
    }
    if (/^\ufeff?%TAG[ \t]/.test(line)) continue
    if (/^\ufeff?\.\.\.(?:[ \t]|$)/.test(line)) {
      // A document end before any document: go-yaml starts an implicit document and finds no node in it.
      const at = m.index
      const what = seenYaml ? 'did not find expected <document start>' : 'did not find expected node content'
      return { offset: at, message: located('parser', at, lineOf, what) }
    }
    if (/^\ufeff?%/.test(line)) {
      const at = m.index
      return { offset: at, message: located('scanner', at, lineOf, 'found unknown directive name') }
    }
    break
  }
  return undefined
}

const HEX = /^[0-9a-fA-F]$/

/** checkEscapes: go-yaml v2's escapes in double-quoted scalars (no `\/`; no surrogate code points). */
function checkEscapes(source: string, offset: number, lineOf: (o: number) => number): ScanError | undefined {
  const simple = '0abt\tnvfre "\'\\N_LP'
  for (let i = 1; i < source.length - 1; i++) {
    if (source[i] !== '\\') continue
    const e = source[i + 1] ?? ''
    if (e === '\n' || e === '\r') {
      i++
      continue
    }
    const len = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0
    if (len === 0) {
      if (!simple.includes(e) || e === '')
        return {
          offset: offset + i,
          message: located('scanner', offset + i, lineOf, 'found unknown escape character'),
        }
      i++
      continue
    }
    const digits = source.slice(i + 2, i + 2 + len)
    const at = offset + i + 2
    if (digits.length < len || ![...digits].every((c) => HEX.test(c)))
      return {
        offset: at,
        message: located('scanner', at, lineOf, 'did not find expected hexdecimal number'),
      }
    const value = parseInt(digits, 16)
    if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff)
      return {
        offset: at,
        message: located('scanner', at, lineOf, 'found invalid Unicode character escape code'),
      }
    i += 1 + len
  }
  return undefined
}

interface CstToken {
  type: string
  offset: number
  source?: string
  [k: string]: unknown
}
interface CstItem {
  start: CstToken[]
  key?: CstToken | null
  sep?: CstToken[]
  value?: CstToken | null
}

/**
 * checkCst walks the first document's syntax tree for what the `yaml` library accepts and go-yaml's scanner
 * refuses: bad escapes, and implicit keys that go stale (over 1024 characters before the `:`, or spanning lines
 * in flow context), in document order.
 */
function checkCst(doc: CstToken, text: string, lineOf: (o: number) => number): ScanError | undefined {
  let first: ScanError | undefined
  const note = (e: ScanError | undefined) => {
    if (e && (!first || e.offset < first.offset)) first = e
  }
  const visit = (t: unknown): void => {
    if (!t || typeof t !== 'object') return
    if (Array.isArray(t)) {
      for (const x of t) visit(x)
      return
    }
    const tok = t as CstToken
    if (tok.type === 'double-quoted-scalar' && typeof tok.source === 'string')
      note(checkEscapes(tok.source, tok.offset, lineOf))
    if (tok.type === 'block-map' || tok.type === 'flow-collection') {
      const flow = tok.type === 'flow-collection'
      const open = flow ? (tok.start as CstToken | undefined)?.source : undefined
      ;(tok.items as CstItem[]).forEach((item, i) => {
        const colon = item.sep?.find((x) => x.type === 'map-value-ind')
        const explicit = item.start.some((x) => x.type === 'explicit-key-ind')
        if (!flow && !item.key && colon && !explicit) {
          // A `:` with no key in block context: libyaml inserts no KEY token, its parser wants one.
          note({
            offset: colon.offset,
            message: located('parser', colon.offset, lineOf, 'did not find expected key'),
          })
          return
        }
        if (!item.key || !colon || explicit) return
        const props = item.start.filter((x) => x.type === 'anchor' || x.type === 'tag')
        const keyStart = Math.min(item.key.offset, ...props.map((x) => x.offset))
        const multiline = lineOf(colon.offset) > lineOf(keyStart)
        const long = [...text.slice(keyStart, colon.offset)].length > 1024
        if (!multiline && !long) return
        if (flow) {
          const close = open === '[' ? "']'" : "'}'"
          note({
            offset: colon.offset,
            message: located('parser', colon.offset, lineOf, `did not find expected ',' or ${close}`),
          })
        } else if (long && !multiline) {
          const message =
            i === 0 ? 'mapping values are not allowed in this context' : "could not find expected ':'"
          note({ offset: colon.offset, message: located('scanner', colon.offset, lineOf, message) })
        }
      })
    }
    for (const [k, v] of Object.entries(tok)) if (k !== 'source' && typeof v === 'object') visit(v)
  }
  visit(doc)
  return first
}

/**
 * flowRootEnd: when the first document's root is a flow collection, the offset just past its closing bracket
 * (go-yaml stops reading there; what follows on the line is scanned but never parsed).
 */
function flowRootEnd(text: string): number | undefined {
  let i = 0
  const skip = () => {
    for (;;) {
      const m = /^(?:[ \t\n\ufeff]+|#[^\n]*)/.exec(text.slice(i, i + 4096))
      if (!m) return
      i += m[0].length
    }
  }
  skip()
  while (text[i] === '%') {
    const nl = text.indexOf('\n', i)
    if (nl < 0) return undefined
    i = nl + 1
    skip()
  }
  if (text.startsWith('---', i) && /^---(?:[ \t\n]|$)/.test(text.slice(i, i + 4))) {
    i += 3
    skip()
  }
  if (text[i] !== '{' && text[i] !== '[') return undefined
  let depth = 0
  let prev = ''
  for (; i < text.length; i++) {
    const c = text[i]!
    if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') {
      depth--
      if (depth === 0) return i + 1
    } else if ((c === '"' || c === "'") && /^$|[{[,:?\s]/.test(prev)) {
      for (i++; i < text.length; i++) {
        if (c === '"' && text[i] === '\\') i++
        else if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") i++
          else break
        }
      }
    } else if (c === '#' && /^$|\s/.test(prev)) {
      while (i < text.length && text[i] !== '\n') i++
    }
    prev = text[i] ?? ''
  }
  return undefined
}

/**
 * indentFlow: go-yaml does not check indentation inside flow collections, the `yaml` library does ("must be
 * sufficiently indented"). Indents each continuation line of a flow collection one column past the line it
 * opened on (leading blanks are folded away in flow context, so values do not change), and returns where
 * spaces went in, to map offsets back. Block scalars, quoted scalars and comments are skipped over.
 */
function indentFlow(text: string): { text: string; inserts: number[] } | undefined {
  const inserts: number[] = []
  let out = ''
  let depth = 0
  let need = 0
  let lineIndent = 0
  let lineStart = true
  let prev = '\n'
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!
    if (lineStart) {
      let j = i
      while (text[j] === ' ') j++
      const width = j - i
      const content = text[j]
      if (depth > 0 && content !== undefined && content !== '\n' && width < need) {
        const marker = width === 0 && /^(---|\.\.\.)(?:[ \t\n]|$)/.test(text.slice(i, i + 4))
        if (!marker) {
          out += ' '.repeat(need - width)
          for (let k = 0; k < need - width; k++) inserts.push(i)
        }
      }
      if (depth === 0) lineIndent = width
      lineStart = false
    }
    if (c === '\n') {
      out += c
      lineStart = true
      prev = c
      continue
    }
    if ((c === '"' || c === "'") && /[\s{[,:?-]/.test(prev)) {
      const j = quotedEnd(text, i)
      const chunk = text.slice(i, j + 1)
      if (depth > 0 && chunk.includes('\n')) {
        // Continuation lines of a quoted scalar in flow context: leading blanks fold away too.
        out += chunk.replace(/\n( *)(?=[^ \n])/g, (m, sp: string, off: number) => {
          if (sp.length >= need) return m
          for (let k = 0; k < need - sp.length; k++) inserts.push(i + off + 1)
          return '\n' + ' '.repeat(need)
        })
      } else out += chunk
      i = j
      prev = text[j] ?? ''
      continue
    }
    if (c === '#' && /\s/.test(prev)) {
      let j = i
      while (j < text.length && text[j] !== '\n') j++
      out += text.slice(i, j)
      i = j - 1
      prev = '#'
      continue
    }
    if (depth === 0 && (c === '|' || c === '>') && /[\s:-]/.test(prev)) {
      // A block scalar: its lines (blank or more indented than this one) are copied as they are.
      let j = text.indexOf('\n', i)
      if (j < 0) j = text.length
      for (;;) {
        const m = /^\n( *)([^\n]?)/.exec(text.slice(j, j + 4096))
        if (!m || (m[2] !== '' && m[1]!.length <= lineIndent)) break
        const next = text.indexOf('\n', j + 1)
        j = next < 0 ? text.length : next
      }
      out += text.slice(i, j)
      i = j - 1
      prev = 'x'
      continue
    }
    if (c === '{' || c === '[') {
      if (depth === 0) need = lineIndent + 1
      depth++
    } else if ((c === '}' || c === ']') && depth > 0) depth--
    out += c
    prev = c
    c = ''
  }
  return inserts.length > 0 ? { text: out, inserts } : undefined
}

/**
 * blockTab: go-yaml does not skip a tab at the start of a line in block context (where a simple key may start),
 * so a tab there is an error even before a comment or on an otherwise blank line; the `yaml` library allows
 * some of these. Returns the first such tab outside flow collections, quoted and block scalars.
 */
function blockTab(text: string, lineOf: (o: number) => number): ScanError | undefined {
  let seen = false
  let depth = 0
  let lineIndent = 0
  let prev = '\n'
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (prev === '\n') {
      const m = /^[ \t]*/.exec(text.slice(i, i + 256))![0]
      if (depth === 0 && /^(?:---|\.\.\.)(?:[ \t\n]|$)/.test(text.slice(i, i + 4))) {
        // Only the first document is read: stop at the marker that ends it.
        if (seen) return undefined
        seen = true
      } else if (depth === 0 && m.length < 256 && !/^[ \t]*(?:\n|#|%|$)/.test(text.slice(i, i + 257)))
        seen = true
      if (depth === 0) {
        lineIndent = m.length
        // After "- " (also "? " and ": ") a simple key may start too: a tab there is not skipped either.
        const lead = /^[ \t]*(?:[-?:][ \t]+)*/.exec(text.slice(i, i + 256))![0]
        const tab = lead.indexOf('\t')
        if (tab >= 0) {
          const at = i + tab
          const rest = text[i + m.length]
          const what =
            rest === undefined || rest === '\n' || rest === '#'
              ? 'found a tab character that violates indentation'
              : 'found character that cannot start any token'
          return { offset: at, message: located('scanner', at, lineOf, what) }
        }
      }
    }
    if (c === '\n') {
      prev = c
      continue
    }
    if ((c === '"' || c === "'") && /[\s{[,:?-]/.test(prev)) {
      const j = quotedEnd(text, i)
      i = j
      prev = 'x'
      continue
    }
    if (c === '#' && /\s/.test(prev)) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++
      prev = '#'
      continue
    }
    if (depth === 0 && (c === '|' || c === '>') && /[\s:-]/.test(prev)) {
      let j = text.indexOf('\n', i)
      if (j < 0) return undefined
      for (;;) {
        const m = /^\n([ \t]*)([^\n]?)/.exec(text.slice(j, j + 4096))
        if (!m || (m[2] !== '' && m[1]!.length <= lineIndent)) break
        const next = text.indexOf('\n', j + 1)
        if (next < 0) return undefined
        j = next
      }
      i = j - 1
      prev = 'x'
      continue
    }
    if (c === '{' || c === '[') depth++
    else if ((c === '}' || c === ']') && depth > 0) depth--
    prev = c
  }
  return undefined
}

/** mapSpans moves every span of a tree read from indented text back onto the original text. */
function mapSpans(node: Node, back: (o: number) => number): Node {
  const sp = (s: Span): Span => [back(s[0]), back(s[1])]
  switch (node.t) {
    case 'map':
      return {
        ...node,
        span: sp(node.span),
        entries: node.entries.map((e) => ({ ...e, keySpan: sp(e.keySpan), value: mapSpans(e.value, back) })),
      }
    case 'seq':
      return { ...node, span: sp(node.span), items: node.items.map((n) => mapSpans(n, back)) }
    default:
      return { ...node, span: sp(node.span) }
  }
}

/**
 * tokenAt: where go-yaml's parser would stop for an error the `yaml` library reports at the start of an item,
 * which includes the comments before it: the item's first token.
 */
function tokenAt(text: string, err: { code: string; pos: [number, number] }): number {
  let o = err.pos[0]
  if (err.code !== 'BAD_INDENT') return o
  for (;;) {
    const m = /^(?:[ \t\n]+|#[^\n]*)/.exec(text.slice(o, o + 4096))
    if (!m || m[0].length === 0) return o
    o += m[0].length
  }
}

/**
 * indentedRootEnd: when the first document's root is a block collection that starts indented, the offset of
 * the first later line indented less (not blank, not a comment): there go-yaml's document ends.
 */
function indentedRootEnd(text: string): number | undefined {
  const re = /([ ]*)([^\n]*)\n?/g
  let n = -1
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) && m[0] !== '') {
    const body = m[2]!
    if (body === '' || body.startsWith('#') || (n < 0 && body.startsWith('%'))) continue
    if (n < 0) {
      if (body.startsWith('---') || body.startsWith('\ufeff')) return undefined
      n = m[1]!.length
      if (n === 0 || /^[[{"'|>]/.test(body)) return undefined
      continue
    }
    if (m[1]!.length < n) return m.index
  }
  return undefined
}

/** compose reads the first document of `scan` with the `yaml` library, keeping its syntax tree. */
function compose(scan: string): { doc?: Document.Parsed; cst?: CstToken } {
  const composer = new Composer({
    version: '1.1',
    schema: 'failsafe',
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
  })
  const tokens: CstToken[] = []
  for (const t of new Parser().parse(scan)) {
    tokens.push(t as unknown as CstToken)
    if (t.type === 'document' && tokens.some((x) => x !== (t as unknown) && x.type === 'document')) break
  }
  for (const d of composer.compose(tokens as never, true, scan.length)) {
    return { doc: d, cst: tokens.find((t) => t.type === 'document') }
  }
  return {}
}

/** readYaml reads the first YAML document of `text` into the value tree the JSON decoder sees. */
export function readYaml(text: string, readerError?: { message: string; offset: number }): YamlReadResult {
  // go-yaml breaks lines at CR, NEL, LS and PS too (in comments as well); all are one character, so offsets
  // stay. CR and NEL read as "\n" in scalars too; LS and PS are kept in quoted and plain scalars by go-yaml.
  const scan = text.replace(/\r(?!\n)|[\u0085\u2028\u2029]/g, '\n')
  const lineOf = lineCounter(scan)
  if (readerError) {
    // libyaml's reader decodes ahead of the scanner; its errors carry no line.
    const at = readerError.offset
    return {
      root: null,
      duplicates: [],
      error: { message: 'yaml: ' + readerError.message, span: [at, at + 1] },
    }
  }
  const control = findControlCharacter(text)
  if (control >= 0) {
    return {
      root: null,
      duplicates: [],
      error: { message: 'yaml: control characters are not allowed', span: [control, control + 1] },
    }
  }
  const directive = checkDirectives(scan, lineOf)
  if (directive) {
    const at = directive.offset
    return {
      root: null,
      duplicates: [],
      error: { message: 'yaml: ' + directive.message, span: [at, at + 1] },
    }
  }
  // Nesting is limited before anything recurses on it (yamlDepth.ts): past go-yaml's own limit with its error
  // and place, past ours with our words.
  const nesting = yamlDepth(scan, MAX_YAML_DEPTH)
  if (nesting.depth > MAX_YAML_DEPTH) {
    const goYaml = tooDeep(scan)
    const at = nesting.offset
    return {
      root: null,
      duplicates: [],
      error: goYaml.span ? goYaml : { message: 'yaml: ' + TOO_DEEP_FOR_US, span: [at, at + 1] },
    }
  }
  let doc: Document.Parsed | undefined
  let scanError: ScanError | undefined
  // When flow continuation lines had to be indented: from offsets in the indented text back to `text`.
  let back = (o: number) => o
  let readText = scan
  const lineAt = (o: number) => lineOf(back(o))
  try {
    let read = compose(scan)
    const end = read.doc?.errors[0] ? flowRootEnd(scan) : undefined
    const after = end === undefined ? '' : scan.slice(end, scan.indexOf('\n', end) >>> 0).trimStart()
    // (A `:` after it makes the collection a key instead: that is go-yaml's "invalid map key".)
    const junk = after !== '' && !after.startsWith(':') && !after.startsWith('#')
    if (end !== undefined && (junk || read.doc!.errors[0]!.pos[0] >= end)) {
      // Something after a flow collection at the root: go-yaml has read its document by then.
      const cut = compose(scan.slice(0, end))
      if (cut.doc && cut.doc.errors.length < read.doc!.errors.length) {
        read = cut
        readText = scan.slice(0, end)
      }
    }
    const blockEnd = read.doc?.errors[0] ? indentedRootEnd(readText) : undefined
    if (blockEnd !== undefined) {
      // A root block collection indented by n: go-yaml's first document ends at the first line indented less.
      const cut = compose(readText.slice(0, blockEnd))
      if (cut.doc && cut.doc.errors.length === 0) {
        read = cut
        readText = readText.slice(0, blockEnd)
      }
    }
    if (read.doc?.errors.some((e) => e.code === 'BAD_INDENT' && /Flow|flow/.test(e.message))) {
      const indented = indentFlow(readText)
      if (indented) {
        const again = compose(indented.text)
        if (again.doc && again.doc.errors.length < read.doc.errors.length) {
          read = again
          const ins = indented.inserts
          back = (o) => {
            let lo = 0
            let hi = ins.length
            while (lo < hi) {
              const mid = (lo + hi) >> 1
              if (ins[mid]! + mid < o) lo = mid + 1
              else hi = mid
            }
            return o - lo
          }
          readText = indented.text
        }
      }
    }
    doc = read.doc
    if (doc)
      doc.errors.splice(0, doc.errors.length, ...doc.errors.filter((e) => e.code !== 'KEY_OVER_1024_CHARS'))
    if (read.cst) scanError = checkCst(read.cst, readText, lineAt)
    const tab = blockTab(readText, lineAt)
    if (tab && (!scanError || tab.offset < scanError.offset)) scanError = tab
  } catch (e) {
    if (e instanceof RangeError) return { root: null, duplicates: [], error: tooDeep(scan) }
    throw e
  }
  if (!doc) return { root: null, duplicates: [] }
  const err = doc.errors[0]
  if (scanError && (!err || scanError.offset <= err.pos[0])) {
    const at = back(scanError.offset)
    return {
      root: null,
      duplicates: [],
      error: { message: 'yaml: ' + scanError.message, span: [at, at + 1] },
    }
  }
  if (err) {
    return {
      root: null,
      duplicates: [],
      error: {
        message: 'yaml: ' + goYamlMessage(err.code, err.message, tokenAt(readText, err), lineAt),
        span: [back(err.pos[0]), back(err.pos[1])],
      },
    }
  }
  if (doc.contents == null) return { root: null, duplicates: [] }
  const converter = new Converter(doc, lineAt)
  try {
    let root = converter.convert(doc.contents as YamlNode, 0)
    // sigs.k8s.io/yaml's own errors come after go-yaml decoded everything: map keys, then JSON marshalling.
    const pending = converter.pendingKey ?? converter.pendingValue
    if (pending) {
      const at = pending.span ? ([back(pending.span[0]), back(pending.span[1])] as const) : undefined
      return {
        root: null,
        duplicates: converter.duplicates,
        error: { message: pending.message, span: at, late: true },
      }
    }
    if (readText !== scan) {
      root = mapSpans(root, back)
      for (const d of converter.duplicates) d.span = [back(d.span[0]), back(d.span[1])]
    }
    return { root, duplicates: converter.duplicates }
  } catch (e) {
    if (e instanceof Fail) {
      // Conversion errors after go-yaml (JSON marshalling, map keys) carry their own wording.
      const message = /^(json:|unsupported map key)/.test(e.message) ? e.message : 'yaml: ' + e.message
      const at = e.span ? ([back(e.span[0]), back(e.span[1])] as const) : undefined
      return { root: null, duplicates: [], error: { message, span: at } }
    }
    if (e instanceof RangeError) return { root: null, duplicates: [], error: tooDeep(text) }
    throw e
  }
}

/** quotedEnd: the offset of the quote that closes the scalar quoted at `i` ('' and \" stay inside), or the end. */
function quotedEnd(text: string, i: number): number {
  const c = text[i]
  let j = i + 1
  for (; j < text.length; j++) {
    if (c === '"' && text[j] === '\\') j++
    else if (text[j] === c) {
      if (c === "'" && text[j + 1] === "'") j++
      else break
    }
  }
  return j
}

/**
 * tooDeep: go-yaml's "exceeded max depth" error, placed where the scanner stops: at the flow bracket that opens
 * level MAX_DEPTH + 1 (quoted scalars and comments skipped), or nowhere when the depth is not in flow brackets.
 */
function tooDeep(text: string): ReadError {
  const message = `yaml: exceeded max depth of ${MAX_DEPTH}`
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"' || c === "'") {
      i = quotedEnd(text, i)
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return { message, span: [i, i + 1] }
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1)
  }
  return { message }
}
