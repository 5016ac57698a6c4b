// never-fires-in-practice is sound: requests from real identities never reach a flagged rule, and a flagged rule
// is reachable (it is not the exact "can never match" case) only by identities kube-apiserver never produces.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aRuleArb, requestInside, requestNear } from '../testing/ruleArbitraries.ts'
import { DKP_BUILTIN_HEAD } from './dkpBuiltin.ts'
import { effectivePolicy } from './effective.ts'
import { evaluatePolicy } from './evaluate.ts'
import { canHave, groupsForUser, impliedByGroup, isRealIdentity } from './identities.ts'
import { lintPolicy, type LintOptions } from './lint.ts'
import type { Policy, PolicyRule, RequestAttributes } from './types.ts'

const ID_USERS = [
  'alice',
  'system:anonymous',
  'system:serviceaccount:ns:sa',
  'system:serviceaccount:other:sa',
  'system:node:n1',
  'system:serviceaccount:d8-system:deckhouse',
]
const ID_GROUPS = [
  'system:authenticated',
  'system:unauthenticated',
  'system:serviceaccounts',
  'system:serviceaccounts:ns',
  'system:nodes',
  'team',
]
const idList = (pool: string[]) =>
  fc.option(fc.subarray(pool, { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 3 })

/** A rule whose users and groups come from the identity pools. */
const idRule: fc.Arbitrary<PolicyRule> = fc
  .tuple(aRuleArb, idList(ID_USERS), idList(ID_GROUPS))
  .map(([r, users, userGroups]) => {
    const out: PolicyRule = { ...r }
    delete out.users
    delete out.userGroups
    if (users) out.users = users
    if (userGroups) out.userGroups = userGroups
    return out
  })

const policyArb: fc.Arbitrary<Policy> = fc
  .array(fc.oneof(idRule, fc.constantFrom(...DKP_BUILTIN_HEAD.map((b) => b.rule)), aRuleArb), {
    minLength: 2,
    maxLength: 5,
  })
  .map((rules) => ({ rules }))

/** realIdentity: a user (or none) and the groups kube-apiserver gives it, plus groups it may also have. */
const realIdentity: fc.Arbitrary<Pick<RequestAttributes, 'user' | 'groups'>> = fc.oneof(
  fc.constant<Pick<RequestAttributes, 'user' | 'groups'>>({ user: null, groups: [] }),
  fc.tuple(fc.constantFrom(...ID_USERS), fc.subarray(ID_GROUPS)).map(([user, extra]) => {
    const groups = new Set(groupsForUser(user).map((a) => a.group))
    for (const g of extra) if (canHave(user, g)) for (const i of [g, ...impliedByGroup(g)]) groups.add(i)
    return { user, groups: [...groups] }
  }),
)

const OPTIONS: [string, LintOptions][] = [
  ['kube-apiserver', { target: 'kube-apiserver' }],
  ['deckhouse', { target: 'deckhouse', dkp: { basicAuditPolicyEnabled: true } }],
]

/** userRuleOf: which user rule decides the request (null: none, or a built-in rule). */
function userRuleOf(policy: Policy, options: LintOptions, req: RequestAttributes): number | null {
  if (options.target !== 'deckhouse') return evaluatePolicy(policy, req).matchedRule
  const eff = effectivePolicy(policy, { auditPolicyEnabled: true, basicAuditPolicyEnabled: true })
  const i = evaluatePolicy(eff.policy, req).matchedRule
  const origin = i === null ? undefined : eff.origins[i]
  return origin?.kind === 'user' ? origin.index : null
}

const flaggedOf = (policy: Policy, options: LintOptions) =>
  lintPolicy(policy, options)
    .filter((f) => f.id === 'never-fires-in-practice')
    .map((f) => Number(/^rules\[(\d+)\]$/.exec(f.at)![1]))

describe.each(OPTIONS)('never-fires-in-practice (%s)', (_name, options) => {
  it('no request from a real identity reaches a flagged rule (property, 400 runs)', () => {
    let claims = 0
    fc.assert(
      fc.property(
        policyArb.chain((p) =>
          fc.tuple(
            fc.constant(p),
            fc.array(
              fc.tuple(fc.oneof(...p.rules.flatMap((r) => [requestNear(r), requestInside(r)])), realIdentity),
              { minLength: 30, maxLength: 60 },
            ),
          ),
        ),
        ([policy, pairs]) => {
          const flagged = flaggedOf(policy, options)
          claims += flagged.length
          for (const [base, id] of pairs) {
            const req = { ...base, ...id }
            expect(isRealIdentity(req)).toBe(true)
            const j = userRuleOf(policy, options, req)
            expect(j === null || !flagged.includes(j), JSON.stringify({ policy, req, j })).toBe(true)
          }
        },
      ),
      { numRuns: 400, seed: 20261206 },
    )
    expect(claims, 'flagged rules seen').toBeGreaterThan(20)
  })

  it('each flagged rule is reached by some identity the API server never produces (property, 300 runs)', () => {
    let claims = 0
    fc.assert(
      fc.property(policyArb, (policy) => {
        for (const j of flaggedOf(policy, options)) {
          claims++
          const rule = policy.rules[j]!
          // A bare identity: the rule's own user and group, none of the groups kube-apiserver adds.
          const bare = (rule.users ?? ['someone']).flatMap((user) =>
            (rule.userGroups ?? [undefined]).map((g) => ({ user, groups: g === undefined ? [] : [g] })),
          )
          const samples = fc.sample(requestInside(rule), { numRuns: 40, seed: j + 1 })
          const reaching = bare.flatMap((id) =>
            samples.map((s) => ({ ...s, ...id })).filter((req) => userRuleOf(policy, options, req) === j),
          )
          expect(reaching.length, JSON.stringify({ policy, j })).toBeGreaterThan(0)
          for (const req of reaching) expect(isRealIdentity(req), JSON.stringify(req)).toBe(false)
        }
      }),
      { numRuns: 300, seed: 20261207 },
    )
    expect(claims, 'flagged rules seen').toBeGreaterThan(20)
  })
})
