// Reads YAML the way kube-apiserver does: go-yaml v2 (YAML 1.1) through sigs.k8s.io/yaml's YAMLToJSON.
// Only the first document is read; plain scalars resolve by go-yaml's table (yes/no/on/off booleans, 0777
// octal, no base-60); duplicate keys keep the last value and are reported for the strict pass; keys end up in
// sorted order, as they do after a trip through a Go map.
import { Composer, Parser, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml'
import type { Document, Node as YamlNode, Pair, Scalar } from 'yaml'
import { NULLS, resolvePlain, TIMESTAMP, type GoScalar } from './goscalars.ts'
import { compareGoStrings, type MapEntry, type Node, type Span } from './tree.ts'

/** A fatal reading error, worded like go-yaml's. */
export interface ReadError {
  message: string
  span?: Span
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
function jsonKeyOf(k: GoScalar, at: Span): string {
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
      return String(Math.fround(k.v))
    }
    case 'null':
      throw new Fail('unsupported map key of type: <nil>, key: <nil>', at)
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
  private readonly budget: Budget = { decodeCount: 0, aliasCount: 0, aliasDepth: 0 }
  private readonly expanding = new Set<YamlNode>()
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
    if (depth > MAX_DEPTH) throw new Fail(`exceeded max depth of ${MAX_DEPTH}`, span(node))
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
          throw new Fail(
            `json: unsupported value: ${Number.isNaN(v.v) ? 'NaN' : v.v > 0 ? '+Inf' : '-Inf'}`,
            at,
          )
        }
        // The JSON text Go writes for this number is what the typed decoder then reads.
        return v.t === 'float'
          ? { t: 'num', v: v.v, raw: String(v.v), span: at, float: true }
          : { t: 'num', v: v.v, raw: String(v.v), span: at }
    }
  }

  private map(pairs: Pair[], at: Span, depth: number): Node {
    // Go map semantics: one slot per key identity, later assignments replace the value.
    const slots = new Map<string, { key: GoScalar; keySpan: Span; value: Node }>()
    const mergedOnly = new Set<string>()
    const assign = (key: GoScalar, keySpan: Span, value: Node, explicit: boolean, valueSpan: Span) => {
      const id = goKeyIdentity(key)
      if (explicit && slots.has(id) && !mergedOnly.has(id)) {
        this.duplicates.push({ key: goKeyLabel(key), line: this.lineOf(valueSpan[0]), span: keySpan })
      }
      if (explicit) mergedOnly.delete(id)
      slots.set(id, { key, keySpan, value })
    }
    for (const pair of pairs) {
      if (!isPair(pair)) continue
      const keyNode = pair.key as YamlNode | null
      const valueNode = pair.value as YamlNode | null
      if (isScalar(keyNode) && keyNode.type === 'PLAIN' && keyNode.source === '<<' && !keyNode.tag) {
        for (const [k, ks, v] of this.mergeSources(valueNode, depth)) {
          const id = goKeyIdentity(k)
          if (!slots.has(id)) mergedOnly.add(id)
          slots.set(id, { key: k, keySpan: ks, value: v })
        }
        continue
      }
      const keySpan = span(keyNode)
      let key: GoScalar
      if (keyNode == null) key = { t: 'null' }
      else if (isScalar(keyNode)) key = resolveScalar(keyNode)
      else if (isAlias(keyNode)) {
        const target = keyNode.resolve(this.doc)
        if (!isScalar(target)) throw new Fail('invalid map key', keySpan)
        key = resolveScalar(target)
      } else throw new Fail('invalid map key', keySpan)
      const value = this.convert(valueNode, depth + 1)
      assign(key, keySpan, value, true, valueNode ? span(valueNode) : keySpan)
    }
    const entries: MapEntry[] = []
    const byJsonKey = new Map<string, MapEntry>()
    for (const slot of slots.values()) {
      const key = jsonKeyOf(slot.key, slot.keySpan)
      const entry: MapEntry = { key, keySpan: slot.keySpan, value: slot.value }
      byJsonKey.set(key, entry)
    }
    entries.push(...byJsonKey.values())
    entries.sort((a, b) => compareGoStrings(a.key, b.key))
    return { t: 'map', entries, span: at }
  }

  /** mergeSources yields the pairs a `<<` merge key brings in, earlier maps taking precedence. */
  private mergeSources(value: YamlNode | null, depth: number): Array<[GoScalar, Span, Node]> {
    const wantMap = () => new Fail('map merge requires map or sequence of maps as the value', span(value))
    const deref = (n: YamlNode | null): YamlNode | null =>
      isAlias(n) ? ((n.resolve(this.doc) as YamlNode) ?? null) : n
    const one = (n: YamlNode | null): Array<[GoScalar, Span, Node]> => {
      const target = deref(n)
      if (!isMap(target)) throw wantMap()
      const converted = this.convert(n, depth + 1)
      if (converted.t !== 'map') throw wantMap()
      return converted.entries.map((e) => [{ t: 'str', v: e.key }, e.keySpan, e.value])
    }
    const target = deref(value)
    if (isMap(target)) return one(value)
    if (isSeq(target)) {
      const out: Array<[GoScalar, Span, Node]> = []
      // Later maps are applied first so that earlier ones win.
      for (const item of [...target.items].reverse()) out.push(...one(item as YamlNode))
      return out
    }
    throw wantMap()
  }
}

function goKeyLabel(k: GoScalar): string {
  switch (k.t) {
    case 'str':
      return JSON.stringify(k.v)
    case 'null':
      return '<nil>'
    default:
      return String(k.v)
  }
}

/**
 * findControlCharacter mirrors libyaml's reader check (printable: tab, line breaks, U+0020–U+007E, NEL, U+00A0
 * and up minus surrogates and U+FFFE/U+FFFF; a BOM only first). Returns the offset of the first offender or -1.
 */
function findControlCharacter(text: string): number {
  // eslint-disable-next-line no-control-regex
  const m = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]/u.exec(text)
  if (m) return m.index
  return text.indexOf('\ufeff', 1)
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

/** readYaml reads the first YAML document of `text` into the value tree the JSON decoder sees. */
export function readYaml(text: string, readerError?: { message: string; offset: number }): YamlReadResult {
  const lineOf = lineCounter(text)
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
  let doc: Document.Parsed | undefined
  try {
    const composer = new Composer({
      version: '1.1',
      schema: 'failsafe',
      uniqueKeys: false,
      strict: true,
      prettyErrors: false,
    })
    for (const d of composer.compose(new Parser().parse(text), true, text.length)) {
      doc = d
      break
    }
  } catch (e) {
    if (e instanceof RangeError)
      return { root: null, duplicates: [], error: { message: `yaml: exceeded max depth of ${MAX_DEPTH}` } }
    throw e
  }
  if (!doc) return { root: null, duplicates: [] }
  const err = doc.errors[0]
  if (err) {
    return {
      root: null,
      duplicates: [],
      error: {
        message: 'yaml: ' + goYamlMessage(err.code, err.message, err.pos[0], lineOf),
        span: [err.pos[0], err.pos[1]],
      },
    }
  }
  if (doc.contents == null) return { root: null, duplicates: [] }
  const converter = new Converter(doc, lineOf)
  try {
    const root = converter.convert(doc.contents as YamlNode, 0)
    return { root, duplicates: converter.duplicates }
  } catch (e) {
    if (e instanceof Fail) {
      // Conversion errors after go-yaml (JSON marshalling, map keys) carry their own wording.
      const message = /^(json:|unsupported map key)/.test(e.message) ? e.message : 'yaml: ' + e.message
      return { root: null, duplicates: [], error: { message, span: e.span } }
    }
    if (e instanceof RangeError)
      return { root: null, duplicates: [], error: { message: `yaml: exceeded max depth of ${MAX_DEPTH}` } }
    throw e
  }
}
