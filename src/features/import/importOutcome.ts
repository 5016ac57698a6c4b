// What an import brings in, decided from the reader's result: whether it can be imported, what it replaces,
// and every problem in one list with its place, for the confirmation step.
import { diagnosticText } from '../../i18n/ownFindings.ts'
import type { DkpSettings } from '../../policy/moduleconfig.ts'
import type { ImportResult } from '../../policy/importing.ts'
import type { Diagnostic, Policy } from '../../policy/types.ts'
import { MAX_RULES } from '../../state/storedWork.ts'

/** ImportProblem: one finding, with its 1-based place and which text it is in. */
export interface ImportProblem {
  severity: Diagnostic['severity']
  message: string
  line?: number
  column?: number
  /** 'secret' when the place is in the policy decoded from a Secret, 'text' when in the imported text. */
  within: 'text' | 'secret'
  /** A decoding warning: the API server loads the policy and ignores this part. */
  ignored: boolean
}

/** ImportOutcome: the decision for one reading. */
export interface ImportOutcome {
  /** The policy that comes in (null when only settings, or nothing, come in). */
  policy: Policy | null
  settings?: Partial<DkpSettings>
  /** Whether the Import button is enabled. */
  canImport: boolean
  /** Errors first, then warnings and notes, in text order within each. */
  problems: ImportProblem[]
  errors: number
  /** Whether the target would load the policy as it is. */
  loadable: boolean
  /** Rules in the text when there are more than the builder takes. */
  tooManyRules?: number
}

const RANK = { error: 0, warning: 1, info: 2 } as const

/** importOutcome turns the reader's ImportResult into what the dialog shows and does. */
export function importOutcome(result: ImportResult): ImportOutcome {
  const within: ImportProblem['within'] = result.kind === 'secret' ? 'secret' : 'text'
  const toProblem = (d: Diagnostic, where: ImportProblem['within']): ImportProblem => ({
    severity: d.severity,
    // Our own findings are worded in the active language; the API server's are quoted as it writes them.
    message: diagnosticText(d),
    line: d.range?.start.line,
    column: d.range?.start.column,
    within: where,
    ignored: d.severity === 'warning' && d.kind === 'Decode',
  })
  const problems = [
    ...result.diagnostics.map((d) => toProblem(d, 'text')),
    ...(result.parse?.diagnostics ?? []).map((d) => toProblem(d, within)),
  ].sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.line ?? 0) - (b.line ?? 0))
  const policy = result.parse?.policy ?? null
  const tooMany = policy !== null && policy.rules.length > MAX_RULES
  const settings = result.settings && Object.keys(result.settings).length > 0 ? result.settings : undefined
  return {
    policy: tooMany ? null : policy,
    settings,
    canImport: !tooMany && (policy !== null || settings !== undefined),
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    loadable: result.parse?.loadable ?? false,
    tooManyRules: tooMany ? policy.rules.length : undefined,
  }
}
