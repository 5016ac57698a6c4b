// Derived data: computed from the document, memoized on the inputs' identity, never stored. One document is
// shown at a time, so a one-entry memo per function is enough and shared by every component.
import { buildModuleConfig, validateDkpSettings, type DkpSettings } from '../policy/moduleconfig.ts'
import { defaultKubernetesVersion, type KubernetesVersion } from '../policy/versions.ts'
import { serializePolicy } from '../policy/serialize.ts'
import type { Diagnostic, Policy } from '../policy/types.ts'
import { documentDiagnostics, indexByField, indexByRule, type FieldPath } from './diagnostics.ts'
import type { EditorDocument } from './document.ts'
import type { EditorState } from './store.ts'
import { textFindings } from './textSync.ts'

/** memoLast remembers the last result of `fn` for arguments identical (===) to the last ones. */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
      return last.result
    const result = fn(...args)
    last = { args, result }
    return result
  }
}

/** policyText: the canonical policy YAML (for a policy that has no text of the user's). */
export const policyText = memoLast((policy: Policy) => serializePolicy(policy))
/**
 * documentText: the policy's text (the Policy tab, the Secret's payload, audit-policy.yaml): the user's own
 * when there is one (doc.text), else the canonical one.
 */
export const documentText = (doc: Pick<EditorDocument, 'policy' | 'text'>): string =>
  doc.text !== '' ? doc.text : policyText(doc.policy)
/** moduleConfigText: the control-plane-manager ModuleConfig. */
export const moduleConfigText = memoLast((dkp: DkpSettings) => buildModuleConfig(dkp))
const coreDiagnosticsOf = memoLast(
  (policy: Policy, target: EditorDocument['target'], kubernetesVersion: KubernetesVersion): Diagnostic[] =>
    documentDiagnostics({ policy, target, kubernetesVersion }),
)
const coreDiagnostics = (policy: Policy, target: EditorDocument['target'], version?: KubernetesVersion) =>
  coreDiagnosticsOf(policy, target, version ?? defaultKubernetesVersion(target))

const NO_LINT: readonly Diagnostic[] = Object.freeze([])

/**
 * lintFindings: the lint findings that apply to the current document. Fresh ones always; older ones while the
 * rules are the same ones in the same order (typing in a field), so warnings do not blink on every keystroke.
 */
export function lintFindings(state: EditorState): readonly Diagnostic[] {
  const { lint, doc } = state
  if (
    !lint ||
    lint.target !== doc.target ||
    lint.basicAuditPolicyEnabled !== doc.dkp.basicAuditPolicyEnabled ||
    (lint.kubernetesVersion ?? defaultKubernetesVersion(lint.target)) !==
      (doc.kubernetesVersion ?? defaultKubernetesVersion(doc.target))
  )
    return NO_LINT
  return lint.policy === doc.policy || lint.ruleIds === doc.ruleIds ? lint.findings : NO_LINT
}

/** importedFindings: the last import's findings while its policy is the one edited (see ImportedFindings). */
export function importedFindings(state: EditorState): readonly Diagnostic[] {
  // The user's text is kept, with what it says that the forms cannot show: its findings come from the text.
  if (state.doc.text !== '') return textFindings(state.doc.text, state.doc.target)
  return state.imported && state.imported.policy === state.doc.policy ? state.imported.findings : NO_LINT
}

/** Findings beside the core's: lint's and the last import's (both kept apart from each edit's recomputation). */
const extraOf = memoLast(
  (lint: readonly Diagnostic[], imported: readonly Diagnostic[]): readonly Diagnostic[] =>
    imported.length === 0 ? lint : lint.length === 0 ? imported : [...imported, ...lint],
)
const extraFindings = (state: EditorState) => extraOf(lintFindings(state), importedFindings(state))

const merged = memoLast((core: Diagnostic[], lint: readonly Diagnostic[]): Diagnostic[] =>
  lint.length === 0 ? core : [...core, ...lint],
)

/** diagnostics: every finding for the document: the API server's errors, the target's, and lint's. */
export function diagnostics(state: EditorState): Diagnostic[] {
  return merged(
    coreDiagnostics(state.doc.policy, state.doc.target, state.doc.kubernetesVersion),
    extraFindings(state),
  )
}

// Indexes are kept apart for the core's findings (recomputed per edit, few) and lint's (recomputed only when
// lint runs, possibly many), so a keystroke does not re-index every lint finding of a big policy.
const coreFieldIndex = memoLast((list: Diagnostic[]) => indexByField(list))
const lintFieldIndex = memoLast((list: readonly Diagnostic[]) => indexByField(list))
const coreRuleIndex = memoLast((list: Diagnostic[]) => indexByRule(list))
const lintRuleIndex = memoLast((list: readonly Diagnostic[]) => indexByRule(list))

function join<K>(a: Map<K, Diagnostic[]>, b: Map<K, Diagnostic[]>, key: K): readonly Diagnostic[] {
  const x = a.get(key)
  const y = b.get(key)
  if (!x) return y ?? NONE
  return y ? [...x, ...y] : x
}

/** fieldDiagnostics: the findings about one form field (see diagnostics.ts for paths). */
export function fieldDiagnostics(state: EditorState, field: FieldPath): readonly Diagnostic[] {
  const core = coreFieldIndex(
    coreDiagnostics(state.doc.policy, state.doc.target, state.doc.kubernetesVersion),
  )
  return join(core, lintFieldIndex(extraFindings(state)), field)
}

/** ruleDiagnostics: every finding about rule `index` (its fields included). */
export function ruleDiagnostics(state: EditorState, index: number): readonly Diagnostic[] {
  const core = coreRuleIndex(coreDiagnostics(state.doc.policy, state.doc.target, state.doc.kubernetesVersion))
  return join(core, lintRuleIndex(extraFindings(state)), index)
}

/** dkpDiagnostics: what DKP's schema would refuse in the ModuleConfig settings. */
export const dkpDiagnostics = memoLast((dkp: DkpSettings) => validateDkpSettings(dkp))

const NONE: readonly Diagnostic[] = Object.freeze([])
