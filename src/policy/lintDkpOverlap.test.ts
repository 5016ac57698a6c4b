import { describe, expect, it } from 'vitest'
import { aPolicy, aRule } from '../testing/builders.ts'
import { DKP_OFF, DKP, core, only, runCases, textOf } from '../testing/lintCases.ts'
import type { LintOptions } from './lint.ts'
import { mergedNarrowing, type OverlapHit } from './lintDkpOverlap.ts'
import type { LintFinding } from './lintFinding.ts'
import type { PolicyRule } from './types.ts'

const RECOMMENDER = 'system:serviceaccount:kube-system:d8-vertical-pod-autoscaler-recommender'
const DECKHOUSE_SA = 'system:serviceaccount:d8-system:deckhouse'
const vpas = [{ group: 'autoscaling.k8s.io', resources: ['verticalpodautoscalers'] }]

/** onDkpWith: DKP whose (rendered) built-in part is just `rule`, as built-in rule 1. */
const onDkpWith = (rule: PolicyRule): LintOptions => ({
  target: 'deckhouse',
  dkp: {
    basicAuditPolicyEnabled: true,
    builtin: { head: [{ number: 1, note: 'Test rule', rule }], tail: [] },
  },
})

/** partsOf: the built-in rules a dkp-overlap finding names, by number. */
function partsOf(f: LintFinding): number[] {
  return f.say.code === 'dkpOverlap' ? f.say.parts.map((p) => p.builtin.number) : []
}

/** overlapWith: rule j's one dkp-overlap finding, which names built-in rule `n`. */
function overlapWith(rules: PolicyRule[], n: number, options: LintOptions = DKP, j = 0) {
  const fs = only('dkp-overlap', aPolicy(rules), options).filter((x) => x.at === `rules[${j}]`)
  expect(fs, `one dkp-overlap finding on rules[${j}]`).toHaveLength(1)
  expect(partsOf(fs[0]!), `built-in rule ${n} among its parts`).toContain(n)
  return fs[0]!
}

describe('dkp-overlap', () => {
  const secretsRR = aRule({ level: 'RequestResponse', resources: core('secrets') })
  runCases('dkp-overlap', [
    [
      'verbs both rules list, and what the rule leaves open: one finding for the rule',
      aPolicy([aRule({ level: 'RequestResponse', verbs: ['get', 'list'], resources: core('secrets') })]),
      DKP,
      [{ at: 'rules[0]', relatedRule: 7 }],
    ],
    [
      'what the rule leaves open: one finding for the rule',
      aPolicy([secretsRR]),
      DKP,
      [{ at: 'rules[0]', relatedRule: 7 }],
    ],
    [
      'two rules: one finding each',
      aPolicy([
        aRule({ level: 'RequestResponse', verbs: ['get', 'list'], resources: core('secrets') }),
        aRule({ level: 'Request' }),
      ]),
      DKP,
      [
        { at: 'rules[0]', relatedRule: 7 },
        { at: 'rules[1]', relatedRule: 1 },
      ],
    ],
    [
      'pod writes meet rule 13, never the shadowed rule 24',
      aPolicy([
        aRule({
          level: 'RequestResponse',
          verbs: ['create', 'get'],
          resources: core('pods'),
          users: ['jane'],
        }),
      ]),
      DKP,
      [{ at: 'rules[0]', relatedRule: 7 }],
    ],
    [
      'near miss: same level as the built-in rule',
      aPolicy([
        aRule({
          level: 'Metadata',
          verbs: ['list', 'get'],
          resources: core('secrets'),
          namespaces: ['team'],
        }),
      ]),
      DKP,
      [],
    ],
    [
      'near miss: reads of non-resource URLs meet no built-in rule',
      aPolicy([aRule({ level: 'Request', verbs: ['get', 'head'], nonResourceURLs: ['/healthz*'] })]),
      DKP,
      [],
    ],
    ['near miss: basic policy off', aPolicy([secretsRR]), DKP_OFF, []],
    [
      'near miss: a rule that never matches gets dkp-shadowed instead',
      aPolicy([aRule({ level: 'Request', verbs: ['list'] })]),
      DKP,
      [],
    ],
  ])

  it.each([
    [
      'verbs both rules list',
      aRule({ level: 'RequestResponse', verbs: ['get', 'list'], resources: core('secrets') }),
      [7, 15],
    ],
    ['what the rule leaves open', secretsRR, [7, 12, 14, 15, 26]],
    [
      'pod writes meet rule 13, never the shadowed rule 24',
      aRule({ level: 'RequestResponse', verbs: ['create', 'get'], resources: core('pods'), users: ['jane'] }),
      [7, 13],
    ],
    [
      'a rule for everything',
      aRule({ level: 'Request' }),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 21, 22, 23, 24, 26, 27],
    ],
  ] as const)('%s: the one finding names each built-in rule, by number', (_name, rule, numbers) => {
    const [f, ...rest] = only('dkp-overlap', aPolicy([rule]), DKP)
    expect(rest).toEqual([])
    expect(partsOf(f!)).toEqual(numbers)
  })

  it('one built-in rule: the shared part and what happens to it, in the details', () => {
    const policy = aPolicy([
      aRule({
        level: 'RequestResponse',
        verbs: ['get', 'list'],
        resources: core('secrets'),
        namespaces: ['team'],
      }),
    ])
    const [f, ...rest] = only('dkp-overlap', policy, DKP)
    expect(rest).toEqual([])
    expect(f!.message).toBe(
      'Rule 1 partly overlaps DKP built-in rule 15: some of its requests reach the built-in rule first and are logged at Metadata.',
    )
    expect(f!.details).toEqual([
      'DKP built-in rule 15 is “Every LIST (catches OOM-causing lists)”.',
      'Those are list requests; your rule (RequestResponse) cannot change their level.',
      "Most likely rule 1 is meant for its other verbs: remove list from its verbs (no request's level changes).",
      'To log those requests at RequestResponse, you would have to set basicAuditPolicyEnabled: false and write the whole policy yourself.',
    ])
    expect(f!.items).toBeUndefined()
    expect(f!.severity).toBe('info')
  })

  it('several built-in rules: a headline that counts them, each with its part in the list', () => {
    const policy = aPolicy([
      aRule({ level: 'RequestResponse', verbs: ['get', 'list'], resources: core('secrets') }),
    ])
    const [f] = only('dkp-overlap', policy, DKP)
    expect(f!.message).toBe(
      "Rule 1 (RequestResponse) overlaps 2 of DKP's built-in rules (7, 15): they decide some of its requests first.",
    )
    expect(f!.details).toEqual([
      "Your rule's level does not apply to those requests; the list says which ones each built-in rule takes.",
      "Most likely rule 1 is meant for its other verbs: remove list from its verbs (no request's level changes).",
      'To log those requests at RequestResponse, you would have to set basicAuditPolicyEnabled: false and write the whole policy yourself.',
    ])
    expect(f!.items).toEqual([
      'Built-in rule 7 “Drop everything in d8-upmeter”: requests in d8-upmeter, not logged',
      'Built-in rule 15 “Every LIST (catches OOM-causing lists)”: list requests, logged at Metadata',
    ])
  })

  it('what a broad rule leaves to the built-in rules: it still decides the rest, no fix', () => {
    const [f] = only('dkp-overlap', aPolicy([secretsRR]), DKP)
    expect(textOf(f!)).toContain(
      'Built-in rule 15 “Every LIST (catches OOM-causing lists)”: list requests, logged at Metadata',
    )
    expect(textOf(f!)).toContain(
      'Built-in rule 7 “Drop everything in d8-upmeter”: requests in d8-upmeter, not logged',
    )
    expect(textOf(f!)).toContain('It still decides its other requests, which is most likely what you meant.')
    expect(textOf(f!)).toContain(
      'To log those requests at RequestResponse, you would have to set basicAuditPolicyEnabled: false',
    )
    expect(f!.fix).toBeUndefined()
  })

  it('one built-in rule taking part of what the rule leaves open: said in the details', () => {
    const policy = aPolicy([aRule({ level: 'Request', verbs: ['get'], resources: core('secrets') })])
    const [f] = only('dkp-overlap', policy, DKP)
    expect(f!.message).toBe(
      'Rule 1 (Request) cannot change the level of some requests: DKP built-in rule 7 decides them first.',
    )
    expect(f!.details![0]).toBe('Those are requests in d8-upmeter (built-in rule 7: not logged).')
    expect(f!.items).toBeUndefined()
  })

  describe('what the user most likely wanted', () => {
    it('hit: verbs the built-in rule decides in full are dropped, the rule keeps the others', () => {
      const rule = aRule({ level: 'RequestResponse', verbs: ['get', 'list'], resources: core('secrets') })
      const f = overlapWith([rule], 15)
      expect(f.fix!.description).toBe(
        "Remove list from rule 1's verbs: DKP built-in rule 15 decides those requests first",
      )
      const fixed = f.fix!.policy
      expect(fixed.rules).toEqual([
        aRule({ level: 'RequestResponse', verbs: ['get'], resources: core('secrets') }),
      ])
      expect(only('dkp-overlap', fixed, DKP).flatMap(partsOf)).toEqual([7])
    })

    it('hit: pod writes go to built-in rule 13, so create is dropped', () => {
      const rule = aRule({
        level: 'RequestResponse',
        verbs: ['create', 'get'],
        resources: core('pods'),
        users: ['jane'],
      })
      const f = overlapWith([rule], 13)
      expect(textOf(f)).toContain('remove create from its verbs')
      expect(f.fix!.policy.rules[0]!.verbs).toEqual(['get'])
    })

    it('near miss: the built-in rule decides only part of those verbs, so nothing is offered', () => {
      const rule = aRule({
        level: 'RequestResponse',
        verbs: ['create', 'get'],
        resources: core('pods', 'configmaps'),
      })
      const f = overlapWith([rule], 13)
      expect(f.fix).toBeUndefined()
      expect(textOf(f)).toContain('If rule 1 is meant for its other requests, narrow it to leave these out.')
      expect(textOf(f)).toContain('set basicAuditPolicyEnabled: false and write the whole policy yourself')
    })

    it('hit: namespaces the built-in rule decides in full are dropped, the rule keeps the others', () => {
      const healthz = aRule({ level: 'Metadata', verbs: ['get'], nonResourceURLs: ['/healthz'] })
      const writes = aRule({
        level: 'Request',
        verbs: ['create', 'update'],
        resources: core('configmaps'),
        namespaces: ['d8-system', 'team'],
      })
      const f = overlapWith([healthz, writes], 14, DKP, 1)
      expect(textOf(f)).toContain(
        "Most likely rule 2 is meant for its other namespaces: remove d8-system from its namespaces (no request's level changes).",
      )
      expect(f.fix!.description).toBe(
        "Remove d8-system from rule 2's namespaces: DKP built-in rule 14 decides those requests first",
      )
      expect(f.fix!.policy.rules).toEqual([healthz, { ...writes, namespaces: ['team'] }])
      expect(only('dkp-overlap', f.fix!.policy, DKP).flatMap(partsOf)).not.toContain(14)
    })

    it('hit: the namespace "" (cluster-scoped requests) is named for what it selects', () => {
      const clusterScoped = onDkpWith(aRule({ level: 'None', namespaces: [''] }))
      const f = overlapWith([aRule({ namespaces: ['', 'team'] })], 1, clusterScoped)
      expect(f.fix!.description).toBe(
        `Remove "" (cluster-scoped) from rule 1's namespaces: DKP built-in rule 1 decides those requests first`,
      )
      expect(f.fix!.policy.rules[0]!.namespaces).toEqual(['team'])
    })

    it('near miss: the built-in rule decides a namespace only for some of the verbs, so nothing is offered', () => {
      const rule = aRule({
        level: 'Request',
        verbs: ['create', 'get'],
        resources: core('configmaps'),
        namespaces: ['d8-system', 'team'],
      })
      const f = overlapWith([rule], 14)
      expect(f.fix).toBeUndefined()
      expect(textOf(f)).toContain('If rule 1 is meant for its other requests, narrow it to leave these out.')
    })

    it('hit: users the built-in rule decides in full are dropped', () => {
      const rule = aRule({ users: [RECOMMENDER, 'jane'], verbs: ['patch'], resources: vpas })
      const f = overlapWith([rule], 5)
      expect(textOf(f)).toContain(
        `Most likely rule 1 is meant for its other users: remove ${RECOMMENDER} from its users (no request's level changes).`,
      )
      expect(f.fix!.description).toBe(
        `Remove ${RECOMMENDER} from rule 1's users: DKP built-in rule 5 decides those requests first`,
      )
      expect(f.fix!.policy.rules).toEqual([{ ...rule, users: ['jane'] }])
    })

    it('near miss: the built-in rule decides that user only for one of the verbs, so nothing is offered', () => {
      const rule = aRule({ users: [RECOMMENDER, 'jane'], verbs: ['patch', 'update'], resources: vpas })
      expect(overlapWith([rule], 5).fix).toBeUndefined()
    })

    it('hit: a user group the built-in rule decides in full is dropped (a request matches on any of its groups)', () => {
      const rule = aRule({
        level: 'Request',
        users: [DECKHOUSE_SA],
        userGroups: ['system:serviceaccounts', 'team'],
        verbs: ['create', 'update'],
      })
      const f = overlapWith([rule], 12)
      expect(textOf(f)).toContain(
        "Most likely rule 1 is meant for its other user groups: remove system:serviceaccounts from its userGroups (no request's level changes).",
      )
      expect(f.fix!.description).toBe(
        "Remove system:serviceaccounts from rule 1's userGroups: DKP built-in rule 12 decides those requests first",
      )
      expect(f.fix!.policy.rules).toEqual([{ ...rule, userGroups: ['team'] }])
    })

    it("near miss: another user is not one of the built-in rule's, so the group is not decided in full", () => {
      const rule = aRule({
        level: 'Request',
        users: [DECKHOUSE_SA, 'jane'],
        userGroups: ['system:serviceaccounts', 'team'],
        verbs: ['create', 'update'],
      })
      expect(overlapWith([rule], 12).fix).toBeUndefined()
    })

    it('hit: URL patterns the built-in rule decides in full are dropped', () => {
      const health = onDkpWith(aRule({ level: 'None', nonResourceURLs: ['/healthz*', '/readyz'] }))
      const rule = aRule({ nonResourceURLs: ['/healthz', '/readyz', '/metrics'] })
      const f = overlapWith([rule], 1, health)
      expect(textOf(f)).toContain(
        "Most likely rule 1 is meant for its other URLs: remove /healthz, /readyz from its nonResourceURLs (no request's level changes).",
      )
      expect(f.fix!.description).toBe(
        "Remove /healthz, /readyz from rule 1's nonResourceURLs: DKP built-in rule 1 decides those requests first",
      )
      expect(f.fix!.policy.rules).toEqual([{ ...rule, nonResourceURLs: ['/metrics'] }])
    })

    it("near miss: a trailing * reaches paths the built-in rule's exact URL does not, so nothing is offered", () => {
      const health = onDkpWith(aRule({ level: 'None', nonResourceURLs: ['/healthz'] }))
      const f = overlapWith([aRule({ nonResourceURLs: ['/healthz*', '/metrics'] })], 1, health)
      expect(f.fix).toBeUndefined()
    })

    it('near miss: a None rule is told how to drop the requests, not how to log them', () => {
      const f = overlapWith(
        [aRule({ level: 'None', verbs: ['get', 'list'], resources: core('secrets') })],
        15,
      )
      expect(textOf(f)).toContain(
        'To drop those requests, you would have to set basicAuditPolicyEnabled: false',
      )
    })
  })

  describe('one fix for every built-in rule of the finding', () => {
    /** Two rendered built-in rules, each deciding one value of a different field in full. */
    const twoFields = (a: PolicyRule, b: PolicyRule): LintOptions => ({
      target: 'deckhouse',
      dkp: {
        basicAuditPolicyEnabled: true,
        builtin: {
          head: [
            { number: 1, note: 'Lists', rule: a },
            { number: 2, note: 'kube-system', rule: b },
          ],
          tail: [],
        },
      },
    })

    it('hit: values of two fields, each decided by its own built-in rule, are dropped in one click', () => {
      const options = twoFields(
        aRule({ level: 'None', verbs: ['list'] }),
        aRule({ level: 'None', namespaces: ['kube-system'] }),
      )
      const rule = aRule({ verbs: ['get', 'list'], namespaces: ['kube-system', 'team'] })
      const f = overlapWith([rule], 1, options)
      expect(partsOf(f)).toEqual([1, 2])
      expect(f.fix!.description).toBe(
        "Remove list from rule 1's verbs and kube-system from its namespaces: DKP built-in rules 1, 2 decide those requests first",
      )
      expect(textOf(f)).toContain(
        "Most likely rule 1 is meant for its other requests: remove list from its verbs and kube-system from its namespaces (no request's level changes).",
      )
      expect(f.fix!.policy.rules).toEqual([{ ...rule, verbs: ['get'], namespaces: ['team'] }])
      expect(only('dkp-overlap', f.fix!.policy, options)).toEqual([])
    })

    it('near miss: two built-in rules that would leave the field empty between them: only the first is applied', () => {
      const [a, b] = [aRule({ level: 'None', verbs: ['list'] }), aRule({ level: 'None', verbs: ['get'] })]
      const rule = aRule({ verbs: ['get', 'list'] })
      const hit = (number: number, r: PolicyRule, verb: string): OverlapHit => ({
        builtin: { number, note: `Built-in ${number}`, rule: r },
        scope: { verbs: [verb] },
        explicit: true,
        narrow: { field: 'verbs', values: [verb] },
      })
      const merged = mergedNarrowing(rule, [hit(1, a, 'list'), hit(2, b, 'get')])
      // An empty verbs list would match every verb: the rule would grow.
      expect(merged.narrow).toEqual([{ field: 'verbs', values: ['list'] }])
      expect(merged.by.map((x) => x.number)).toEqual([1])
    })

    it('two built-in rules that take every verb between them: the rule can never match (dkp-shadowed, no overlap)', () => {
      const options = twoFields(
        aRule({ level: 'None', verbs: ['list'] }),
        aRule({ level: 'None', verbs: ['get'] }),
      )
      const policy = aPolicy([aRule({ verbs: ['get', 'list'] })])
      expect(only('dkp-overlap', policy, options)).toEqual([])
      const [f, ...more] = only('dkp-shadowed', policy, options)
      expect(more).toEqual([])
      expect(f!.relatedRule).toBe(1)
      expect(f!.message).toBe(
        'Rule 1 can never match: DKP built-in rules 1 and 2 come first and together match every request it would.',
      )
    })
  })
})
