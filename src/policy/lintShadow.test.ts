import { describe, expect, it } from 'vitest'
import { aPolicy, aRule } from '../testing/builders.ts'
import {
  KUBE,
  DKP_OFF,
  DKP,
  core,
  quiet,
  spots,
  only,
  runCases,
  applyFix,
  textOf,
} from '../testing/lintCases.ts'

describe('shadowed-rule', () => {
  runCases('shadowed-rule', [
    [
      'a catch-all shadows what follows',
      aPolicy([aRule(quiet), aRule({ level: 'None', verbs: ['get'] })]),
      KUBE,
      [{ at: 'rules[1]', relatedRule: 0 }],
    ],
    [
      'pods/* shadows pods',
      aPolicy([aRule({ resources: core('pods/*') }), aRule({ level: 'None', resources: core('pods') })]),
      KUBE,
      [{ at: 'rules[1]', relatedRule: 0 }],
    ],
    [
      'group * shadows apps',
      aPolicy([
        aRule({ resources: [{ group: '*' }] }),
        aRule({ resources: [{ group: 'apps', resources: ['deployments/scale'] }] }),
      ]),
      KUBE,
      [{ at: 'rules[1]', relatedRule: 0 }],
    ],
    [
      'the first covering rule is named',
      aPolicy([
        aRule({ verbs: ['get'] }),
        aRule({ verbs: ['get', 'list'] }),
        aRule({ verbs: ['get'], users: ['a'] }),
      ]),
      KUBE,
      [{ at: 'rules[2]', relatedRule: 0 }],
    ],
    [
      'URL prefix shadows a longer one',
      aPolicy([aRule({ nonResourceURLs: ['/api*'] }), aRule({ nonResourceURLs: ['/apis/*'] })]),
      KUBE,
      [{ at: 'rules[1]', relatedRule: 0 }],
    ],
    [
      'near miss: fewer verbs first',
      aPolicy([aRule({ verbs: ['get'] }), aRule({ verbs: ['get', 'list'] })]),
      KUBE,
      [],
    ],
    [
      'near miss: pods does not cover pods/log',
      aPolicy([aRule({ resources: core('pods') }), aRule({ resources: core('pods/log') })]),
      KUBE,
      [],
    ],
    [
      'near miss: "*" user is literal',
      aPolicy([aRule({ users: ['*'] }), aRule({ users: ['alice'] })]),
      KUBE,
      [],
    ],
    [
      'near miss: a resource rule does not cover URLs',
      aPolicy([aRule({ resources: [{ group: '*' }] }), aRule({ nonResourceURLs: ['/healthz'] })]),
      KUBE,
      [],
    ],
    [
      'near miss: a rule matching nothing (pods/) is left to others',
      aPolicy([aRule(), aRule({ resources: core('pods/') })]),
      KUBE,
      [],
    ],
  ])

  it('says why, naming values, with 1-based rule numbers', () => {
    const [f] = only(
      'shadowed-rule',
      aPolicy([aRule({ resources: core('pods/*') }), aRule({ users: ['a'], resources: core('pods') })]),
      KUBE,
    )
    expect(f!.message).toBe('Rule 2 can never match: rule 1 already matches every request it would.')
    // Why, in one sentence under the headline: nothing to expand.
    expect(f!.reason).toBe('Rule 1 has no users restriction; pods/* also matches pods itself.')
    expect(f!.details).toBeUndefined()
    expect(f!.severity).toBe('warning')
    expect(f!.path).toBe('rules[1]')
  })

  it('moves the shadowed rule above the one that shadows it', () => {
    const policy = aPolicy([
      aRule({ level: 'None', verbs: ['get'] }),
      aRule({ users: ['x'] }),
      aRule({ level: 'Request', verbs: ['get'], users: ['a'] }),
    ])
    const fixed = applyFix('shadowed-rule', policy)
    expect(fixed.rules).toEqual([policy.rules[2], policy.rules[0], policy.rules[1]])
    expect(only('shadowed-rule', fixed, KUBE)).toEqual([])
  })

  it('removes a shadowed rule that logs the same way', () => {
    const policy = aPolicy([aRule({ verbs: ['get', 'list'] }), aRule({ verbs: ['get'] })])
    const [f] = only('shadowed-rule', policy, KUBE)
    expect(f!.reason).toBe("Rule 1's verbs include all of rule 2's.")
    expect(f!.fix!.description).toMatch(/^Remove rule 2/)
    expect(f!.fix!.policy.rules).toEqual([policy.rules[0]])
  })
})

describe('dkp-shadowed', () => {
  runCases('dkp-shadowed', [
    [
      'events are dropped by built-in rule 1',
      aPolicy([aRule({ level: 'RequestResponse', resources: core('events') })]),
      DKP,
      [{ at: 'rules[0]', relatedRule: 1 }],
    ],
    [
      'every LIST is built-in rule 15',
      aPolicy([aRule({ level: 'Request', verbs: ['list'], resources: core('secrets') })]),
      DKP,
      [{ at: 'rules[0]', relatedRule: 15 }],
    ],
    [
      'pods/log is built-in rule 11',
      aPolicy([aRule({ level: 'Request', verbs: ['get'], resources: core('pods/log') })]),
      DKP,
      [{ at: 'rules[0]', relatedRule: 11 }],
    ],
    [
      'dkp is assumed on when target is deckhouse',
      aPolicy([aRule({ level: 'Request', verbs: ['list'] })]),
      { target: 'deckhouse' },
      [{ at: 'rules[0]', relatedRule: 15 }],
    ],
    [
      'near miss: get and list is only partly covered',
      aPolicy([aRule({ level: 'Request', verbs: ['list', 'get'] })]),
      DKP,
      [],
    ],
    ['near miss: basic policy off', aPolicy([aRule({ level: 'Request', verbs: ['list'] })]), DKP_OFF, []],
    ['near miss: kube-apiserver target', aPolicy([aRule({ level: 'Request', verbs: ['list'] })]), KUBE, []],
  ])

  it('names the built-in rule and what it already does', () => {
    const [f] = only('dkp-shadowed', aPolicy([aRule({ level: 'Request', verbs: ['list'] })]), DKP)
    expect(f!.message).toContain('DKP built-in rule 15 comes first')
    expect(textOf(f!)).toContain('DKP built-in rule 15 is “Every LIST (catches OOM-causing lists)”.')
    expect(textOf(f!)).toContain('already logged at Metadata; your rule cannot change their level')
    expect(f!.source).toBe('deckhouse')
    expect(f!.fix).toBeUndefined()
  })

  it('says a dropped request cannot be logged, and offers to remove a rule that changes nothing', () => {
    const [dropped] = only('dkp-shadowed', aPolicy([aRule({ resources: core('endpoints') })]), DKP)
    expect(textOf(dropped!)).toContain('DKP does not log these requests')
    const [alsoDropped] = only(
      'dkp-shadowed',
      aPolicy([aRule({ level: 'None', resources: core('events') })]),
      DKP,
    )
    expect(textOf(alsoDropped!)).toContain('DKP already drops these requests; the rule is redundant.')
    expect(alsoDropped!.fix!.description).toBe(
      'Remove rule 1: DKP built-in rule 1 already drops these requests',
    )
    const same = aPolicy([
      aRule({ verbs: ['list'], resources: core('secrets') }),
      aRule({ level: 'None', users: ['a'] }),
    ])
    expect(applyFix('dkp-shadowed', same, DKP).rules).toEqual([same.rules[1]])
  })

  it('uses the built-in rules the cluster rendered, when given', () => {
    const builtin = {
      head: [{ number: 1, note: 'Drop secrets', rule: { level: 'None', resources: core('secrets') } }],
      tail: [],
    }
    const policy = aPolicy([aRule({ resources: core('secrets') })])
    expect(
      spots(
        only('dkp-shadowed', policy, {
          target: 'deckhouse',
          dkp: { basicAuditPolicyEnabled: true, builtin },
        }),
      ),
    ).toEqual([{ at: 'rules[0]', relatedRule: 1 }])
  })
})
