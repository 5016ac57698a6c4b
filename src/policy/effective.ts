// The policy kube-apiserver really runs on DKP: built-in rules 1–27, the user's rules, then 28–29, with the
// user's policy-level omitStages appended (spec/deckhouse.md §3–4).
import {
  builtinRef,
  DKP_BUILTIN_HEAD,
  DKP_BUILTIN_TAIL,
  type BuiltinRef,
  type BuiltinRule,
} from './dkpBuiltin.ts'
import type { DkpSettings } from './moduleconfig.ts'
import type { Policy, PolicyRule } from './types.ts'

/** Where one rule of the effective policy comes from. */
export type RuleOrigin = { kind: 'builtin'; builtin: BuiltinRef } | { kind: 'user'; index: number }

export interface EffectivePolicy {
  policy: Policy
  /** origins[i] says where policy.rules[i] comes from. */
  origins: RuleOrigin[]
  /** False when the result has no rules, so DKP renders no audit flags and nothing is audited. */
  auditing: boolean
}

/** The built-in rules to merge with, as DKP ships them or as a cluster rendered them. */
export interface BuiltinRules {
  head: BuiltinRule[]
  tail: BuiltinRule[]
  omitStages?: string[]
}

/** The built-in rules this project ships (see DKP_BUILTIN_SOURCE for the DKP version). */
export const SHIPPED_BUILTIN: BuiltinRules = { head: DKP_BUILTIN_HEAD, tail: DKP_BUILTIN_TAIL }

const same = (a: PolicyRule, b: PolicyRule) =>
  JSON.stringify({ ...a, note: undefined }) === JSON.stringify({ ...b, note: undefined })

/** isTailNone: DKP's rule after the user's: None for group system:authenticated, nothing else set. */
export function isTailNone(r: PolicyRule): boolean {
  return (
    r.level === 'None' &&
    r.userGroups?.length === 1 &&
    r.userGroups[0] === 'system:authenticated' &&
    !r.users &&
    !r.verbs &&
    !r.resources &&
    !r.namespaces &&
    !r.nonResourceURLs
  )
}

/** isCatchAll: a rule with no selector (it matches every request). */
export function isCatchAll(r: PolicyRule): boolean {
  return !r.users && !r.userGroups && !r.verbs && !r.resources && !r.namespaces && !r.nonResourceURLs
}

/**
 * splitRenderedPolicy takes the policy a cluster rendered (e.g. from Secret d8-control-plane-manager-config)
 * and returns its built-in part: the two tail rules are recognised by shape, and the user's own rules, if the
 * rendered policy already contains them right before the tail, are left out.
 */
export function splitRenderedPolicy(rendered: Policy, userRules: readonly PolicyRule[] = []): BuiltinRules {
  const rules = [...rendered.rules]
  let tail: PolicyRule[] = []
  const n = rules.length
  if (n >= 2 && isTailNone(rules[n - 2]!) && isCatchAll(rules[n - 1]!)) tail = rules.splice(n - 2, 2)
  if (userRules.length > 0 && rules.length >= userRules.length) {
    const start = rules.length - userRules.length
    if (userRules.every((r, i) => same(r, rules[start + i]!))) rules.splice(start)
  }
  // The rendered rules are titled by their own comment, else by their number (i18n words both).
  const titled = (r: PolicyRule, i: number): BuiltinRule =>
    r.note === undefined ? { number: i + 1, rule: r } : { number: i + 1, note: r.note, rule: r }
  return {
    head: rules.map(titled),
    tail: tail.map((r, i) => titled(r, rules.length + i)),
    omitStages: rendered.omitStages,
  }
}

/** effectivePolicy merges the user's policy into DKP's built-in rules as the control-plane-manager hook does. */
export function effectivePolicy(
  user: Policy,
  settings: Pick<DkpSettings, 'auditPolicyEnabled' | 'basicAuditPolicyEnabled'>,
  builtin: BuiltinRules = SHIPPED_BUILTIN,
): EffectivePolicy {
  const userRules = settings.auditPolicyEnabled ? user.rules : []
  const userStages = settings.auditPolicyEnabled ? (user.omitStages ?? []) : []
  const rules: PolicyRule[] = []
  const origins: RuleOrigin[] = []
  const addBuiltin = (b: BuiltinRule) => {
    rules.push(b.rule)
    origins.push({ kind: 'builtin', builtin: builtinRef(b) })
  }
  if (settings.basicAuditPolicyEnabled) builtin.head.forEach(addBuiltin)
  userRules.forEach((r, index) => {
    rules.push(r)
    origins.push({ kind: 'user', index })
  })
  if (settings.basicAuditPolicyEnabled) builtin.tail.forEach(addBuiltin)
  const omitStages = [...(settings.basicAuditPolicyEnabled ? (builtin.omitStages ?? []) : []), ...userStages]
  // Policy-level omitManagedFields is dropped by DKP; rule-level values survive with their rules.
  const policy: Policy = { rules }
  if (omitStages.length > 0) policy.omitStages = omitStages
  return { policy, origins, auditing: rules.length > 0 }
}
