import { describe, expect, it } from 'vitest'
import { aPolicy, aRule } from '../testing/builders.ts'
import { DKP_OFF, DKP, core, only, runCases } from '../testing/lint-cases.ts'

describe('dkp-overlap', () => {
  const secretsRR = aRule({ level: 'RequestResponse', resources: core('secrets') })
  runCases('dkp-overlap', [
    [
      'verbs both rules list: one finding per built-in rule',
      aPolicy([aRule({ level: 'RequestResponse', verbs: ['get', 'list'], resources: core('secrets') })]),
      DKP,
      [
        { at: 'rules[0]', relatedRule: 15 },
        { at: 'rules[0]', relatedRule: 7 },
      ],
    ],
    [
      'what the rule leaves open: one summary finding',
      aPolicy([secretsRR]),
      DKP,
      [{ at: 'rules[0]', relatedRule: 7 }],
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
      [
        { at: 'rules[0]', relatedRule: 13 },
        { at: 'rules[0]', relatedRule: 7 },
      ],
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

  it('describes the shared part and what happens to it', () => {
    const policy = aPolicy([
      aRule({ level: 'RequestResponse', verbs: ['get', 'list'], resources: core('secrets') }),
    ])
    const [f] = only('dkp-overlap', policy, DKP)
    expect(f!.message).toBe(
      "Rule 1 partly overlaps DKP built-in rule 15 (Every LIST (catches OOM-causing lists)): list requests reach the built-in rule first and are logged at Metadata; your rule (RequestResponse) cannot change their level. Most likely rule 1 is meant for its other verbs: remove list from its verbs (no request's level changes). To log those requests at RequestResponse, you would have to set basicAuditPolicyEnabled: false and write the whole policy yourself.",
    )
    expect(f!.severity).toBe('info')
  })

  it('sums up what a broad rule leaves to the built-in rules', () => {
    const [f] = only('dkp-overlap', aPolicy([secretsRR]), DKP)
    expect(f!.message).toContain('list requests (built-in rule 15: logged at Metadata)')
    expect(f!.message).toContain('requests in d8-upmeter (built-in rule 7: not logged)')
    expect(f!.message).toContain('It still decides its other requests, which is most likely what you meant.')
    expect(f!.message).toContain(
      'To log those requests at RequestResponse, you would have to set basicAuditPolicyEnabled: false',
    )
    expect(f!.fix).toBeUndefined()
  })

  describe('what the user most likely wanted', () => {
    it('hit: verbs the built-in rule decides in full are dropped, the rule keeps the others', () => {
      const policy = aPolicy([
        aRule({ level: 'RequestResponse', verbs: ['get', 'list'], resources: core('secrets') }),
      ])
      const f = only('dkp-overlap', policy, DKP).find((x) => x.relatedRule === 15)!
      expect(f.fix!.description).toBe(
        "Remove list from rule 1's verbs: DKP built-in rule 15 decides those requests first",
      )
      const fixed = f.fix!.policy
      expect(fixed.rules).toEqual([
        aRule({ level: 'RequestResponse', verbs: ['get'], resources: core('secrets') }),
      ])
      expect(only('dkp-overlap', fixed, DKP).map((x) => x.relatedRule)).not.toContain(15)
    })

    it('hit: pod writes go to built-in rule 13, so create is dropped', () => {
      const policy = aPolicy([
        aRule({
          level: 'RequestResponse',
          verbs: ['create', 'get'],
          resources: core('pods'),
          users: ['jane'],
        }),
      ])
      const f = only('dkp-overlap', policy, DKP).find((x) => x.relatedRule === 13)!
      expect(f.message).toContain('remove create from its verbs')
      expect(f.fix!.policy.rules[0]!.verbs).toEqual(['get'])
    })

    it('near miss: the built-in rule decides only part of those verbs, so nothing is offered', () => {
      const policy = aPolicy([
        aRule({ level: 'RequestResponse', verbs: ['create', 'get'], resources: core('pods', 'configmaps') }),
      ])
      const f = only('dkp-overlap', policy, DKP).find((x) => x.relatedRule === 13)!
      expect(f.fix).toBeUndefined()
      expect(f.message).toContain('If rule 1 is meant for its other requests, narrow it to leave these out.')
      expect(f.message).toContain('set basicAuditPolicyEnabled: false and write the whole policy yourself')
    })

    it('near miss: a None rule is told how to drop the requests, not how to log them', () => {
      const policy = aPolicy([aRule({ level: 'None', verbs: ['get', 'list'], resources: core('secrets') })])
      const f = only('dkp-overlap', policy, DKP).find((x) => x.relatedRule === 15)!
      expect(f.message).toContain(
        'To drop those requests, you would have to set basicAuditPolicyEnabled: false',
      )
    })
  })
})
