// The control-plane-manager ModuleConfig that switches the policy on (spec/deckhouse.md §1–2).
import { yamlQuote } from './serialize.ts'
import type { Diagnostic } from './types.ts'

export type AuditLogOutput = 'File' | 'Stdout'

/** DKP's audit settings under `spec.settings.apiserver`, with the module's defaults. */
export interface DkpSettings {
  /** Apply the rules from the kube-system/audit-policy Secret (default false in DKP; on once you use this tool). */
  auditPolicyEnabled: boolean
  /** Keep DKP's built-in rules around the user's (default true). */
  basicAuditPolicyEnabled: boolean
  auditLog: { output: AuditLogOutput; path: string }
  /** `spec.version` of the ModuleConfig; 1 is what DKP's audit docs use and every release accepts. */
  version: number
}

export const DEFAULT_AUDIT_LOG_PATH = '/var/log/kube-audit'
export const AUDIT_LOG_PATH_PATTERN = /^[a-zA-Z0-9_/.-]+[a-zA-Z0-9_.-]$/

/** defaultDkpSettings: the policy switched on, everything else at DKP's defaults. */
export function defaultDkpSettings(): DkpSettings {
  return {
    auditPolicyEnabled: true,
    basicAuditPolicyEnabled: true,
    auditLog: { output: 'File', path: DEFAULT_AUDIT_LOG_PATH },
    version: 1,
  }
}

/** validateDkpSettings checks what DKP's OpenAPI schema would refuse. */
export function validateDkpSettings(s: DkpSettings): Diagnostic[] {
  const out: Diagnostic[] = []
  if (s.auditLog.output !== 'File' && s.auditLog.output !== 'Stdout') {
    out.push({
      severity: 'error',
      kind: 'NotSupported',
      path: 'spec.settings.apiserver.auditLog.output',
      message: `auditLog.output must be "File" or "Stdout", not ${JSON.stringify(s.auditLog.output)}`,
      own: { code: 'settings-output', value: JSON.stringify(s.auditLog.output) },
      source: 'deckhouse',
    })
  }
  if (s.auditLog.output === 'File' && !AUDIT_LOG_PATH_PATTERN.test(s.auditLog.path)) {
    out.push({
      severity: 'error',
      kind: 'Invalid',
      path: 'spec.settings.apiserver.auditLog.path',
      message: `auditLog.path must match ${AUDIT_LOG_PATH_PATTERN.source}: letters, digits, "_", "/", ".", "-", and no trailing "/"`,
      own: { code: 'settings-path', pattern: AUDIT_LOG_PATH_PATTERN.source },
      source: 'deckhouse',
    })
  }
  if (!Number.isInteger(s.version) || s.version < 1 || s.version > 3) {
    out.push({
      severity: 'error',
      kind: 'Invalid',
      path: 'spec.version',
      message: 'spec.version must be 1, 2 or 3',
      own: { code: 'settings-version' },
      source: 'deckhouse',
    })
  }
  return out
}

/** buildModuleConfig writes the ModuleConfig manifest (path only for File output, where it applies). */
export function buildModuleConfig(s: DkpSettings): string {
  const lines = [
    'apiVersion: deckhouse.io/v1alpha1',
    'kind: ModuleConfig',
    'metadata:',
    '  name: control-plane-manager',
    'spec:',
    `  version: ${s.version}`,
    '  settings:',
    '    apiserver:',
    `      auditPolicyEnabled: ${s.auditPolicyEnabled}`,
    `      basicAuditPolicyEnabled: ${s.basicAuditPolicyEnabled}`,
    '      auditLog:',
    `        output: ${s.auditLog.output === 'Stdout' ? 'Stdout' : 'File'}`,
  ]
  if (s.auditLog.output !== 'Stdout') {
    const path = AUDIT_LOG_PATH_PATTERN.test(s.auditLog.path) ? s.auditLog.path : yamlQuote(s.auditLog.path)
    lines.push(`        path: ${path}`)
  }
  return lines.join('\n') + '\n'
}

/** moduleConfigPatch is the JSON merge patch that sets only the audit fields (spec.version left alone). */
export function moduleConfigPatch(s: DkpSettings): string {
  const auditLog: Record<string, string> = { output: s.auditLog.output }
  if (s.auditLog.output !== 'Stdout') auditLog.path = s.auditLog.path
  return JSON.stringify({
    spec: {
      settings: {
        apiserver: {
          auditPolicyEnabled: s.auditPolicyEnabled,
          basicAuditPolicyEnabled: s.basicAuditPolicyEnabled,
          auditLog,
        },
      },
    },
  })
}
