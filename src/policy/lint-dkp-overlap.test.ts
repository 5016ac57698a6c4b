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
      'Rule 1 partly overlaps DKP built-in rule 15 (Every LIST (catches OOM-causing lists)): list requests reach the built-in rule first and are logged at Metadata; your rule (RequestResponse) cannot change their level.',
    )
    expect(f!.severity).toBe('info')
  })

  it('sums up what a broad rule leaves to the built-in rules', () => {
    const [f] = only('dkp-overlap', aPolicy([secretsRR]), DKP)
    expect(f!.message).toContain('list requests (built-in rule 15: logged at Metadata)')
    expect(f!.message).toContain('requests in d8-upmeter (built-in rule 7: not logged)')
  })
})
