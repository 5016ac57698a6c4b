// Helpers for lint's table tests: each case names a policy, the lint options, and exactly where the
// findings of one lint id must point.
import { expect, it } from 'vitest'
import { lint as enLint } from '../i18n/en/lint.ts'
import { fullText, wordFindings } from '../i18n/lint.ts'
import { lintPolicy, type LintFinding, type LintOptions } from '../policy/lint.ts'
import type { Policy, PolicyRule } from '../policy/types.ts'

export const KUBE: LintOptions = { target: 'kube-apiserver' }
export const DKP: LintOptions = { target: 'deckhouse', dkp: { basicAuditPolicyEnabled: true } }
export const DKP_OFF: LintOptions = { target: 'deckhouse', dkp: { basicAuditPolicyEnabled: false } }

/** core builds a resources list of core-group resources. */
export const core = (...resources: string[]) => [{ group: '', resources }]
/** quiet: the fields that keep a rule clear of the RequestReceived hint. */
export const quiet: Partial<PolicyRule> = { omitStages: ['RequestReceived'] }

/** Spot: where a finding points, and the earlier rule it names (if any). */
export type Spot = { at: string; relatedRule?: number }

/** LintCase: a named policy, the options, and the findings of one lint id (where they point). */
export type LintCase = [name: string, policy: Policy, options: LintOptions, want: Spot[]]

/** spots reduces findings to where they point. */
export const spots = (fs: LintFinding[]): Spot[] =>
  fs.map((f) => (f.relatedRule === undefined ? { at: f.at } : { at: f.at, relatedRule: f.relatedRule }))

/** only returns the findings of one lint id, in English words (i18n/en/lint.ts). */
export function only(id: string, policy: Policy, options: LintOptions): LintFinding[] {
  return worded(lintPolicy(policy, options).filter((f) => f.id === id))
}

/** worded: findings in English words: headline as `message`, details, list, fix descriptions. */
export const worded = (fs: readonly LintFinding[]) => wordFindings(fs, enLint)

/** textOf: everything a finding says in English: its headline, details and list, as one paragraph. */
export const textOf = (f: LintFinding) => [fullText(f), ...(f.items ?? [])].join(' ')

/** runCases checks, for each case, exactly which findings of `id` lint reports. */
export function runCases(id: string, cases: LintCase[]) {
  it.each(cases)('%s', (_name, policy, options, want) =>
    expect(spots(only(id, policy, options))).toEqual(want),
  )
}

/** applyFix returns the policy that the single finding of `id` proposes. */
export function applyFix(id: string, policy: Policy, options: LintOptions = KUBE): Policy {
  const [f] = only(id, policy, options)
  expect(f?.fix, `a ${id} fix`).toBeDefined()
  return f!.fix!.policy
}
