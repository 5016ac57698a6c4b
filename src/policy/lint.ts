// Policy lint: what is valid but probably not what the author meant. Every claim is sound: containment is
// proved on the selectors (containment.ts), overlap and reachability by a witness request (witness.ts).
import { SHIPPED_BUILTIN } from './effective.ts'
import { lintFields } from './lintFields.ts'
import { lintHiddenCharacters } from './lintHidden.ts'
import type { DkpContext, LintContext, LintFinding, LintOptions } from './lintFinding.ts'
import { lintCatchAll, lintRuleLogging } from './lintLogging.ts'
import { lintPractice } from './lintPractice.ts'
import { lintRuntime } from './lintRuntime.ts'
import { lintShadowing } from './lintShadow.ts'
import { selectorCache } from './selectors.ts'
import type { Policy, PolicyRule } from './types.ts'
import { defaultKubernetesVersion } from './versions.ts'

export { LINT_IDS, type LintFinding, type LintId, type LintOptions } from './lintFinding.ts'

/** dkpContext: the built-in rules around the user's, when the target is DKP with its basic policy on. */
function dkpContext(options: LintOptions): DkpContext | null {
  // DKP turns its basic policy on unless told otherwise (basicAuditPolicyEnabled defaults to true).
  if (options.target !== 'deckhouse' || options.dkp?.basicAuditPolicyEnabled === false) return null
  const builtin = options.dkp?.builtin ?? SHIPPED_BUILTIN
  return { head: builtin.head, tail: builtin.tail, omitStages: builtin.omitStages ?? [] }
}

/** atIndex orders findings by the rule they are about; policy-level ones (`rules`) come last. */
function atIndex(f: LintFinding): number {
  const m = /^rules\[(\d+)\]/.exec(f.at)
  return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER
}

/**
 * lintPolicy returns lint findings for a policy, ordered by rule: shadowed rules, DKP built-in rules that
 * cover or overlap a rule, secret contents and large events in the log, doubled events, requests no rule
 * logs, and field values that do not mean what they seem to. It never throws and never reports a guess.
 */
export function lintPolicy(policy: Policy, options: LintOptions = {}): LintFinding[] {
  const rules: PolicyRule[] = Array.isArray(policy?.rules) ? policy.rules : []
  const dkp = dkpContext(options)
  const ordered = [...(dkp?.head.map((b) => b.rule) ?? []), ...rules]
  const headLength = ordered.length - rules.length
  const sel = selectorCache()
  const base: Omit<LintContext, 'deadRules'> = {
    policy: { ...policy, rules },
    rules,
    selectors: rules.map(sel),
    sel,
    dkp,
    earlierRules: (j) => ordered.slice(0, headLength + j),
    version: options.kubernetesVersion ?? defaultKubernetesVersion(options.target),
  }
  const shadow = lintShadowing({ ...base, deadRules: new Set() })
  const ctx: LintContext = { ...base, deadRules: shadow.dead }
  const practice = lintPractice(ctx)
  const findings = [
    ...shadow.findings,
    ...practice.findings,
    ...lintRuleLogging(ctx),
    ...lintFields(ctx),
    ...lintRuntime(ctx, practice.flagged),
    ...lintCatchAll(ctx),
    ...lintHiddenCharacters(ctx),
  ]
  return findings
    .map((f, k) => ({ f, k, at: atIndex(f) }))
    .sort((a, b) => a.at - b.at || a.k - b.k)
    .map(({ f }) => f)
}
