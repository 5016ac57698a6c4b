// What an import cannot keep, named before the user confirms: the text of the policy itself is kept (comments,
// order, quoting), but not what comes around it (the Secret, other manifests, the ModuleConfig's other
// settings), and a policy not written as block YAML is rewritten canonically by the first form edit. Codes
// with parameters; src/i18n/en/importing.ts has the words.
import { isMap, parseDocument } from 'yaml'
import type { Manifest } from './secretRead.ts'

/** ImportLoss: one thing an import does not keep. */
export type ImportLoss =
  /** The Secret around the policy: only its audit-policy.yaml comes in; `extras` are its other parts. */
  | { code: 'secretEnvelope'; extras: string[] }
  /** Other documents of the file (`Kind name`). */
  | { code: 'otherDocuments'; documents: string[] }
  /** ModuleConfig settings beyond the audit ones (paths under spec). */
  | { code: 'moduleConfigOther'; paths: string[] }
  /** The policy is JSON or flow-style YAML: the first form edit writes it as canonical YAML. */
  | { code: 'rewrittenOnEdit'; format: 'json' | 'flow' }

const AUDIT_APISERVER_KEYS = new Set(['auditPolicyEnabled', 'basicAuditPolicyEnabled', 'auditLog'])
const SECRET_KEY = 'audit-policy.yaml'

const keysOf = (v: unknown): string[] =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : []

/** secretExtras: the parts of the Secret other than its name, namespace and the policy key. */
function secretExtras(secret: Manifest): string[] {
  const v = secret.value
  const meta = keysOf(v.metadata).filter((k) => k !== 'name' && k !== 'namespace')
  const data = [...keysOf(v.data), ...keysOf(v.stringData)].filter((k) => k !== SECRET_KEY)
  const top = keysOf(v).filter(
    (k) => !['apiVersion', 'kind', 'metadata', 'data', 'stringData', 'type'].includes(k),
  )
  return [...meta.map((k) => `metadata.${k}`), ...data.map((k) => `data.${k}`), ...top]
}

/** moduleConfigOther: the ModuleConfig's settings that are not the audit ones, as paths under spec. */
function moduleConfigOther(mc: Manifest): string[] {
  const spec = (mc.value.spec ?? {}) as Record<string, unknown>
  const settings = (spec.settings ?? {}) as Record<string, unknown>
  const out = keysOf(spec)
    .filter((k) => k !== 'settings' && k !== 'version')
    .map((k) => `spec.${k}`)
  for (const k of keysOf(settings)) {
    if (k !== 'apiserver') out.push(`spec.settings.${k}`)
    else
      for (const a of keysOf(settings.apiserver))
        if (!AUDIT_APISERVER_KEYS.has(a)) out.push(`spec.settings.apiserver.${a}`)
  }
  return out
}

/** policyFormat: whether a policy text is block-style YAML (kept through form edits), JSON or flow YAML. */
export function policyFormat(text: string): 'block' | 'json' | 'flow' | 'unreadable' {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false })
  if (doc.errors.length > 0 || !isMap(doc.contents)) return 'unreadable'
  if (!doc.contents.flow) return 'block'
  return text.trimStart().startsWith('{') && /^\s*\{\s*"/.test(text) ? 'json' : 'flow'
}

/**
 * importLosses lists what an import of `manifests` (the text's documents) does not keep: `secret` and `mc` are
 * the Secret and ModuleConfig it reads, `policyText` the policy text that comes in.
 */
export function importLosses(
  manifests: readonly Manifest[],
  secret: Manifest | undefined,
  mc: Manifest | undefined,
  policyText: string | null,
): ImportLoss[] {
  const losses: ImportLoss[] = []
  if (secret) losses.push({ code: 'secretEnvelope', extras: secretExtras(secret) })
  const others = manifests.filter((m) => m !== secret && m !== mc && m.kind !== 'Policy')
  if (others.length > 0 && (secret || mc))
    losses.push({
      code: 'otherDocuments',
      documents: others.map((m) => [m.kind || '(no kind)', m.name].filter(Boolean).join(' ')),
    })
  if (mc) {
    const paths = moduleConfigOther(mc)
    if (paths.length > 0) losses.push({ code: 'moduleConfigOther', paths })
  }
  if (policyText !== null) {
    const format = policyFormat(policyText)
    if (format === 'json' || format === 'flow') losses.push({ code: 'rewrittenOnEdit', format })
  }
  return losses
}
