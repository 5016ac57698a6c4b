// The simulator's question: which rule of the policy the API server really runs decides a request, and why
// each earlier rule did not. On Kubernetes that policy is the user's; on DKP it is the effective one (built-in
// rules 1–27, the user's rules, then 28–29; spec/deckhouse.md §3–4).
import type { BuiltinRef } from './dkpBuiltin.ts'
import {
  effectivePolicy,
  SHIPPED_BUILTIN,
  type BuiltinRules,
  type EffectivePolicy,
  type RuleOrigin,
} from './effective.ts'
import { evaluatePolicy, explainRule, type Mismatch } from './evaluate.ts'
import type { DkpSettings } from './moduleconfig.ts'
import type { EvaluationResult, Policy, PolicyRule, RequestAttributes, Target } from './types.ts'

/** SimulationOptions: whose API server runs the policy, and on DKP with which settings and built-in rules. */
export interface SimulationOptions {
  target: Target
  dkp?: Pick<DkpSettings, 'auditPolicyEnabled' | 'basicAuditPolicyEnabled'>
  builtin?: BuiltinRules
}

/** A rule the request reached and did not match, with the first selector that rejected it. */
export interface SkippedRule {
  /** Index in the policy that runs. */
  index: number
  origin: RuleOrigin
  mismatch: Mismatch
}

/** How the request came out, in terms a message can be built from. */
export type Verdict =
  | { kind: 'not-audited' } // DKP renders no audit flags: nothing is audited at all
  | { kind: 'no-match' } // no rule matched: the request is not audited
  | { kind: 'user'; index: number } // the user's rule `index` decided
  | { kind: 'builtin'; builtin: BuiltinRef; tail: boolean } // a DKP built-in rule decided

export interface Simulation {
  /** The evaluation on the policy that runs (matchedRule indexes `run.policy.rules`). */
  result: EvaluationResult
  verdict: Verdict
  /** Every rule before the one that matched (all of them when none did), in order. */
  skipped: SkippedRule[]
  /** Later rules that match the request too (first match wins, so they do not decide), in order. */
  alsoMatched: { index: number; origin: RuleOrigin }[]
}

/** PolicyRun: the policy that runs, each rule's origin, and where DKP's tail rules (28–29) start. */
export interface PolicyRun extends EffectivePolicy {
  /** Index of the first tail rule; `policy.rules.length` when there is none. */
  tailStart: number
}

/** policyRun: the policy kube-apiserver runs for this target, each rule with its origin. */
export function policyRun(policy: Policy, options: SimulationOptions): PolicyRun {
  if (options.target === 'deckhouse') {
    // DKP defaults both settings to true.
    const dkp = options.dkp ?? { auditPolicyEnabled: true, basicAuditPolicyEnabled: true }
    const builtin = options.builtin ?? SHIPPED_BUILTIN
    const eff = effectivePolicy(policy, dkp, builtin)
    const tail = dkp.basicAuditPolicyEnabled ? builtin.tail.length : 0
    return { ...eff, tailStart: eff.policy.rules.length - tail }
  }
  return {
    policy,
    origins: policy.rules.map((_, index) => ({ kind: 'user', index })),
    auditing: true,
    tailStart: policy.rules.length,
  }
}

/** simulateRequest evaluates `req` on the policy that runs and explains every rule it passed over. */
export function simulateRequest(run: PolicyRun, req: RequestAttributes): Simulation {
  const result = evaluatePolicy(run.policy, req)
  const end = result.matchedRule ?? run.policy.rules.length
  const skipped: SkippedRule[] = []
  for (let i = 0; i < end; i++) {
    const rule: PolicyRule = run.policy.rules[i]!
    const mismatch = explainRule(rule, req)
    // explainRule and ruleMatches agree; a rule before the match always has a reason.
    if (mismatch) skipped.push({ index: i, origin: run.origins[i]!, mismatch })
  }
  let verdict: Verdict
  if (!run.auditing) verdict = { kind: 'not-audited' }
  else if (result.matchedRule === null) verdict = { kind: 'no-match' }
  else {
    const o = run.origins[result.matchedRule]!
    verdict =
      o.kind === 'user'
        ? { kind: 'user', index: o.index }
        : { kind: 'builtin', builtin: o.builtin, tail: result.matchedRule >= run.tailStart }
  }
  const alsoMatched: Simulation['alsoMatched'] = []
  if (result.matchedRule !== null)
    for (let i = result.matchedRule + 1; i < run.policy.rules.length; i++)
      if (explainRule(run.policy.rules[i]!, req) === null)
        alsoMatched.push({ index: i, origin: run.origins[i]! })
  return { result, verdict, skipped, alsoMatched }
}
