// What a pasted or dropped text is (a policy, the audit-policy Secret, a file with the Secret and the
// ModuleConfig) and what it brings in. Never throws.
import type { DkpSettings } from './moduleconfig.ts'
import { AUDIT_LOG_PATH_PATTERN } from './moduleconfig.ts'
import { decodePolicyBytes } from './bytes.ts'
import { importLosses, type ImportLoss } from './importLosses.ts'
import { parsePolicy, parsePolicyBytes, type ParseResult } from './parse.ts'
import { readManifests, readSecret, type Manifest } from './secretRead.ts'
import type { Diagnostic, OwnFinding, Target } from './types.ts'
import type { KubernetesVersion } from './versions.ts'

/** The largest text an import reads: a real policy is a few KB, DKP's whole built-in policy 16 KB. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024

export type ImportKind = 'policy' | 'secret' | 'moduleconfig' | 'empty' | 'binary' | 'too-large'

/** ImportDescription: what a text brings in, as numbers (the words are src/i18n's). */
export interface ImportDescription {
  kind: ImportKind
  /** The Secret's namespace and name, when it came in a Secret. */
  secret?: { namespace: string; name: string }
  /** Whether the Secret held a policy. */
  hasPolicy: boolean
  rules: number
  errors: number
  warnings: number
  /** A control-plane-manager ModuleConfig's settings come too. */
  withSettings: boolean
  /** The text's size (characters, as bytes), for a text too large. */
  bytes?: number
}

export interface ImportResult {
  kind: ImportKind
  /** The policy text that comes in (decoded from the Secret when it came in one), or null. */
  policyText: string | null
  /** The policy as the target reads it, when there is policy text. */
  parse: ParseResult | null
  /** DKP settings from a control-plane-manager ModuleConfig in the same text. */
  settings?: Partial<DkpSettings>
  /**
   * Findings about the imported text itself (Secret, ModuleConfig), with ranges in that text. Findings about
   * the policy are in `parse.diagnostics`, with ranges in `policyText`.
   */
  diagnostics: Diagnostic[]
  /**
   * What the text brings in, as codes and numbers, for the confirmation step: src/i18n words it (importing.ts
   * `summary`, e.g. "Secret kube-system/audit-policy: 5 rules").
   */
  described: ImportDescription
  /** What the import does not keep (the Secret around the policy, other documents, …), for the confirmation. */
  losses: ImportLoss[]
}

/** findBinary: the finding when the text is not text (a NUL byte, replacement characters from bad UTF-8). */
function findBinary(text: string): Extract<OwnFinding, { code: 'import-binary' }> | undefined {
  const nul = text.indexOf('\u0000')
  if (nul >= 0) return { code: 'import-binary', nulAt: nul + 1 }
  const bad = (text.match(/\ufffd/g) ?? []).length
  if (bad > 8 && bad > text.length / 100) return { code: 'import-binary' }
  return undefined
}

const isModuleConfig = (m: Manifest) => m.kind === 'ModuleConfig' && m.name === 'control-plane-manager'

/** readModuleConfig takes the audit settings out of a control-plane-manager ModuleConfig. */
export function readModuleConfig(m: Manifest): { settings: Partial<DkpSettings>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const settings: Partial<DkpSettings> = {}
  const spec = (m.value.spec ?? {}) as Record<string, unknown>
  const warn = (path: string, message: string, own: OwnFinding) =>
    diagnostics.push({
      severity: 'warning',
      kind: 'Invalid',
      path,
      message,
      own,
      range: m.range,
      source: 'deckhouse',
    })
  if (spec.version !== undefined) {
    if (
      typeof spec.version === 'number' &&
      Number.isInteger(spec.version) &&
      spec.version >= 1 &&
      spec.version <= 3
    )
      settings.version = spec.version
    else
      warn(
        'spec.version',
        `spec.version ${JSON.stringify(spec.version)} is not 1, 2 or 3; kept the current one`,
        { code: 'moduleconfig-version', value: JSON.stringify(spec.version) },
      )
  }
  const apiserver = ((spec.settings ?? {}) as Record<string, unknown>).apiserver as
    Record<string, unknown> | undefined
  if (!apiserver || typeof apiserver !== 'object') return { settings, diagnostics }
  for (const key of ['auditPolicyEnabled', 'basicAuditPolicyEnabled'] as const) {
    const v = apiserver[key]
    if (v === undefined) continue
    if (typeof v === 'boolean') settings[key] = v
    else
      warn(
        `spec.settings.apiserver.${key}`,
        `${key} must be true or false, not ${JSON.stringify(v)}; ignored`,
        { code: 'moduleconfig-not-boolean', key, value: JSON.stringify(v) },
      )
  }
  const log = apiserver.auditLog as Record<string, unknown> | undefined
  if (log && typeof log === 'object') {
    const output = log.output === undefined ? 'File' : log.output
    if (output !== 'File' && output !== 'Stdout')
      warn(
        'spec.settings.apiserver.auditLog.output',
        `auditLog.output must be File or Stdout, not ${JSON.stringify(output)}; ignored`,
        { code: 'moduleconfig-output', value: JSON.stringify(output) },
      )
    const path = log.path === undefined ? undefined : log.path
    if (path !== undefined && (typeof path !== 'string' || !AUDIT_LOG_PATH_PATTERN.test(path))) {
      warn(
        'spec.settings.apiserver.auditLog.path',
        `auditLog.path ${JSON.stringify(path)} does not match DKP's pattern; ignored`,
        { code: 'moduleconfig-path', value: JSON.stringify(path) },
      )
    }
    if (output === 'File' || output === 'Stdout') {
      settings.auditLog = {
        output,
        path: typeof path === 'string' && AUDIT_LOG_PATH_PATTERN.test(path) ? path : '/var/log/kube-audit',
      }
    }
  }
  return { settings, diagnostics }
}

/** counts: the numbers of an ImportDescription that come from the policy read. */
function counts(parse: ParseResult | null): Pick<ImportDescription, 'rules' | 'errors' | 'warnings'> {
  const d = parse?.diagnostics ?? []
  return {
    rules: parse?.policy?.rules.length ?? 0,
    errors: d.filter((x) => x.severity === 'error').length,
    warnings: d.filter((x) => x.severity === 'warning').length,
  }
}

/**
 * importText reads whatever the user brought: a policy in YAML or JSON; a Secret manifest (data or
 * stringData), possibly among other documents; a file with the Secret and the ModuleConfig (its settings come
 * too). The policy is read as `target` reads it.
 */
export function importText(
  text: string,
  options: {
    target?: Target
    kubernetesVersion?: KubernetesVersion
    /**
     * The file's bytes when `text` was decoded from them (importBytes): a policy file is then read from its bytes
     * as kube-apiserver reads it (UTF-16 with a BOM, bad UTF-8 refused by go-yaml), not from the decoded text.
     */
    bytes?: Uint8Array
  } = {},
): ImportResult {
  const none = (kind: ImportKind, message: string, own: OwnFinding): ImportResult => ({
    kind,
    policyText: null,
    parse: null,
    diagnostics: [{ severity: 'error', kind: 'Decode', path: '', message, own, source: 'import' }],
    described: {
      kind,
      hasPolicy: false,
      ...counts(null),
      withSettings: false,
      bytes: kind === 'too-large' ? text.length : undefined,
    },
    losses: [],
  })
  if (text.length > MAX_IMPORT_BYTES) {
    const mib = (text.length / 1024 / 1024).toFixed(1)
    return none(
      'too-large',
      `This text is ${mib} MiB; an audit policy is a few KB (the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MiB). Is it an audit log? Open it in "Analyze a log" instead.`,
      { code: 'import-too-large', bytes: text.length, limit: MAX_IMPORT_BYTES },
    )
  }
  const binary = findBinary(text)
  if (binary) {
    const what = binary.nulAt === undefined ? 'not UTF-8 text' : `a NUL byte at character ${binary.nulAt}`
    return none('binary', `This is not a policy: binary content (${what}).`, binary)
  }
  if (text.trim() === '')
    return none('empty', 'There is nothing to import: the text is empty.', { code: 'import-empty' })

  const target = options.target ?? 'kube-apiserver'
  // Manifests are read leniently (YAML 1.2); a policy is read exactly as the target reads it.
  let manifests: Manifest[] = []
  try {
    manifests = readManifests(text).manifests
  } catch {
    manifests = []
  }
  const secret = manifests.find((m) => m.kind === 'Secret')
  const mc = manifests.find(isModuleConfig)
  const fromMc = mc ? readModuleConfig(mc) : undefined

  if (secret) {
    const read = readSecret(text)
    const opts = { target, kubernetesVersion: options.kubernetesVersion }
    const parse =
      read.policyText === null
        ? null
        : read.policyBytes
          ? parsePolicyBytes(read.policyBytes, opts)
          : parsePolicy(read.policyText, opts)
    return {
      kind: 'secret',
      policyText: read.policyText,
      parse,
      settings: fromMc?.settings,
      diagnostics: [...read.diagnostics, ...(fromMc?.diagnostics ?? [])],
      described: {
        kind: 'secret',
        secret: read.secret ? { namespace: read.secret.namespace, name: read.secret.name } : undefined,
        hasPolicy: parse !== null,
        ...counts(parse),
        withSettings: fromMc !== undefined,
      },
      losses: importLosses(manifests, secret, mc, read.policyText),
    }
  }
  if (mc && !manifests.some((m) => m.kind === 'Policy' || m.apiVersion.startsWith('audit.k8s.io'))) {
    return {
      kind: 'moduleconfig',
      policyText: null,
      parse: null,
      settings: fromMc!.settings,
      diagnostics: fromMc!.diagnostics,
      described: { kind: 'moduleconfig', hasPolicy: false, ...counts(null), withSettings: true },
      losses: importLosses(manifests, undefined, mc, null),
    }
  }
  const parse = options.bytes
    ? parsePolicyBytes(options.bytes, { target, kubernetesVersion: options.kubernetesVersion })
    : parsePolicy(text, { target, kubernetesVersion: options.kubernetesVersion })
  return {
    kind: 'policy',
    policyText: text,
    parse,
    settings: fromMc?.settings,
    diagnostics: fromMc?.diagnostics ?? [],
    described: { kind: 'policy', hasPolicy: true, ...counts(parse), withSettings: false },
    losses: parse.policy ? importLosses(manifests, undefined, mc, text) : [],
  }
}

/**
 * importBytes imports a file from its bytes: the text is what go-yaml's reader makes of them (a UTF-16 BOM is
 * UTF-16; a UTF-8 BOM stays in the text; each byte that is not UTF-8 is U+FFFD), and a policy file is read from
 * the bytes themselves (parsePolicyBytes), so a file kube-apiserver refuses is refused here with its words.
 */
export function importBytes(
  bytes: Uint8Array,
  options: { target?: Target; kubernetesVersion?: KubernetesVersion } = {},
): ImportResult & { text: string } {
  const text = decodePolicyBytes(bytes).text
  return { ...importText(text, { ...options, bytes }), text }
}
