// A rule gets one dkp-overlap finding, whatever the number of built-in rules it overlaps, and its fix only
// removes requests that never reached the user rule: applying it must not change how the effective DKP policy
// audits any request. Checked against the evaluator on generated requests, for the
// shipped built-in rules and for random "rendered" built-in rules (which reach the URL and group fixes too).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  aRuleArb,
  GROUPS,
  NAMESPACES,
  narrowerRule,
  requestInside,
  requestNear,
  URL_SPECS,
  USERS,
  VERBS,
} from '../testing/ruleArbitraries.ts'
import { DKP_BUILTIN_TAIL, type BuiltinRule } from './dkpBuiltin.ts'
import { effectivePolicy, SHIPPED_BUILTIN, type BuiltinRules } from './effective.ts'
import { evaluatePolicy, ruleMatches } from './evaluate.ts'
import { lintPolicy } from './lint.ts'
import type { Policy, PolicyRule, RequestAttributes } from './types.ts'

const LISTS = {
  verbs: VERBS,
  namespaces: NAMESPACES,
  users: USERS,
  userGroups: GROUPS,
  nonResourceURLs: URL_SPECS,
} as const
type ListField = keyof typeof LISTS
const FIELDS = Object.keys(LISTS) as ListField[]

/** widened: a rule inside `outer` with one list given extra values, so that only part of it lies inside. */
function widened(outer: PolicyRule): fc.Arbitrary<PolicyRule> {
  return narrowerRule(outer).chain((inner) => {
    const fields = FIELDS.filter((f) => (inner[f]?.length ?? 0) > 0)
    if (fields.length === 0) return fc.constant(inner)
    return fc
      .constantFrom(...fields)
      .chain((f) =>
        fc
          .subarray([...LISTS[f]], { minLength: 1, maxLength: 2 })
          .map((extra) => ({ ...inner, [f]: [...inner[f]!, ...extra] })),
      )
  })
}

/** userRulesNear: 1–3 user rules, mostly widened copies of the built-in rules. */
const userRulesNear = (head: readonly BuiltinRule[]) => {
  const nearHead = fc.constantFrom(...head.map((b) => b.rule)).chain(widened)
  return fc.array(fc.oneof({ arbitrary: nearHead, weight: 4 }, aRuleArb), { minLength: 1, maxLength: 3 })
}

/** A rendered built-in part: 1–3 random rules before the user's, DKP's rules 27–28 after. */
const randomBuiltinArb: fc.Arbitrary<BuiltinRules> = fc
  .array(aRuleArb, { minLength: 1, maxLength: 3 })
  .map((rules) => ({
    head: rules.map((rule, i) => ({ number: i + 1, title: `Rendered rule ${i + 1}`, rule })),
    tail: DKP_BUILTIN_TAIL.map((b, i) => ({ ...b, number: rules.length + i + 1 })),
  }))

/** A case: built-in rules, a user policy near them, and requests near the user rules (and rendered rules). */
const caseArb = (builtinArb: fc.Arbitrary<BuiltinRules>) =>
  builtinArb.chain((builtin) =>
    userRulesNear(builtin.head).chain((rules) => {
      const near = builtin === SHIPPED_BUILTIN ? rules : [...rules, ...builtin.head.map((b) => b.rule)]
      const requests = fc.array(fc.oneof(...near.flatMap((r) => [requestNear(r), requestInside(r)])), {
        minLength: 30,
        maxLength: 80,
      })
      return fc.tuple(fc.constant(builtin), fc.constant<Policy>({ rules }), requests)
    }),
  )

/** Counts over a whole run, so that the property is seen to test something. */
interface Seen {
  fixes: Record<ListField, number>
  /** Requests the fixed rule no longer matches (the ones the proof is about), by field narrowed. */
  dropped: Record<ListField, number>
  /** Fixes that narrow two or more fields at once (each taken from its own built-in rule). */
  merged: number
  /** Findings that name two or more built-in rules. */
  grouped: number
}

/**
 * checkFixes: each rule has at most one dkp-overlap finding, and applying its fix leaves every request's audit
 * result unchanged.
 */
function checkFixes(seen: Seen, builtin: BuiltinRules, policy: Policy, requests: RequestAttributes[]) {
  const settings = { auditPolicyEnabled: true, basicAuditPolicyEnabled: true }
  const options = { target: 'deckhouse', dkp: { basicAuditPolicyEnabled: true, builtin } } as const
  const before = effectivePolicy(policy, settings, builtin).policy
  const overlaps = lintPolicy(policy, options).filter((x) => x.id === 'dkp-overlap')
  expect(new Set(overlaps.map((f) => f.at)).size, 'one finding per rule').toBe(overlaps.length)
  for (const f of overlaps) {
    if (f.say.code === 'dkpOverlap' && f.say.parts.length > 1) seen.grouped++
    if (!f.fix) continue
    const j = Number(/^rules\[(\d+)\]$/.exec(f.at)![1])
    const fixed = f.fix!.policy
    const fields = FIELDS.filter((k) => fixed.rules[j]![k]?.length !== policy.rules[j]![k]?.length)
    expect(fields.length, f.fix!.description).toBeGreaterThan(0)
    // A list left empty would match every value: the rule would grow.
    for (const field of fields) expect(fixed.rules[j]![field]!.length).toBeGreaterThan(0)
    expect(fixed.rules.filter((_, k) => k !== j)).toEqual(policy.rules.filter((_, k) => k !== j))
    for (const field of fields) seen.fixes[field]++
    if (fields.length > 1) seen.merged++
    const after = effectivePolicy(fixed, settings, builtin).policy
    for (const req of requests) {
      if (ruleMatches(policy.rules[j]!, req) && !ruleMatches(fixed.rules[j]!, req))
        for (const field of fields)
          if (!ruleMatches({ ...policy.rules[j]!, [field]: fixed.rules[j]![field] }, req))
            seen.dropped[field]++
      const context = JSON.stringify({ fix: f.fix!.description, rule: policy.rules[j], req })
      // Level, omitStages and omitManagedFields, and even the deciding rule, stay the same.
      expect(evaluatePolicy(after, req), context).toEqual(evaluatePolicy(before, req))
    }
  }
}

describe('dkp-overlap fixes', () => {
  it.each([
    // No shipped built-in rule restricts nonResourceURLs, so only rendered ones get URL fixes.
    [
      'the shipped built-in rules',
      3000,
      fc.constant(SHIPPED_BUILTIN),
      ['verbs', 'namespaces', 'users', 'userGroups'],
    ],
    ['random rendered built-in rules', 3000, randomBuiltinArb, FIELDS],
  ] as const)(
    'with %s: applying any fix changes no request’s audit result (property, %i runs)',
    (_name, numRuns, builtinArb, expected) => {
      const zero = () => ({ verbs: 0, namespaces: 0, users: 0, userGroups: 0, nonResourceURLs: 0 })
      const seen: Seen = { fixes: zero(), dropped: zero(), merged: 0, grouped: 0 }
      fc.assert(
        fc.property(caseArb(builtinArb), ([builtin, policy, requests]) =>
          checkFixes(seen, builtin, policy, requests),
        ),
        { numRuns },
      )
      for (const field of expected) {
        expect(seen.fixes[field], `${field} fixes`).toBeGreaterThan(20)
        expect(seen.dropped[field], `requests a ${field} fix drops`).toBeGreaterThan(20)
      }
      expect(seen.grouped, 'findings naming several built-in rules').toBeGreaterThan(20)
      expect(seen.merged, 'fixes that narrow two fields at once').toBeGreaterThan(5)
    },
  )
})
