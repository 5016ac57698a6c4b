// Reads YAML the way kube-apiserver does: go-yaml v2 (YAML 1.1) through sigs.k8s.io/yaml's YAMLToJSON.
// Only the first document is read; plain scalars resolve by go-yaml's table (yes/no/on/off booleans, 0777
// octal, no base-60); duplicate keys keep the last value and are reported for the strict pass; keys end up in
// sorted order, as they do after a trip through a Go map. Scanning and parsing are go-yaml's own state machine
// (goyaml.ts); this file is decode.go's decoder into interface{} and sigs.k8s.io/yaml's conversion to JSON.
import { decodeBase64 as goBase64 } from './base64.ts'
import { decodePolicyBytes } from './bytes.ts'
import { GoYamlError, parseFirstDocument, type GoNode } from './goyaml.ts'
import { goIntDecimal, resolvePlain, TIMESTAMP, type GoScalar } from './goscalars.ts'
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
  /**
   * json.Marshal's "unsupported value" for a .nan or .inf (the tree is still returned): with a target type
   * (DKP) it applies only where the number does not go into a string field (decode.ts unmarshalableNumber).
   */
  nonFinite?: true
  /** Set when the error is ours, not go-yaml's: nesting past our own limit (its words are src/i18n's). */
  tooDeepForUs?: { limit: number; goYamlLimit: number }
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

/**
 * decodeBinary: a `!!binary` scalar as go-yaml decodes it (base64.StdEncoding.DecodeString: only CR and LF are
 * skipped, padding required), then as json.Marshal writes the bytes (each byte that is not UTF-8 is U+FFFD).
 */
function decodeBinary(s: string): string | undefined {
  const r = goBase64(s)
  return 'error' in r ? undefined : utf8PerByte(r.bytes)
}

/** utf8PerByte: UTF-8 with each bad byte as U+FFFD (decodePolicyBytes would read a UTF-16 BOM as UTF-16). */
function utf8PerByte(b: Uint8Array): string {
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)))
    return '\ufffd\ufffd' + utf8PerByte(b.subarray(2))
  return decodePolicyBytes(b).text
}

class Fail extends Error {
  readonly span: Span | undefined
  constructor(message: string, span?: Span) {
    super(message)
    this.span = span
  }
}

const RESOLVABLE = new Set([
  '',
  TAG + 'str',
  TAG + 'bool',
  TAG + 'int',
  TAG + 'float',
  TAG + 'null',
  TAG + 'timestamp',
])

/** resolveScalar is go-yaml's decoder.scalar with resolve.go: untagged quoted text is a string, tags are honoured or refused. */
function resolveScalar(node: GoScalarNode): GoScalar {
  const text = node.value
  const tag = node.tag
  if (tag === '' && !node.implicit) return { t: 'str', v: text }
  if (tag === TAG + 'binary') {
    const decoded = decodeBinary(text)
    if (decoded === undefined) throw new Fail('!!binary value contains invalid base64 data', span(node))
    return { t: 'str', v: decoded }
  }
  // Any other (local, non-specific `!` or unknown) tag: go-yaml keeps the text.
  if (!RESOLVABLE.has(tag)) return { t: 'str', v: text }
  if (tag === '') return resolvePlain(text)
  if (tag === TAG + 'str') return { t: 'str', v: text }
  const v = resolvePlain(text)
  if (tag === TAG + 'timestamp' && v.t === 'str' && TIMESTAMP.test(text)) return v
  if (tag === TAG + 'float' && v.t === 'int') return { t: 'float', v: v.v, raw: v.raw }
  if (resolvedTag(v) !== shortTag(tag)) {
    throw new Fail(`cannot decode ${resolvedTag(v)} \`${text}\` as a ${shortTag(tag)}`, span(node))
  }
  return v
}

function span(node: GoNode | null | undefined): Span {
  return node ? [node.start.off, node.end.off] : [0, 0]
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

type GoScalarNode = Extract<GoNode, { kind: 'scalar' }>
type Slots = Map<string, { key: GoScalar; keySpan: Span; value: Node }>

class Converter {
  readonly duplicates: DuplicateKey[] = []
  readonly budget: Budget = { decodeCount: 0, aliasCount: 0, aliasDepth: 0 }
  readonly expanding = new Set<GoNode>()

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

  /** alias is decode.go's decoder.alias: the anchored node, once at a time (a node containing itself fails). */
  private alias<T>(node: Extract<GoNode, { kind: 'alias' }>, f: (target: GoNode) => T): T {
    const target = node.target
    if (this.expanding.has(target)) throw new Fail(`anchor '${node.name}' value contains itself`, span(node))
    this.expanding.add(target)
    this.budget.aliasDepth++
    try {
      return f(target)
    } finally {
      this.budget.aliasDepth--
      this.expanding.delete(target)
    }
  }

  convert(node: GoNode, depth: number): Node {
    // The text's own depth was checked before reading (readYaml): past ours here, aliases nest the values.
    if (depth > MAX_YAML_DEPTH) throw new Fail(TOO_DEEP_FOR_US, span(node))
    this.count()
    switch (node.kind) {
      case 'alias':
        return this.alias(node, (target) => this.convert(target, depth + 1))
      case 'scalar':
        return this.scalar(node)
      case 'seq':
        return {
          t: 'seq',
          items: node.children.map((item) => this.convert(item, depth + 1)),
          span: span(node),
        }
      case 'map':
        return this.map(node.children, span(node), depth)
    }
  }

  private scalar(node: GoScalarNode): Node {
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
        // The JSON text Go writes for this number is what the typed decoder then reads.
        return v.t === 'float'
          ? { t: 'num', v: v.v, raw: String(v.v), span: at, float: true }
          : { t: 'num', v: v.v, raw: goIntDecimal(v.raw) ?? String(v.v), span: at }
    }
  }

  private map(children: GoNode[], at: Span, depth: number): Node {
    // Go map semantics: one slot per key identity, later assignments replace the value; a merge key
    // unmarshals the merged maps into this same map (go-yaml's decoder.merge), so in strict mode each key a
    // merge sets again is "already set in map", whichever came first.
    const slots: Slots = new Map()
    this.fill(children, slots, depth)
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
  private fill(children: GoNode[], slots: Slots, depth: number) {
    for (let i = 0; i + 1 < children.length; i += 2) {
      const keyNode = children[i]!
      const valueNode = children[i + 1]!
      if (isMergeKey(keyNode)) {
        this.count()
        this.merge(valueNode, slots, depth)
        continue
      }
      const keySpan = span(keyNode)
      this.count()
      let key: GoScalar
      if (keyNode.kind === 'scalar') key = resolveScalar(keyNode)
      else if (keyNode.kind === 'alias' && keyNode.target.kind === 'scalar') {
        key = this.alias(keyNode, (t) => resolveScalar(t as GoScalarNode))
      } else throw new Fail(`invalid map key: ${goSharpV(this.convert(keyNode, depth + 1))}`, keySpan)
      const value = this.convert(valueNode, depth + 1)
      const id = goKeyIdentity(key)
      if (slots.has(id)) {
        this.duplicates.push({ key: goKeyLabel(key), line: valueNode.start.line + 1, span: keySpan })
      }
      slots.set(id, { key, keySpan, value })
    }
  }

  /** merge is go-yaml's decoder.merge: a map, an alias of a map, or a sequence of those (earlier ones win). */
  private merge(value: GoNode, slots: Slots, depth: number) {
    const wantMap = () => new Fail('map merge requires map or sequence of maps as the value', span(value))
    const into = (n: GoNode) => {
      if (depth > MAX_YAML_DEPTH) throw new Fail(TOO_DEEP_FOR_US, span(n))
      this.count()
      if (n.kind === 'alias') {
        if (n.target.kind !== 'map') throw wantMap()
        this.alias(n, (target) => {
          this.count()
          this.fill((target as Extract<GoNode, { kind: 'map' }>).children, slots, depth + 1)
        })
        return
      }
      if (n.kind !== 'map') throw wantMap()
      this.fill(n.children, slots, depth + 1)
    }
    if (value.kind === 'alias') {
      if (value.target.kind !== 'map') throw wantMap()
      into(value)
    } else if (value.kind === 'map') into(value)
    else if (value.kind === 'seq') {
      this.count()
      const items = value.children
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i]!
        if (item.kind === 'alias') {
          if (item.target.kind !== 'map') throw wantMap()
        } else if (item.kind !== 'map') throw wantMap()
        into(item)
      }
    } else throw wantMap()
  }

  /** The conversion errors of sigs.k8s.io/yaml, raised after go-yaml has decoded everything. */
  pendingKey: Fail | undefined

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

/** firstNonFinite: the first .nan or .inf json.Marshal meets (map keys in sorted order, as our entries are). */
function firstNonFinite(n: Node): Extract<Node, { t: 'num' }> | undefined {
  if (n.t === 'num') return Number.isFinite(n.v) ? undefined : n
  const kids = n.t === 'seq' ? n.items : n.t === 'map' ? n.entries.map((e) => e.value) : []
  for (const k of kids) {
    const bad = firstNonFinite(k)
    if (bad) return bad
  }
  return undefined
}

/** isMergeKey is go-yaml's isMerge: a `<<` scalar, implicit (plain, untagged or `!`) or tagged `!!merge`. */
function isMergeKey(n: GoNode): boolean {
  return n.kind === 'scalar' && n.value === '<<' && (n.implicit || n.tag === TAG + 'merge')
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

/** readYaml reads the first YAML document of `text` into the value tree the JSON decoder sees. */
export function readYaml(
  text: string,
  readerError?: { message: string; offset: number },
  utf16?: boolean,
): YamlReadResult {
  // Nesting is limited before anything recurses on it (yamlDepth.ts): past go-yaml's own limit with its error
  // and place, past ours with our words.
  const nesting = yamlDepth(text, MAX_YAML_DEPTH)
  if (!readerError && nesting.depth > MAX_YAML_DEPTH) {
    const goYaml = tooDeep(text)
    const at = nesting.offset
    return {
      root: null,
      duplicates: [],
      error: goYaml.span
        ? goYaml
        : {
            message: 'yaml: ' + TOO_DEEP_FOR_US,
            span: [at, at + 1],
            tooDeepForUs: { limit: MAX_YAML_DEPTH, goYamlLimit: MAX_DEPTH },
          },
    }
  }
  let root: GoNode | undefined
  try {
    root = parseFirstDocument({ text, readerError, utf16 }).root
  } catch (e) {
    if (e instanceof GoYamlError) {
      const at = e.offset
      return {
        root: null,
        duplicates: [],
        error: { message: 'yaml: ' + e.message, span: at === undefined ? undefined : [at, at + 1] },
      }
    }
    if (e instanceof RangeError) return { root: null, duplicates: [], error: tooDeep(text) }
    throw e
  }
  if (!root) return { root: null, duplicates: [] }
  const converter = new Converter()
  try {
    const tree = converter.convert(root, 0)
    // sigs.k8s.io/yaml's own errors come after go-yaml decoded everything: map keys, then JSON marshalling.
    if (converter.pendingKey) {
      const p = converter.pendingKey
      return {
        root: null,
        duplicates: converter.duplicates,
        error: { message: p.message, span: p.span, late: true },
      }
    }
    // json.Marshal of the final value (a key set twice keeps its last value), in sorted key order.
    const bad = firstNonFinite(tree)
    if (bad) {
      const message = `json: unsupported value: ${Number.isNaN(bad.v) ? 'NaN' : bad.v > 0 ? '+Inf' : '-Inf'}`
      return {
        root: tree,
        duplicates: converter.duplicates,
        error: { message, span: bad.span, late: true, nonFinite: true },
      }
    }
    return { root: tree, duplicates: converter.duplicates }
  } catch (e) {
    if (e instanceof Fail) {
      // Conversion errors after go-yaml (JSON marshalling, map keys) carry their own wording.
      const message = /^(json:|unsupported map key)/.test(e.message) ? e.message : 'yaml: ' + e.message
      return { root: null, duplicates: [], error: { message, span: e.span } }
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
