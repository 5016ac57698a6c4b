// The typed decode of the API server (sigs.k8s.io/json into the Go Policy types): field names match
// case-sensitively; unknown and duplicate fields are strict errors; a value of the wrong JSON type is a fatal
// error worded like Go's UnmarshalTypeError. Decoding goes on after an error, so the caller also gets
// everything that could be read.
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
  const groupResources: GoType = {
    k: 'struct',
    name: `${pkg}.GroupResources`,
    short: 'GroupResources',
    fields: { [names('group')]: str(), [names('resources')]: strings, [names('resourceNames')]: strings },
  }
  const rule: GoType = {
    k: 'struct',
    name: `${pkg}.PolicyRule`,
    short: 'PolicyRule',
    fields: {
      [names('level')]: str(`${pkg}.Level`),
      [names('users')]: strings,
      [names('userGroups')]: strings,
      [names('verbs')]: strings,
      [names('resources')]: { k: 'slice', name: `[]${pkg}.GroupResources`, elem: groupResources },
      [names('namespaces')]: strings,
      [names('nonResourceURLs')]: strings,
      [names('omitStages')]: stages,
      [names('omitManagedFields')]: { k: 'bool', name: 'bool', ptr: true },
    },
  }
  const top: Record<string, GoType> = {
    apiVersion: str(),
    kind: str(),
    [names('rules')]: { k: 'slice', name: `[]${pkg}.PolicyRule`, elem: rule },
    [names('omitStages')]: stages,
    [names('omitManagedFields')]: bool,
  }
  // v1 nests ObjectMeta under `metadata`; the internal type embeds it, promoting its fields.
  if (pkg === 'v1') top.metadata = objectMeta
  else Object.assign(top, objectMetaFields)
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

/** goFloat32String formats like strconv.FormatFloat(f, 'g', -1, 32). */
function goFloat32String(v: number): string {
  const f = Math.fround(v)
  let digits = ''
  for (let p = 1; p <= 9; p++) {
    digits = f.toPrecision(p)
    if (Math.fround(Number(digits)) === f) break
  }
  const [mant, expPart] = Number(digits).toExponential().split('e')
  const exp = Number(expPart)
  if (exp < -4 || exp >= 21) return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  return String(Number(digits))
}

/** equalFold compares ASCII-insensitively, with Go's two special folds (K → KELVIN SIGN, S → LONG S). */
export function equalFold(a: string, b: string): boolean {
  const norm = (s: string) => s.replaceAll('\u212a', 'k').replaceAll('\u017f', 's').toLowerCase()
  return norm(a) === norm(b)
}

/** decodeTyped decodes `root` into `type` the way the API server's JSON decoder does. */
export function decodeTyped(root: Node | null, type: GoType, options: DecodeOptions = {}): DecodeResult {
  const problems: DecodeProblem[] = []

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

  const decode = (node: Node, t: GoType, at: string, ctx: { struct?: string; fields: string[] }): unknown => {
    if (t.k === 'raw') return undefined
    if (node.t === 'null') return undefined // null leaves the zero value
    switch (t.k) {
      case 'string':
        if (node.t === 'str') return node.v
        if (options.coerceToString && node.t === 'bool') return node.v ? 'true' : 'false'
        if (options.coerceToString && node.t === 'num')
          return Number.isInteger(node.v) ? String(node.v) : goFloat32String(node.v)
        typeError(node, t, ctx, at)
        return undefined
      case 'bool':
        if (node.t === 'bool') return node.v
        typeError(node, t, ctx, at)
        return undefined
      case 'int':
        if (node.t === 'num' && /^-?\d+$/.test(node.raw) && Number.isSafeInteger(Number(node.raw)))
          return Number(node.raw)
        typeError(node, t, ctx, at, node.t === 'num' ? `number ${node.raw}` : jsonKind(node))
        return undefined
      case 'time':
        if (node.t === 'str') {
          if (node.v === '' || !Number.isNaN(Date.parse(node.v))) return node.v
          problems.push({
            kind: 'type',
            message: `parsing time ${JSON.stringify(node.v)} as "2006-01-02T15:04:05Z07:00": cannot parse ${JSON.stringify(node.v)} as "2006"`,
            at,
            span: node.span,
          })
          return undefined
        }
        problems.push({
          kind: 'type',
          message: `json: cannot unmarshal ${jsonKind(node)} into Go value of type string`,
          at,
          span: node.span,
        })
        return undefined
      case 'slice':
        if (node.t !== 'seq') {
          typeError(node, t, ctx, at)
          return undefined
        }
        return node.items.map((item, i) => decode(item, t.elem, `${at}[${i}]`, ctx))
      case 'map': {
        if (node.t !== 'map') {
          typeError(node, t, ctx, at)
          return undefined
        }
        const out: Record<string, unknown> = {}
        const seen = new Set<string>()
        for (const e of node.entries) {
          const p = join(at, e.key)
          if (seen.has(e.key))
            problems.push({
              kind: 'strict',
              message: `duplicate field ${JSON.stringify(p)}`,
              at: p,
              span: e.keySpan,
            })
          seen.add(e.key)
          out[e.key] = decode(e.value, t.elem, p, ctx)
        }
        return out
      }
      case 'struct': {
        if (node.t !== 'map') {
          typeError(node, t, ctx, at)
          return undefined
        }
        const out: Record<string, unknown> = {}
        const seen = new Set<string>()
        for (const e of node.entries) {
          const p = join(at, e.key)
          const field = fieldOf(t, e.key)
          if (!field) {
            const name = options.stdlib
              ? `json: unknown field ${JSON.stringify(e.key)}`
              : `unknown field ${JSON.stringify(p)}`
            problems.push({ kind: 'strict', message: name, at: p, span: e.keySpan })
            continue
          }
          const [name, ft] = field
          if (seen.has(name) && !options.stdlib) {
            problems.push({
              kind: 'strict',
              message: `duplicate field ${JSON.stringify(p)}`,
              at: p,
              span: e.keySpan,
            })
          }
          seen.add(name)
          const v = decode(e.value, ft, join(at, name), { struct: t.short, fields: [...ctx.fields, name] })
          if (v !== undefined) out[name] = v
          // null resets slices, maps and pointers; strings, bools and structs keep what they had.
          else if (
            e.value.t === 'null' &&
            (ft.k === 'slice' || ft.k === 'map' || (ft.k === 'bool' && ft.ptr))
          )
            delete out[name]
        }
        return out
      }
    }
  }

  const value = root ? decode(root, type, '', { fields: [] }) : undefined
  return { value, problems }
}
