// The typed decode of the API server (sigs.k8s.io/json into the Go Policy types): field names match
// case-sensitively; unknown and duplicate fields are strict errors; a value of the wrong JSON type is a fatal
// error worded like Go's UnmarshalTypeError. Decoding goes on after an error, so the caller also gets
// everything that could be read.
import { goQuote } from './gostrings.ts'
import { parseRFC3339Error } from './gotime.ts'
import { GROUP_FIELD_TABLE, POLICY_FIELD_TABLE, RULE_FIELD_TABLE, type RuleFieldKind } from './ruleFields.ts'
import { jsonKind, type Node, type Span } from './tree.ts'

export type GoType =
  | { k: 'string'; name: string }
  | { k: 'bool'; name: string; ptr?: true }
  | { k: 'int'; name: string }
  | { k: 'slice'; name: string; elem: GoType }
  | { k: 'map'; name: string; elem: GoType }
  | { k: 'struct'; name: string; short: string; fields: Record<string, GoType> }
  | { k: 'time'; name: string }
  | { k: 'raw' }

const str = (name = 'string'): GoType => ({ k: 'string', name })
const bool: GoType = { k: 'bool', name: 'bool' }
const int64: GoType = { k: 'int', name: 'int64' }
const strings: GoType = { k: 'slice', name: '[]string', elem: str() }
const time: GoType = { k: 'time', name: 'v1.Time' }

const objectMetaFields: Record<string, GoType> = {
  name: str(),
  generateName: str(),
  namespace: str(),
  selfLink: str(),
  uid: str('types.UID'),
  resourceVersion: str(),
  generation: int64,
  creationTimestamp: time,
  deletionTimestamp: time,
  deletionGracePeriodSeconds: int64,
  labels: { k: 'map', name: 'map[string]string', elem: str() },
  annotations: { k: 'map', name: 'map[string]string', elem: str() },
  ownerReferences: {
    k: 'slice',
    name: '[]v1.OwnerReference',
    elem: {
      k: 'struct',
      name: 'v1.OwnerReference',
      short: 'OwnerReference',
      fields: {
        apiVersion: str(),
        kind: str(),
        name: str(),
        uid: str('types.UID'),
        controller: bool,
        blockOwnerDeletion: bool,
      },
    },
  },
  finalizers: strings,
  managedFields: {
    k: 'slice',
    name: '[]v1.ManagedFieldsEntry',
    elem: {
      k: 'struct',
      name: 'v1.ManagedFieldsEntry',
      short: 'ManagedFieldsEntry',
      fields: {
        manager: str(),
        operation: str('v1.ManagedFieldsOperationType'),
        apiVersion: str(),
        time,
        fieldsType: str(),
        fieldsV1: { k: 'raw' },
        subresource: str(),
      },
    },
  },
}

const objectMeta: GoType = {
  k: 'struct',
  name: 'v1.ObjectMeta',
  short: 'ObjectMeta',
  fields: objectMetaFields,
}

function policyTypes(pkg: 'v1' | 'audit', names: (n: string) => string): GoType {
  const stages: GoType = { k: 'slice', name: `[]${pkg}.Stage`, elem: str(`${pkg}.Stage`) }
  const groupField: Record<'group' | 'strings', GoType> = { group: str(), strings }
  const groupResources: GoType = {
    k: 'struct',
    name: `${pkg}.GroupResources`,
    short: 'GroupResources',
    fields: Object.fromEntries(GROUP_FIELD_TABLE.map((f) => [names(f.name), groupField[f.kind]])),
  }
  const ruleField: Record<RuleFieldKind, GoType> = {
    level: str(`${pkg}.Level`),
    strings,
    stages,
    groups: { k: 'slice', name: `[]${pkg}.GroupResources`, elem: groupResources },
    bool: { k: 'bool', name: 'bool', ptr: true },
  }
  const rule: GoType = {
    k: 'struct',
    name: `${pkg}.PolicyRule`,
    short: 'PolicyRule',
    fields: Object.fromEntries(RULE_FIELD_TABLE.map((f) => [names(f.name), ruleField[f.kind]])),
  }
  const top: Record<string, GoType> = {}
  for (const f of POLICY_FIELD_TABLE) {
    switch (f.kind) {
      case 'header':
        // TypeMeta is inlined with its json tags in both types.
        top[f.name] = str()
        break
      case 'metadata':
        // v1 nests ObjectMeta under `metadata`; the internal type embeds it, promoting its fields.
        if (pkg === 'v1') top[f.name] = objectMeta
        else Object.assign(top, objectMetaFields)
        break
      case 'stages':
        top[names(f.name)] = stages
        break
      case 'flag':
        top[names(f.name)] = bool
        break
      case 'rules':
        top[names(f.name)] = { k: 'slice', name: `[]${pkg}.PolicyRule`, elem: rule }
        break
    }
  }
  return { k: 'struct', name: `${pkg}.Policy`, short: 'Policy', fields: top }
}

/** The versioned type files declare: json tags in lowerCamelCase. */
export const V1_POLICY = policyTypes('v1', (n) => n)
/** The internal type a file without apiVersion decodes into: no json tags, so Go field names. */
export const INTERNAL_POLICY = policyTypes('audit', (n) =>
  n === 'nonResourceURLs' ? 'NonResourceURLs' : n[0]!.toUpperCase() + n.slice(1),
)

/** Field name of the internal type → the v1 json name, to read both with one code path. */
export function v1Name(name: string): string {
  if (name === 'NonResourceURLs') return 'nonResourceURLs'
  return /^[A-Z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name
}

/** Something the decoder objected to, in the order it met them. */
export interface DecodeProblem {
  /** `strict`: unknown or duplicate field (fatal only in strict mode); `type`: always fatal. */
  kind: 'strict' | 'type'
  message: string
  /**
   * An error a field's own UnmarshalJSON returned (metav1.Time): encoding/json stops there and returns it, ahead
   * of the first type mismatch or unknown field it had saved.
   */
  immediate?: true
  /** Fully indexed path of the offending key or value, e.g. `rules[0].verbs`. */
  at: string
  span: Span
}

export interface DecodeResult {
  value: unknown
  problems: DecodeProblem[]
}

export interface DecodeOptions {
  /**
   * Go's standard encoding/json (what DKP's sigs.k8s.io/yaml.UnmarshalStrict uses) instead of sigs.k8s.io/json:
   * field names match case-insensitively and unknown fields are named without their path.
   */
  stdlib?: boolean
  /** sigs.k8s.io/yaml with a target type turns YAML numbers and booleans into strings for string fields. */
  coerceToString?: boolean
}

/** goFloat32String formats like strconv.FormatFloat(f, 'g', -1, 32): %e below 1e-4 and from 1e+06 (Go's "shortest" rule). */
export function goFloat32String(v: number): string {
  if (Number.isNaN(v)) return 'NaN'
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf'
  const f = Math.fround(v)
  let digits = ''
  for (let p = 1; p <= 9; p++) {
    digits = f.toPrecision(p)
    if (Math.fround(Number(digits)) === f) break
  }
  const [mant, expPart] = Number(digits).toExponential().split('e')
  const exp = Number(expPart)
  if (exp < -4 || exp >= 6) return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  return String(Number(digits))
}

/** equalFold compares ASCII-insensitively, with Go's two special folds (K → KELVIN SIGN, S → LONG S). */
export function equalFold(a: string, b: string): boolean {
  const norm = (s: string) => s.replaceAll('\u212a', 'k').replaceAll('\u017f', 's').toLowerCase()
  return norm(a) === norm(b)
}

/**
 * A Go slice while decoding: encoding/json decodes an array into the slice already there, element by element
 * into the existing elements, growing the backing array by half (at least 4) and cutting the length at the end,
 * so a repeated key merges into what the first one decoded, and stale elements past the length come back.
 */
class GoSlice {
  backing: unknown[] = []
  len = 0
  cap = 0
}

/** finish turns decoding values (GoSlice) into plain arrays. */
function finish(v: unknown): unknown {
  if (v instanceof GoSlice) return v.backing.slice(0, v.len).map(finish)
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[k] = finish(x)
    return out
  }
  return v
}

/** The most strict-decoding errors sigs.k8s.io/json keeps (it also drops repeats of the same message). */
const MAX_STRICT_ERRORS = 100

/** decodeTyped decodes `root` into `type` the way the API server's JSON decoder does. */
export function decodeTyped(root: Node | null, type: GoType, options: DecodeOptions = {}): DecodeResult {
  const problems: DecodeProblem[] = []
  const strictSeen = new Set<string>()
  let strictCount = 0
  const strict = (message: string, at: string, span: Span) => {
    if (!options.stdlib) {
      if (strictCount >= MAX_STRICT_ERRORS || strictSeen.has(message)) return
      strictSeen.add(message)
      strictCount++
    }
    problems.push({ kind: 'strict', message, at, span })
  }

  const typeError = (
    node: Node,
    t: GoType,
    ctx: { struct?: string; fields: string[] },
    at: string,
    value = jsonKind(node),
  ) => {
    const tname = t.k === 'raw' ? 'json.RawMessage' : t.name
    const message = ctx.struct
      ? `json: cannot unmarshal ${value} into Go struct field ${ctx.struct}.${ctx.fields.join('.')} of type ${tname}`
      : `json: cannot unmarshal ${value} into Go value of type ${tname}`
    problems.push({ kind: 'type', message, at, span: node.span })
  }

  const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`)

  const fieldOf = (t: Extract<GoType, { k: 'struct' }>, key: string): [string, GoType] | undefined => {
    if (Object.hasOwn(t.fields, key)) return [key, t.fields[key]!]
    if (options.stdlib) {
      for (const [name, ft] of Object.entries(t.fields)) if (equalFold(name, key)) return [name, ft]
    }
    return undefined
  }

  /** toString is sigs.k8s.io/yaml's conversion of a YAML number or bool for a string field. */
  const coerced = (node: Node): string | undefined => {
    if (node.t === 'bool') return node.v ? 'true' : 'false'
    if (node.t === 'num') return node.float ? goFloat32String(node.v) : node.raw
    return undefined
  }

  /**
   * decode returns the new value of a Go variable of type `t` holding `old` after decoding `node` into it
   * (undefined: the zero value).
   */
  const decode = (
    node: Node,
    t: GoType,
    at: string,
    ctx: { struct?: string; fields: string[]; noCoerce?: boolean },
    old: unknown,
  ): unknown => {
    if (t.k === 'raw') return undefined
    if (node.t === 'null') {
      // null resets slices, maps and pointers (and a metav1.Time); strings, bools, ints and structs keep theirs.
      if (t.k === 'slice' || t.k === 'map' || t.k === 'time' || (t.k === 'bool' && t.ptr)) return undefined
      return old
    }
    switch (t.k) {
      case 'string': {
        if (node.t === 'str') return node.v
        const c = options.coerceToString && !ctx.noCoerce ? coerced(node) : undefined
        if (c !== undefined) return c
        typeError(node, t, ctx, at)
        return old
      }
      case 'bool':
        if (node.t === 'bool') return node.v
        typeError(node, t, ctx, at)
        return old
      case 'int':
        if (node.t === 'num' && /^-?\d+$/.test(node.raw) && Number.isSafeInteger(Number(node.raw)))
          return Number(node.raw)
        typeError(node, t, ctx, at, node.t === 'num' ? `number ${node.raw}` : jsonKind(node))
        return old
      case 'time': {
        // metav1.Time.UnmarshalJSON: a JSON string in RFC 3339 (Go 1.19's time.Parse), or null.
        if (node.t === 'str') {
          const error = parseRFC3339Error(node.v)
          if (error === undefined) return node.v
          problems.push({ kind: 'type', message: error, at, span: node.span, immediate: true })
          return old
        }
        // metav1.Time.UnmarshalJSON's own json.Unmarshal into a string; the outer decoder adds its context.
        typeError(node, { k: 'string', name: 'string' }, ctx, at)
        problems[problems.length - 1]!.immediate = true
        return old
      }
      case 'slice': {
        if (node.t !== 'seq') {
          typeError(node, t, ctx, at)
          return old
        }
        let s = old instanceof GoSlice ? old : new GoSlice()
        node.items.forEach((item, i) => {
          if (i >= s.cap) {
            const cap = Math.max(4, s.cap + Math.floor(s.cap / 2))
            const grown = new GoSlice()
            grown.backing = s.backing.slice(0, s.len)
            grown.len = s.len
            grown.cap = cap
            s = grown
          }
          if (i >= s.len) s.len = i + 1
          s.backing[i] = decode(item, t.elem, `${at}[${i}]`, ctx, s.backing[i])
        })
        if (node.items.length < s.len) s.len = node.items.length
        return node.items.length === 0 ? new GoSlice() : s
      }
      case 'map': {
        if (node.t !== 'map') {
          typeError(node, t, ctx, at)
          return old
        }
        const out: Record<string, unknown> = { ...((old as Record<string, unknown> | undefined) ?? {}) }
        const seen = new Set<string>()
        for (const e of node.entries) {
          const p = join(at, e.key)
          if (seen.has(e.key) && !options.stdlib) strict(`duplicate field ${goQuote(p)}`, p, e.keySpan)
          seen.add(e.key)
          out[e.key] = decode(e.value, t.elem, p, ctx, out[e.key]) ?? ''
        }
        return out
      }
      case 'struct': {
        if (node.t !== 'map') {
          typeError(node, t, ctx, at)
          return old
        }
        const out: Record<string, unknown> = { ...((old as Record<string, unknown> | undefined) ?? {}) }
        const seen = new Set<string>()
        for (const e of node.entries) {
          const p = join(at, e.key)
          const field = fieldOf(t, e.key)
          if (!field) {
            if (options.stdlib) strict(`json: unknown field ${goQuote(e.key)}`, p, e.keySpan)
            else strict(`unknown field ${goQuote(p)}`, p, e.keySpan)
            continue
          }
          const [name, ft] = field
          if (seen.has(name) && !options.stdlib) strict(`duplicate field ${goQuote(p)}`, p, e.keySpan)
          seen.add(name)
          // TypeMeta is embedded (inline): sigs.k8s.io/yaml does not turn numbers into strings for it.
          const noCoerce = at === '' && (name === 'apiVersion' || name === 'kind')
          const v = decode(
            e.value,
            ft,
            join(at, name),
            { struct: t.short, fields: [...ctx.fields, name], noCoerce },
            out[name],
          )
          if (v === undefined) delete out[name]
          else out[name] = v
        }
        return out
      }
    }
  }

  const value = root ? finish(decode(root, type, '', { fields: [] }, undefined)) : undefined
  return { value, problems }
}

/**
 * unmarshalableNumber: sigs.k8s.io/yaml's convertToJSONableObject with a target type (DKP's UnmarshalStrict into
 * v1.Policy) turns numbers for string fields into strings (`.nan` → "NaN"), so json.Marshal fails only on a
 * non-finite number whose target is not a string: the first such number in Go's marshalling order (sorted keys),
 * or undefined. Fields are found as that function finds them: exact name, else the first case-insensitive match;
 * an inline struct (TypeMeta: apiVersion, kind) and types with their own UnmarshalJSON (metav1.Time) are no
 * string targets. Source: sigs.k8s.io/yaml yaml.go convertToJSONableObject.
 */
export function unmarshalableNumber(root: Node, type: GoType): Extract<Node, { t: 'num' }> | undefined {
  const walk = (
    node: Node,
    t: GoType | undefined,
    inline: boolean,
  ): Extract<Node, { t: 'num' }> | undefined => {
    switch (node.t) {
      case 'num':
        if (Number.isFinite(node.v)) return undefined
        return t?.k === 'string' && !inline ? undefined : node
      case 'seq':
        for (const item of node.items) {
          const bad = walk(item, t?.k === 'slice' ? t.elem : undefined, false)
          if (bad) return bad
        }
        return undefined
      case 'map':
        for (const e of node.entries) {
          let ft: GoType | undefined
          let inl = false
          if (t?.k === 'struct') {
            const name = Object.hasOwn(t.fields, e.key)
              ? e.key
              : Object.keys(t.fields).find((n) => equalFold(n, e.key))
            ft = name === undefined ? undefined : t.fields[name]
            inl = t === type && (name === 'apiVersion' || name === 'kind')
          } else if (t?.k === 'map') ft = t.elem
          const bad = walk(e.value, ft, inl)
          if (bad) return bad
        }
        return undefined
      default:
        return undefined
    }
  }
  return walk(root, type, false)
}
