import { describe, expect, it } from 'vitest'
import { aPolicy, aRule } from '../testing/builders.ts'
import { KUBE, DKP, core, quiet, only, runCases, applyFix, textOf } from '../testing/lintCases.ts'
import type { Policy } from './types.ts'
import type { LintOptions } from './lint.ts'

describe('sensitive-body', () => {
  const names = (p: Policy, o: LintOptions = KUBE) => only('sensitive-body', p, o).map(textOf)
  runCases('sensitive-body', [
    [
      'a RequestResponse catch-all',
      aPolicy([aRule({ level: 'RequestResponse', ...quiet })]),
      KUBE,
      [{ at: 'rules[0].level' }],
    ],
    [
      'the whole core group at Request',
      aPolicy([aRule({ level: 'Request', resources: [{ group: '' }], ...quiet })]),
      KUBE,
      [{ at: 'rules[0].level' }],
    ],
    [
      'group * with every resource',
      aPolicy([aRule({ level: 'Request', resources: [{ group: '*', resources: ['*'] }] })]),
      KUBE,
      [{ at: 'rules[0].level' }],
    ],
    [
      'near miss: get at Request has no request body',
      aPolicy([aRule({ level: 'Request', verbs: ['get'], resources: core('secrets') })]),
      KUBE,
      [],
    ],
    ['near miss: Metadata', aPolicy([aRule({ resources: core('secrets') })]), KUBE, []],
    [
      'near miss: an earlier rule takes secrets and configmaps',
      aPolicy([
        aRule({ level: 'None', resources: core('secrets', 'configmaps') }),
        aRule({ level: 'Request', resources: [{ group: '' }] }),
      ]),
      KUBE,
      [],
    ],
    [
      'near miss: apps is not where secrets live',
      aPolicy([aRule({ level: 'RequestResponse', resources: [{ group: 'apps' }] })]),
      KUBE,
      [],
    ],
  ])

  it('names exactly the resources that land in the log', () => {
    expect(names(aPolicy([aRule({ level: 'RequestResponse' })]))[0]).toContain(
      'secrets, configmaps, tokenreviews, serviceaccounts/token at RequestResponse',
    )
    expect(names(aPolicy([aRule({ level: 'Request', resources: [{ group: '' }] })]))[0]).toContain(
      'logs secrets, configmaps at Request',
    )
    expect(names(aPolicy([aRule({ level: 'Request' })]))[0]).toContain(
      'logs secrets, configmaps, tokenreviews at Request',
    )
  })

  it('lowers the rule to Metadata, its selectors unchanged (no rule added: nothing left to shadow it)', () => {
    const policy = aPolicy([aRule({ level: 'Request', users: ['a'], resources: [{ group: '' }] })])
    const fixed = applyFix('sensitive-body', policy)
    expect(fixed.rules).toEqual([{ ...policy.rules[0], level: 'Metadata' }])
    expect(only('sensitive-body', fixed, KUBE)).toEqual([])
  })

  it('lowers a rule that covers only some of them too (names)', () => {
    const policy = aPolicy([
      aRule({ level: 'Request', resources: [{ group: '', resources: ['secrets'], resourceNames: ['a'] }] }),
    ])
    const fixed = applyFix('sensitive-body', policy)
    expect(fixed.rules).toEqual([{ ...policy.rules[0], level: 'Metadata' }])
    expect(only('sensitive-body', fixed, KUBE)).toEqual([])
  })
})

describe('request-received-not-omitted', () => {
  runCases('request-received-not-omitted', [
    ['a logging rule without omitStages', aPolicy([aRule()]), KUBE, [{ at: 'rules[0].omitStages' }]],
    [
      'each logging rule is named',
      aPolicy([aRule({ verbs: ['get'] }), aRule({ level: 'None', verbs: ['list'] }), aRule()]),
      KUBE,
      [{ at: 'rules[0].omitStages' }, { at: 'rules[2].omitStages' }],
    ],
    ['near miss: the rule omits it', aPolicy([aRule(quiet)]), KUBE, []],
    ['near miss: the policy omits it', aPolicy([aRule()], { omitStages: ['RequestReceived'] }), KUBE, []],
    ['near miss: level None logs nothing', aPolicy([aRule({ level: 'None' })]), KUBE, []],
    [
      'near miss: an invalid level is validation’s business',
      aPolicy([aRule({ level: 'Everything' })]),
      KUBE,
      [],
    ],
    [
      'near miss: DKP built-in omitStages apply',
      aPolicy([aRule()]),
      {
        target: 'deckhouse',
        dkp: {
          basicAuditPolicyEnabled: true,
          builtin: { head: [], tail: [], omitStages: ['RequestReceived'] },
        },
      },
      [],
    ],
  ])

  it('adds RequestReceived to the policy omitStages', () => {
    const fixed = applyFix('request-received-not-omitted', aPolicy([aRule()], { omitStages: ['Panic'] }))
    expect(fixed.omitStages).toEqual(['Panic', 'RequestReceived'])
  })
})

describe('watch-list-request-response', () => {
  runCases('watch-list-request-response', [
    [
      'pods at RequestResponse',
      aPolicy([aRule({ level: 'RequestResponse', resources: core('pods') })]),
      KUBE,
      [{ at: 'rules[0].level' }],
    ],
    [
      'near miss: only get',
      aPolicy([aRule({ level: 'RequestResponse', verbs: ['get'], resources: core('pods') })]),
      KUBE,
      [],
    ],
    ['near miss: Request', aPolicy([aRule({ level: 'Request', resources: core('pods') })]), KUBE, []],
    [
      'near miss: URLs are never listed',
      aPolicy([aRule({ level: 'RequestResponse', nonResourceURLs: ['*'] })]),
      KUBE,
      [],
    ],
  ])

  it('names the verbs that reach the rule (on DKP, every LIST goes to built-in rule 15)', () => {
    const policy = aPolicy([aRule({ level: 'RequestResponse', resources: core('pods') })])
    expect(only('watch-list-request-response', policy, KUBE)[0]!.message).toMatch(
      /^Rule 1 logs list and watch at RequestResponse/,
    )
    expect(only('watch-list-request-response', policy, DKP)[0]!.message).toMatch(
      /^Rule 1 logs watch at RequestResponse/,
    )
  })

  it('inserts a Metadata rule for those verbs right above', () => {
    const policy = aPolicy([aRule({ level: 'RequestResponse', resources: core('pods') })])
    const fixed = applyFix('watch-list-request-response', policy)
    expect(fixed.rules[0]).toEqual({ level: 'Metadata', verbs: ['list', 'watch'], resources: core('pods') })
    expect(only('watch-list-request-response', fixed, KUBE)).toEqual([])
  })
})

describe('no-catch-all', () => {
  runCases('no-catch-all', [
    ['only get is matched', aPolicy([aRule({ level: 'None', verbs: ['get'] })]), KUBE, [{ at: 'rules' }]],
    [
      'on DKP, built-in rule 28 drops the rest',
      aPolicy([aRule({ level: 'None', verbs: ['get'] })]),
      DKP,
      [{ at: 'rules', relatedRule: 28 }],
    ],
    ['near miss: a final catch-all', aPolicy([aRule({ verbs: ['get'] }), aRule()]), KUBE, []],
    [
      'near miss: two rules cover both kinds of request',
      aPolicy([aRule({ resources: [{ group: '*' }] }), aRule({ nonResourceURLs: ['*'] })]),
      KUBE,
      [],
    ],
    [
      'near miss: every authenticated user',
      aPolicy([aRule({ userGroups: ['system:authenticated'] })]),
      KUBE,
      [],
    ],
    ['near miss: no rules (validation reports that)', aPolicy([]), KUBE, []],
  ])

  it('gives an example and appends a catch-all', () => {
    const policy = aPolicy([aRule({ level: 'None', resources: [{ group: '*' }] })])
    const [f] = only('no-catch-all', policy, KUBE)
    expect(f!.message).toBe('No rule matches every request: requests that no rule matches are not logged.')
    expect(f!.details![0]).toBe('For example get /healthz.')
    expect(f!.fix!.policy.rules.at(-1)).toEqual({ level: 'Metadata' })
  })
})
