import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aPolicy, aRule } from '../testing/builders.ts'
import { aRuleArb } from '../testing/ruleArbitraries.ts'
import { fixturePolicy, hasSharedFixtures, needsShared } from '../testing/shared.ts'
import { diffPolicies } from './diff.ts'
import { DKP_BUILTIN_HEAD } from './dkpBuiltin.ts'
import { effectivePolicy } from './effective.ts'
import { parsePolicy } from './parse.ts'
import { readRenderedPolicy } from './rendered.ts'
import type { Policy, PolicyRule } from './types.ts'

const ON = { auditPolicyEnabled: true, basicAuditPolicyEnabled: true }
const secretsAt = (level: string, ...verbs: string[]): PolicyRule =>
  aRule({ level, resources: [{ group: '', resources: ['secrets'] }], ...(verbs.length ? { verbs } : {}) })
const USER = aPolicy([secretsAt('Metadata'), aRule({ level: 'Request', verbs: ['delete'] })], {
  omitStages: ['RequestReceived'],
})
const rendered = (user: Policy) => effectivePolicy(user, ON).policy

describe('readRenderedPolicy', () => {
  it('finds the user’s rules and stages between DKP’s built-in rules, numbered as DKP renders them', () => {
    const r = readRenderedPolicy(rendered(USER))!
    expect(r.user).toEqual(USER)
    expect(r.builtin.head.map((b) => b.number)).toEqual(DKP_BUILTIN_HEAD.map((b) => b.number))
    expect(r.builtin.tail.map((b) => [b.number, b.shipped])).toEqual([
      [28, true],
      [29, true],
    ])
    // The stages are the user's: DKP's built-in policy has none at policy level.
    expect(r.builtin.omitStages).toBeUndefined()
    // Rendered again with its own built-in rules, it is the same policy.
    expect(effectivePolicy(r.user, ON, r.builtin).policy).toEqual(rendered(USER))
  })

  it('reads back any user policy DKP renders (property)', () => {
    fc.assert(
      fc.property(fc.array(aRuleArb, { maxLength: 6 }), (rules) => {
        const user = aPolicy(rules)
        expect(readRenderedPolicy(rendered(user))?.user).toEqual(user)
      }),
      { numRuns: 200 },
    )
  })

  it('keeps a user rule that looks like an earlier built-in rule as the user’s', () => {
    // Rule 15 of DKP is Metadata for every LIST; the same rule right after the built-in ones is the user's.
    const user = aPolicy([aRule({ level: 'Metadata', verbs: ['list'] }), secretsAt('Request')])
    expect(readRenderedPolicy(rendered(user))?.user).toEqual(user)
  })

  it('reads another DKP release: other lists in rules 12 and 14, a rule missing, an unknown rule added', () => {
    const head = DKP_BUILTIN_HEAD.map((b) => b.rule)
      .filter((_, i) => i !== 19)
      .map((r, i) =>
        i === 11
          ? { ...r, users: ['system:serviceaccount:d8-new:sa'] }
          : i === 13
            ? { ...r, namespaces: ['d8-x'] }
            : r,
      )
    head.splice(
      5,
      0,
      aRule({ level: 'None', resources: [{ group: 'new.deckhouse.io', resources: ['probes'] }] }),
    )
    const policy = aPolicy([...head, ...USER.rules, ...rendered(aPolicy([])).rules.slice(-2)])
    const r = readRenderedPolicy(policy)!
    expect(r.user.rules).toEqual(USER.rules)
    expect(r.builtin.head).toHaveLength(head.length)
    // The unknown rule is numbered by its place and has no DKP title; rules before it keep DKP's titles.
    expect(r.builtin.head[5]).toMatchObject({ number: 6 })
    expect(r.builtin.head[5]!.shipped).toBeUndefined()
    expect(r.builtin.head[4]!.shipped).toBe(true)
    // 27 built-in rules before them, as in DKP's own rendering: the last two are DKP's 28 and 29, titled so.
    expect(r.builtin.tail.map((b) => [b.number, b.shipped])).toEqual([
      [28, true],
      [29, true],
    ])
  })

  const cases: Array<[string, Policy]> = [
    ['a user policy', USER],
    [
      'the user’s policy with DKP’s two last rules but no built-in ones',
      aPolicy([...USER.rules, ...rendered(aPolicy([])).rules.slice(-2)]),
    ],
    [
      'a policy that starts like DKP’s (events dropped) but holds few of its rules',
      aPolicy([
        ...rendered(aPolicy([])).rules.slice(0, 3),
        secretsAt('Metadata'),
        ...rendered(aPolicy([])).rules.slice(-2),
      ]),
    ],
    [
      'DKP’s rendering with basic rules off (exactly the user’s policy)',
      effectivePolicy(USER, { ...ON, basicAuditPolicyEnabled: false }).policy,
    ],
  ]
  it.each(cases)('does not read %s as rendered on a master', (_name, policy) => {
    expect(readRenderedPolicy(policy)).toBeNull()
  })

  it('compares the user’s part with both sides running the cluster’s built-in rules', () => {
    const r = readRenderedPolicy(rendered(USER))!
    const edited = aPolicy([secretsAt('Request'), USER.rules[1]!], { omitStages: ['RequestReceived'] })
    const d = diffPolicies(r.user, edited, { target: 'deckhouse', dkp: ON, builtin: r.builtin })
    expect(d.ruleChanges).toEqual([expect.objectContaining({ kind: 'changed', oldIndex: 0, newIndex: 0 })])
    expect(d.behaviourChanges.map((c) => [c.before.level, c.after.level])).toEqual([['Metadata', 'Request']])
    // The same as comparing the user's own policies on DKP: the rendered base adds nothing of its own.
    expect(d.behaviourChanges).toEqual(
      diffPolicies(USER, edited, { target: 'deckhouse', dkp: ON }).behaviourChanges,
    )
  })
})

const present = hasSharedFixtures()
describe.skipIf(!present)(needsShared('readRenderedPolicy on DKP’s documented full policy', present), () => {
  it('reads the documented rendering (DKP’s docs example, one release older) with user rules in it', () => {
    const doc = parsePolicy(fixturePolicy('deckhouse-basic-audit-policy.yaml')).policy!
    const policy = aPolicy([...doc.rules.slice(0, -2), ...USER.rules, ...doc.rules.slice(-2)], {
      omitStages: USER.omitStages,
    })
    const r = readRenderedPolicy(policy)!
    expect(r.user.rules).toEqual(USER.rules)
    expect(r.user.omitStages).toEqual(['RequestReceived'])
    expect(r.builtin.head).toHaveLength(26)
    // Its comments title its rules.
    expect(r.builtin.head[0]!.note).toMatch(/Endpoints/)
    // One rule fewer before them than DKP renders now: 27 and 28 are numbered by their place, not titled as 28, 29.
    expect(r.builtin.tail.map((b) => [b.number, b.shipped])).toEqual([
      [27, undefined],
      [28, undefined],
    ])
  })
})
