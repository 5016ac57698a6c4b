// Lint must never report a guess: each shadowing claim is checked against the evaluator on generated requests.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aRuleArb, narrowerRule, requestInside, requestNear } from '../testing/ruleArbitraries.ts'
import { DKP_BUILTIN_HEAD } from './dkpBuiltin.ts'
import { effectivePolicy } from './effective.ts'
import { evaluatePolicy, ruleMatches } from './evaluate.ts'
import { lintPolicy } from './lint.ts'
import type { Policy, PolicyRule, RequestAttributes } from './types.ts'

/** A policy of 2–6 rules where later rules are often narrower copies of earlier ones. */
const policyArb: fc.Arbitrary<Policy> = fc
  .array(aRuleArb, { minLength: 1, maxLength: 3 })
  .chain((base) =>
    fc
      .array(fc.constantFrom(...base).chain(narrowerRule), { minLength: 1, maxLength: 3 })
      .chain((narrow) => fc.shuffledSubarray([...base, ...narrow], { minLength: 2 })),
  )
  .map((rules) => ({ rules }))

/** A user policy for DKP whose rules are often narrower copies of built-in rules 1–26. */
const dkpPolicyArb: fc.Arbitrary<Policy> = fc
  .array(fc.oneof(aRuleArb, fc.constantFrom(...DKP_BUILTIN_HEAD.map((b) => b.rule)).chain(narrowerRule)), {
    minLength: 1,
    maxLength: 4,
  })
  .map((rules) => ({ rules }))

/** requestsFor: requests drawn near rule j and the rule it is said to be shadowed by. */
const withRequests = (policy: Policy, ...extra: PolicyRule[]) =>
  fc.tuple(
    fc.constant(policy),
    fc.array(fc.oneof(...[...policy.rules, ...extra].flatMap((r) => [requestNear(r), requestInside(r)])), {
      minLength: 20,
      maxLength: 60,
    }),
  )

describe('lint soundness', () => {
  it('shadowed-rule: every request rule j matches is matched by the earlier rule, and never decided by j (property, 600 runs)', () => {
    let claims = 0
    let checked = 0
    fc.assert(
      fc.property(
        policyArb.chain((p) => withRequests(p)),
        ([policy, requests]: [Policy, RequestAttributes[]]) => {
          for (const f of lintPolicy(policy).filter((x) => x.id === 'shadowed-rule')) {
            claims++
            const j = Number(/^rules\[(\d+)\]$/.exec(f.at)![1])
            const inner = policy.rules[j]!
            const outer = policy.rules[f.relatedRule!]!
            for (const req of requests) {
              expect(evaluatePolicy(policy, req).matchedRule).not.toBe(j)
              if (!ruleMatches(inner, req)) continue
              checked++
              expect(ruleMatches(outer, req), JSON.stringify({ outer, inner, req })).toBe(true)
            }
          }
        },
      ),
      { numRuns: 600 },
    )
    expect(claims).toBeGreaterThan(200)
    expect(checked).toBeGreaterThan(300)
  })

  it('dkp-shadowed: the named built-in rule (or, for "together", one of the named ones) matches every request the user rule matches, so the user rule never decides (property, 400 runs)', () => {
    let claims = 0
    let checked = 0
    const settings = { auditPolicyEnabled: true, basicAuditPolicyEnabled: true }
    fc.assert(
      fc.property(
        dkpPolicyArb.chain((p) => withRequests(p)),
        ([policy, requests]: [Policy, RequestAttributes[]]) => {
          const merged = effectivePolicy(policy, settings)
          for (const f of lintPolicy(policy, { target: 'deckhouse' }).filter(
            (x) => x.id === 'dkp-shadowed',
          )) {
            claims++
            const j = Number(/^rules\[(\d+)\]$/.exec(f.at)![1])
            // One built-in rule covers the rule, or several together (each request matched by one of them).
            const named =
              f.say.code === 'dkpShadowedTogether' ? f.say.builtins.map((b) => b.number) : [f.relatedRule]
            const builtins = named.map((n) => DKP_BUILTIN_HEAD.find((b) => b.number === n)!.rule)
            const position = merged.origins.findIndex((o) => o.kind === 'user' && o.index === j)
            for (const req of requests) {
              expect(evaluatePolicy(merged.policy, req).matchedRule).not.toBe(position)
              if (!ruleMatches(policy.rules[j]!, req)) continue
              checked++
              expect(
                builtins.some((b) => ruleMatches(b, req)),
                JSON.stringify({ rule: policy.rules[j], builtins, req }),
              ).toBe(true)
            }
          }
        },
      ),
      { numRuns: 400 },
    )
    expect(claims).toBeGreaterThan(100)
    expect(checked).toBeGreaterThan(100)
  })

  it('never throws, and every finding points into the policy (property, 300 runs)', () => {
    fc.assert(
      fc.property(policyArb, fc.boolean(), (policy, dkp) => {
        const found = lintPolicy(policy, dkp ? { target: 'deckhouse' } : {})
        for (const f of found) {
          expect(f.path).toBe(f.at)
          const m = /^rules\[(\d+)\]/.exec(f.at)
          if (m) expect(Number(m[1])).toBeLessThan(policy.rules.length)
          else expect(f.at).toBe('rules')
        }
      }),
      { numRuns: 300 },
    )
  })
})
