// parsePolicy: a policy file read exactly as kube-apiserver's LoadPolicyFromBytes reads it (or as DKP's
// Secret hook does, for target "deckhouse"), returning what could be read plus every finding. Never throws.
import {
  decodeTyped,
  INTERNAL_POLICY,
  unmarshalableNumber,
  V1_POLICY,
  equalFold,
  type DecodeProblem,
  type GoType,
} from './decode.ts'
import { decodePolicyBytes, type DecodedBytes } from './bytes.ts'
import { readJson } from './jsonread.ts'
import { GROUP_LIST_FIELDS, POLICY_SETTING_TABLE, RULE_FIELD_TABLE } from './ruleFields.ts'
import { noteAbove } from './notes.ts'
import { lineStarts, locate, rangeOf } from './source.ts'
import { indexSpans, type Node, type Span, type SpanIndex } from './tree.ts'
import type { Diagnostic, GroupResources, OwnFinding, Policy, PolicyRule, Target } from './types.ts'
import { EMPTY_POLICY_MESSAGE, targetFindings } from './target.ts'
import { validatePolicy } from './validate.ts'
import { defaultKubernetesVersion, type KubernetesVersion } from './versions.ts'
import { readYaml, type ReadError } from './yamlread.ts'

export interface ParseOptions {
  target?: Target
  /** The kube-apiserver minor that loads the policy (default: DKP's default on deckhouse, else the newest). */
  kubernetesVersion?: KubernetesVersion
}

export interface ParseResult {
  /**
   * Everything that could be read, in the audit.k8s.io/v1 shape, even when the target would refuse the file
   * (so forms can show it); null when the text holds no mapping at all.
   */
  policy: Policy | null
  /** Whether the target would load it: kube-apiserver starts, or DKP accepts the Secret and the API server then starts. */
  loadable: boolean
  /** Errors (load fails), warnings (it loads, but something is ignored) and notes, each with a range where it has one. */
  diagnostics: Diagnostic[]
  /** The strict-decoding complaints kube-apiserver logs before loading leniently (conformance `warnings`). */
  warnings: string[]
  /** The one error line the loader would stop with, when it stops. */
  failure?: string
  /** Set when that line is ours, not the loader's (src/i18n words it: failureText). */
  failureOwn?: OwnFinding
  /** `yaml` or `json`: which decoder the API server picks for this text. */
  format: 'yaml' | 'json'
  /**
   * Set when the API server takes the text for JSON (it starts with `{`) but it is flow-style YAML: it does not
   * load, and `policy` is its complete YAML reading (the forms show it; a form edit writes it in block style).
   */
  readAsYaml?: true
}

const SCHEME = 'k8s.io/apiserver/pkg/audit/scheme.go:30'
/** Kinds the audit scheme knows in audit.k8s.io/v1 besides Policy (decoding them fails at conversion). */
const OTHER_V1_KINDS = new Set([
  'Event',
  'EventList',
  'PolicyList',
  'WatchEvent',
  'ListOptions',
  'GetOptions',
  'DeleteOptions',
  'CreateOptions',
  'UpdateOptions',
  'PatchOptions',
])
const INTERNAL_KINDS = new Set(['Event', 'EventList', 'PolicyList', 'WatchEvent'])
/** metav1's unversioned kinds, which the scheme creates for any group/version. */
const UNVERSIONED_KINDS = new Set(['Status', 'APIVersions', 'APIGroupList', 'APIGroup', 'APIResourceList'])

/** Go's unicode.IsSpace, which decides whether the text "starts with {". */
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/

/** isJSON tells whether kube-apiserver hands the text to its JSON decoder (first non-space byte is `{`). */
export function isJSON(text: string): boolean {
  return text.slice(GO_SPACE.exec(text)![0].length).startsWith('{')
}

interface Gvk {
  group: string
  version: string
  kind: string
}

interface Ctx {
  text: string
  /** How the bytes were read, when parsePolicyBytes read them. */
  read?: DecodedBytes
  starts: number[]
  index: SpanIndex
  diagnostics: Diagnostic[]
  version: KubernetesVersion
}

function diag(ctx: Ctx, d: Omit<Diagnostic, 'range'>, span?: Span): void {
  const s = span ?? (d.at !== undefined ? locate(ctx.index, d.at) : undefined)
  ctx.diagnostics.push(s ? { ...d, range: rangeOf(ctx.starts, s) } : d)
}

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.length > 0 ? v.map((x) => (typeof x === 'string' ? x : '')) : undefined
}

/** toGroupResources turns a decoded resources entry into ours (absent and empty lists are both undefined). */
function toGroupResources(g: unknown): GroupResources {
  const gr = (g ?? {}) as Record<string, unknown>
  const entry: GroupResources = { group: typeof gr.group === 'string' ? gr.group : '' }
  for (const f of GROUP_LIST_FIELDS) {
    const list = strings(gr[f])
    if (list) entry[f] = list
  }
  return entry
}

/** toPolicy turns a decoded v1 value into our Policy shape (absent and empty lists are both undefined). */
function toPolicy(value: unknown): Policy {
  const top = (value ?? {}) as Record<string, unknown>
  const rules = Array.isArray(top.rules) ? top.rules : []
  const policy: Policy = {
    rules: rules.map((r): PolicyRule => {
      const rule = (r ?? {}) as Record<string, unknown>
      const out: PolicyRule = { level: '' }
      for (const f of RULE_FIELD_TABLE) {
        const v = rule[f.name]
        switch (f.kind) {
          case 'level':
            out[f.name] = typeof v === 'string' ? v : ''
            break
          case 'strings':
          case 'stages': {
            const list = strings(v)
            if (list) out[f.name] = list
            break
          }
          case 'groups':
            if (Array.isArray(v) && v.length > 0) out[f.name] = v.map(toGroupResources)
            break
          case 'bool':
            if (typeof v === 'boolean') out[f.name] = v
            break
        }
      }
      return out
    }),
  }
  for (const f of POLICY_SETTING_TABLE) {
    const v = top[f.name]
    if (f.kind === 'stages') {
      const list = strings(v)
      if (list) policy[f.name] = list
    } else if (v === true) policy[f.name] = true
  }
  return policy
}

/** interpret mirrors SimpleMetaFactory.Interpret: apiVersion and kind, matched case-insensitively. */
function interpret(root: Node | null): { gvk?: Gvk; error?: string; at?: string } {
  if (root && root.t !== 'map' && root.t !== 'null') {
    const what = { seq: 'array', str: 'string', num: 'number', bool: 'bool' }[root.t]
    return {
      error: `couldn't get version/kind; json parse error: json: cannot unmarshal ${what} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }`,
    }
  }
  let apiVersion = ''
  let kind = ''
  for (const e of root?.t === 'map' ? root.entries : []) {
    for (const [field, set] of [
      ['apiVersion', (v: string) => (apiVersion = v)],
      ['kind', (v: string) => (kind = v)],
    ] as const) {
      if (!equalFold(e.key, field)) continue
      if (e.value.t === 'str') set(e.value.v)
      else if (e.value.t !== 'null') {
        const what = { map: 'object', seq: 'array', num: 'number', bool: 'bool' }[e.value.t]
        return {
          error: `couldn't get version/kind; json parse error: json: cannot unmarshal ${what} into Go struct field .${field} of type string`,
          at: field,
        }
      }
    }
  }
  let group = ''
  let version = ''
  if (apiVersion !== '' && apiVersion !== '/') {
    const slashes = apiVersion.split('/').length - 1
    if (slashes > 1) return { error: `unexpected GroupVersion string: ${apiVersion}`, at: 'apiVersion' }
    if (slashes === 0) version = apiVersion
    else [group, version] = apiVersion.split('/') as [string, string]
  }
  // gvkWithDefaults against the decode target, audit.k8s.io/__internal Policy.
  if (kind === '') kind = 'Policy'
  if (version === '' && group === '') {
    group = 'audit.k8s.io'
    version = '__internal'
  }
  if (version === '' && group === 'audit.k8s.io') version = '__internal'
  return { gvk: { group, version, kind } }
}

function gvString(g: Gvk): string {
  return g.group === '' ? g.version : `${g.group}/${g.version}`
}

/** decodeTarget says which Go type the file decodes into, or why the scheme refuses it. */
function decodeTarget(g: Gvk): { type: GoType } | { convertFrom: string } | { notRegistered: string } {
  if (g.group === 'audit.k8s.io' && g.version === 'v1') {
    if (g.kind === 'Policy') return { type: V1_POLICY }
    if (OTHER_V1_KINDS.has(g.kind)) return { convertFrom: `v1.${g.kind}` }
  }
  if (g.group === 'audit.k8s.io' && g.version === '__internal') {
    if (g.kind === 'Policy') return { type: INTERNAL_POLICY }
    if (INTERNAL_KINDS.has(g.kind))
      return { convertFrom: `audit.${g.kind === 'WatchEvent' ? 'InternalEvent' : g.kind}` }
  }
  if (UNVERSIONED_KINDS.has(g.kind)) return { convertFrom: `v1.${g.kind}` }
  if (g.version === '__internal') {
    return {
      notRegistered: `no kind "${g.kind}" is registered for the internal version of group "${g.group}" in scheme "${SCHEME}"`,
    }
  }
  return {
    notRegistered: `no kind "${g.kind}" is registered for version "${gvString(g)}" in scheme "${SCHEME}"`,
  }
}

function rootSpanIndex(root: Node | null): SpanIndex {
  return root ? indexSpans(root) : new Map()
}

function withNotes(policy: Policy, ctx: Ctx, format: 'yaml' | 'json'): Policy {
  if (format !== 'yaml') return policy
  policy.rules.forEach((rule, i) => {
    const hit = ctx.index.get(`rules[${i}]`)
    if (!hit) return
    const note = noteAbove(ctx.text, hit.span[0])
    if (note !== undefined) rule.note = note
  })
  return policy
}

/** tooDeep: our own finding for a reading error of ours (nesting past our limit), with the words in front. */
function tooDeep(prefix: string, e: ReadError): OwnFinding | undefined {
  return e.tooDeepForUs && { code: 'too-deep', prefix, ...e.tooDeepForUs }
}

function yamlDuplicatesMessage(dups: ReadonlyArray<{ key: string; line: number }>): string {
  return (
    'yaml: unmarshal errors:\n' +
    dups.map((d) => `  line ${d.line}: key ${d.key} already set in map`).join('\n')
  )
}

/**
 * decodeFailure: the result of a policy that does not decode (kube-apiserver's loader or DKP's hook, `source`):
 * its Decode error recorded at `path`, and the failure it gives.
 */
function decodeFailure(
  ctx: Ctx,
  source: 'kube-apiserver' | 'deckhouse',
  format: ParseResult['format'],
  f: {
    message: string
    path: string
    span: Span | undefined
    policy: Policy | null
    warnings: string[]
    own: OwnFinding | undefined
  },
): ParseResult {
  const { message, path, own } = f
  const d: Diagnostic = { severity: 'error', kind: 'Decode', path, at: path, message, source }
  diag(ctx, own ? { ...d, own } : d, f.span)
  const failed: ParseResult = {
    policy: f.policy,
    loadable: false,
    diagnostics: ctx.diagnostics,
    warnings: f.warnings,
    failure: message,
    format,
  }
  return own ? { ...failed, failureOwn: own } : failed
}

/** loadKube follows LoadPolicyFromBytes: decode strictly, fall back to lenient, check group/version, validate. */
function loadKube(text: string, ctx: Ctx): ParseResult {
  const format = isJSON(text) && !ctx.read?.utf16 ? 'json' : 'yaml'
  let root: Node | null
  let dups: Array<{ key: string; line: number; span: Span }> = []
  const fail = (
    message: string,
    path: string,
    span?: Span,
    policy: Policy | null = null,
    warnings: string[] = [],
    own?: OwnFinding,
  ): ParseResult =>
    decodeFailure(ctx, 'kube-apiserver', format, { message, path, span, policy, warnings, own })
  if (format === 'json') {
    const r = readJson(text, ctx.read?.badBytes)
    if (r.error) {
      const failed = fail(
        `failed decoding: couldn't get version/kind; json parse error: ${r.error.message}`,
        '',
        r.error.span,
      )
      return yamlTakenForJson(text, ctx, failed) ?? failed
    }
    root = r.root
  } else {
    const r = readYaml(text, ctx.read?.yamlError, ctx.read?.utf16)
    if (r.error)
      return fail(
        `failed decoding: ${r.error.message}`,
        '',
        r.error.span,
        null,
        [],
        tooDeep('failed decoding: yaml: ', r.error),
      )
    root = r.root
    dups = r.duplicates
  }
  ctx.index = rootSpanIndex(root)

  // For the forms: the v1 reading of whatever is there, whatever apiVersion says.
  const bestEffort = (): Policy | null =>
    root?.t === 'map' ? withNotes(toPolicy(decodeTyped(root, V1_POLICY).value), ctx, format) : null

  const meta = interpret(root)
  if (meta.error) {
    const span = meta.at ? locate(ctx.index, meta.at, false) : root?.span
    return fail(`failed decoding: ${meta.error}`, meta.at ?? '', span, bestEffort())
  }
  const gvk = meta.gvk!
  const target = decodeTarget(gvk)
  if ('notRegistered' in target) {
    const path =
      gvk.group === 'audit.k8s.io' && (gvk.version === 'v1' || gvk.version === '__internal')
        ? 'kind'
        : 'apiVersion'
    return fail(`failed decoding: ${target.notRegistered}`, path, locate(ctx.index, path), bestEffort())
  }
  if ('convertFrom' in target) {
    return fail(
      `failed decoding: converting (${target.convertFrom}) to (audit.Policy): unknown conversion`,
      'kind',
      locate(ctx.index, 'kind'),
      bestEffort(),
    )
  }

  const decoded = decodeTyped(root, target.type)
  const typeError =
    decoded.problems.find((p) => p.immediate) ?? decoded.problems.find((p) => p.kind === 'type')
  if (typeError) {
    for (const p of decoded.problems.filter((q) => q.kind === 'type').slice(1)) {
      diag(
        ctx,
        {
          severity: 'error',
          kind: 'Decode',
          path: '',
          at: p.at,
          message: p.message,
          source: 'kube-apiserver',
        },
        p.span,
      )
    }
    return fail(`failed decoding: ${typeError.message}`, '', typeError.span, bestEffort())
  }

  // Strict complaints: the API server logs them and loads leniently (unknown fields dropped, last duplicate wins).
  const warnings: string[] = []
  if (dups.length > 0) {
    const message = yamlDuplicatesMessage(dups)
    warnings.push(message)
    for (const d of dups) {
      diag(
        ctx,
        {
          severity: 'warning',
          kind: 'Decode',
          path: '',
          message: `duplicate key ${d.key} (line ${d.line}): the last value is used`,
          own: { code: 'duplicate-key-last-wins', key: d.key, line: d.line },
          source: 'kube-apiserver',
        },
        d.span,
      )
    }
  }
  for (const p of decoded.problems) {
    warnings.push(p.message)
    diag(
      ctx,
      {
        severity: 'warning',
        kind: 'Decode',
        path: p.at,
        at: p.at,
        message: `${p.message}: ignored by the API server`,
        own: { code: 'ignored-by-server', error: p.message },
        source: 'kube-apiserver',
      },
      p.span,
    )
  }

  if (gvk.group !== 'audit.k8s.io' || gvk.version !== 'v1') {
    const message = `unknown group version field ${gvk.group}/${gvk.version}, Kind=${gvk.kind} in policy`
    return fail(message, 'apiVersion', locate(ctx.index, 'apiVersion') ?? root?.span, bestEffort(), warnings)
  }

  const policy = withNotes(toPolicy(decoded.value), ctx, format)
  const errors = validatePolicy(policy, { kubernetesVersion: ctx.version })
  for (const e of errors) diag(ctx, e)
  if (errors.length > 0) {
    const failure = errors.length === 1 ? errors[0]!.message : `[${errors.map((e) => e.message).join(', ')}]`
    return { policy, loadable: false, diagnostics: ctx.diagnostics, warnings, failure, format }
  }
  const empty = targetFindings(policy, 'kube-apiserver')
  if (empty.length > 0) {
    for (const d of empty) diag(ctx, d)
    return {
      policy,
      loadable: false,
      diagnostics: ctx.diagnostics,
      warnings,
      failure: EMPTY_POLICY_MESSAGE,
      format,
    }
  }
  return { policy, loadable: true, diagnostics: ctx.diagnostics, warnings, format }
}

/**
 * yamlTakenForJson: a text that starts with `{` goes to kube-apiserver's JSON decoder, so flow-style YAML such as
 * `{apiVersion: audit.k8s.io/v1, kind: Policy, rules: [{level: None}]}` does not load (the oracle agrees: a
 * `---` or a comment line above it, or block style, makes it load). When the text reads as a YAML mapping, the
 * failed result gets that reading's policy (so the forms show its rules, `readAsYaml`) and a note saying why
 * and what to do; undefined when the text is no YAML mapping either.
 */
function yamlTakenForJson(text: string, ctx: Ctx, failed: ParseResult): ParseResult | undefined {
  if (ctx.read?.badBytes?.size) return undefined
  const r = readYaml(text)
  if (r.error || r.root?.t !== 'map') return undefined
  ctx.index = rootSpanIndex(r.root)
  const policy = withNotes(toPolicy(decodeTyped(r.root, V1_POLICY).value), ctx, 'yaml')
  ctx.diagnostics.push({
    severity: 'info',
    kind: 'Decode',
    path: '',
    message:
      'kube-apiserver reads text starting with "{" as JSON, not as flow-style YAML: use block style (a form edit does) or put "---" above it',
    source: 'import',
    own: { code: 'yaml-taken-for-json' },
    range: rangeOf(ctx.starts, [r.root.span[0], r.root.span[0] + 1]),
  })
  return { ...failed, policy, diagnostics: ctx.diagnostics, readAsYaml: true }
}

/**
 * loadDeckhouse follows DKP's hook: sigs.k8s.io/yaml.UnmarshalStrict into v1.Policy (YAML always; standard
 * library JSON, so case-insensitive names; unknown fields and duplicate keys are errors; apiVersion and kind are
 * not checked). What it accepts is then merged and loaded by kube-apiserver, so validation still applies.
 */
function loadDeckhouse(text: string, ctx: Ctx): ParseResult {
  const format = 'yaml'
  const prefix = 'invalid audit-policy.yaml format: '
  const fail = (
    message: string,
    path: string,
    span?: Span,
    policy: Policy | null = null,
    own?: OwnFinding,
  ): ParseResult =>
    decodeFailure(ctx, 'deckhouse', format, {
      message: prefix + message,
      path,
      span,
      policy,
      warnings: [],
      own,
    })
  const r = readYaml(text, ctx.read?.yamlError, ctx.read?.utf16)
  let readError = r.error
  if (readError?.nonFinite && r.root) {
    // With v1.Policy as the target, a .nan or .inf for a string field is the string "NaN" or "+Inf".
    const n = unmarshalableNumber(r.root, V1_POLICY)
    readError = n && {
      message: `json: unsupported value: ${Number.isNaN(n.v) ? 'NaN' : n.v > 0 ? '+Inf' : '-Inf'}`,
      span: n.span,
      late: true,
    }
  }
  // UnmarshalStrict: go-yaml's "already set in map" comes before sigs.k8s.io/yaml's own conversion errors.
  if (readError && !(readError.late && r.duplicates.length > 0))
    return fail(
      `error converting YAML to JSON: ${readError.message}`,
      '',
      readError.span,
      null,
      tooDeep(`${prefix}error converting YAML to JSON: yaml: `, readError),
    )
  const root = r.root
  ctx.index = rootSpanIndex(root)
  const lenient = (): Policy | null =>
    root?.t === 'map'
      ? withNotes(
          toPolicy(decodeTyped(root, V1_POLICY, { stdlib: true, coerceToString: true }).value),
          ctx,
          format,
        )
      : null
  if (r.duplicates.length > 0) {
    for (const d of r.duplicates.slice(1)) {
      diag(
        ctx,
        {
          severity: 'error',
          kind: 'Decode',
          path: '',
          message: `${prefix}duplicate key ${d.key} (line ${d.line})`,
          own: { code: 'duplicate-key', prefix, key: d.key, line: d.line },
          source: 'deckhouse',
        },
        d.span,
      )
    }
    return fail(
      `error converting YAML to JSON: ${yamlDuplicatesMessage(r.duplicates)}`,
      '',
      r.duplicates[0]!.span,
      lenient(),
    )
  }
  if (root && root.t !== 'map' && root.t !== 'null') {
    return fail(
      `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${root.t === 'seq' ? 'array' : root.t === 'str' ? 'string' : root.t === 'num' ? 'number' : 'bool'} into Go value of type v1.Policy`,
      '',
      root.span,
    )
  }
  const decoded = decodeTyped(root, V1_POLICY, { stdlib: true, coerceToString: true })
  const first: DecodeProblem | undefined = decoded.problems.find((p) => p.immediate) ?? decoded.problems[0]
  if (first) {
    for (const p of decoded.problems.slice(1)) {
      diag(
        ctx,
        {
          severity: 'error',
          kind: 'Decode',
          path: p.at,
          at: p.at,
          message: prefix + p.message,
          source: 'deckhouse',
        },
        p.span,
      )
    }
    return fail(
      `error unmarshaling JSON: while decoding JSON: ${first.message}`,
      first.at,
      first.span,
      lenient(),
    )
  }
  const policy = withNotes(toPolicy(decoded.value), ctx, format)
  const top = (decoded.value ?? {}) as Record<string, unknown>
  if (typeof top.apiVersion === 'string' && top.apiVersion !== 'audit.k8s.io/v1') {
    diag(ctx, {
      severity: 'info',
      kind: 'Invalid',
      path: 'apiVersion',
      at: 'apiVersion',
      message: `apiVersion ${JSON.stringify(top.apiVersion)} is not checked by DKP: its rules are re-emitted as audit.k8s.io/v1`,
      own: { code: 'dkp-api-version-unchecked', apiVersion: JSON.stringify(top.apiVersion) },
      source: 'deckhouse',
    })
  }
  const errors = validatePolicy(policy, { kubernetesVersion: ctx.version })
  for (const e of errors)
    diag(ctx, {
      ...e,
      message: `${e.message} (DKP accepts the Secret, then kube-apiserver fails to start)`,
      own: { code: 'dkp-then-apiserver-fails', error: e.message },
    })
  if (errors.length > 0) {
    const failure = errors.length === 1 ? errors[0]!.message : `[${errors.map((e) => e.message).join(', ')}]`
    return { policy, loadable: false, diagnostics: ctx.diagnostics, warnings: [], failure, format }
  }
  for (const d of targetFindings(policy, 'deckhouse')) diag(ctx, d)
  return { policy, loadable: true, diagnostics: ctx.diagnostics, warnings: [], format }
}

/** parsePolicy reads a policy file as the chosen target would, returning the policy and every finding. */
export function parsePolicy(text: string, options: ParseOptions = {}): ParseResult {
  return parseText(text, options)
}

/**
 * parsePolicyBytes reads a policy file from its bytes as the target would: a UTF-16 BOM makes go-yaml read
 * UTF-16; bad UTF-8 is U+FFFD for kube-apiserver's JSON decoder and an error for go-yaml (so for DKP, always).
 */
export function parsePolicyBytes(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const read = decodePolicyBytes(bytes)
  return parseText(read.text, options, read)
}

function parseText(text: string, options: ParseOptions, read?: DecodedBytes): ParseResult {
  const ctx: Ctx = {
    text,
    read,
    starts: lineStarts(text),
    index: new Map(),
    diagnostics: [],
    version: options.kubernetesVersion ?? defaultKubernetesVersion(options.target),
  }
  try {
    return options.target === 'deckhouse' ? loadDeckhouse(text, ctx) : loadKube(text, ctx)
  } catch (e) {
    // A bug of ours must not take the page down: report it as an unreadable file.
    const error = e instanceof Error ? e.message : String(e)
    const message = `internal error while reading the policy: ${error}`
    const own: OwnFinding = { code: 'internal-error', error }
    return {
      policy: null,
      loadable: false,
      diagnostics: [{ severity: 'error', kind: 'Decode', path: '', message, own, source: 'import' }],
      warnings: [],
      failure: message,
      failureOwn: own,
      format: isJSON(text) ? 'json' : 'yaml',
    }
  }
}
