// never-fires-in-practice: an earlier rule decides every request a real identity can send to the rule.
import { describe, expect, it } from 'vitest'
import { applyFix, core, DKP, KUBE, only, runCases, type LintCase, textOf } from '../testing/lintCases.ts'
import { DKP_DOCS_EXAMPLE_2 } from '../testing/dkpExample.ts'

const CASES: LintCase[] = [
  [
    'DKP docs example 2: every service account also has system:authenticated',
    DKP_DOCS_EXAMPLE_2,
    KUBE,
    [{ at: 'rules[1]', relatedRule: 0 }],
  ],
  ['the same on DKP', DKP_DOCS_EXAMPLE_2, DKP, [{ at: 'rules[1]', relatedRule: 0 }]],
  [
    'a namespace service account group implies system:serviceaccounts',
    {
      rules: [
        { level: 'None', userGroups: ['system:serviceaccounts'] },
        { level: 'Metadata', userGroups: ['system:serviceaccounts:prod'] },
      ],
    },
    KUBE,
    [{ at: 'rules[1]', relatedRule: 0 }],
  ],
  [
    'a service account user has system:serviceaccounts',
    {
      rules: [
        { level: 'None', userGroups: ['system:serviceaccounts'] },
        { level: 'Metadata', users: ['system:serviceaccount:prod:ci'] },
      ],
    },
    KUBE,
    [{ at: 'rules[1]', relatedRule: 0 }],
  ],
  [
    'a node user has system:nodes',
    {
      rules: [
        { level: 'None', userGroups: ['system:nodes'] },
        { level: 'Metadata', users: ['system:node:w1'] },
      ],
    },
    KUBE,
    [{ at: 'rules[1]', relatedRule: 0 }],
  ],
  [
    'any named user has system:authenticated (verbs and resources covered too)',
    {
      rules: [
        { level: 'Metadata', userGroups: ['system:authenticated'], verbs: ['get', 'list'] },
        { level: 'None', users: ['alice'], verbs: ['get'], resources: core('pods') },
      ],
    },
    KUBE,
    [{ at: 'rules[1]', relatedRule: 0 }],
  ],
  [
    'no real identity: system:anonymous is never in system:authenticated',
    { rules: [{ level: 'Metadata', users: ['system:anonymous'], userGroups: ['system:authenticated'] }] },
    KUBE,
    [{ at: 'rules[0]' }],
  ],
  // Near misses.
  [
    'near miss: system:anonymous is not authenticated, so it reaches the rule',
    {
      rules: [
        { level: 'Metadata', userGroups: ['system:authenticated'] },
        { level: 'None', users: ['system:anonymous'] },
      ],
    },
    KUBE,
    [],
  ],
  [
    'near miss: the earlier rule has fewer verbs',
    {
      rules: [
        { level: 'Metadata', userGroups: ['system:authenticated'], verbs: ['get'] },
        { level: 'None', userGroups: ['system:serviceaccounts'] },
      ],
    },
    KUBE,
    [],
  ],
  [
    'near miss: "system:nodes" as a user name is not a node (no system:node: prefix)',
    {
      rules: [
        { level: 'None', userGroups: ['system:nodes'] },
        { level: 'Metadata', users: ['system:nodes'] },
      ],
    },
    KUBE,
    [],
  ],
  [
    'near miss: a service account of another namespace is not in system:serviceaccounts:NS',
    {
      rules: [
        { level: 'None', userGroups: ['system:serviceaccounts:prod'] },
        { level: 'Metadata', users: ['system:serviceaccount:dev:ci'] },
      ],
    },
    KUBE,
    [],
  ],
  [
    'near miss: a plain user is not a service account',
    {
      rules: [
        { level: 'None', userGroups: ['system:serviceaccounts'] },
        { level: 'Metadata', users: ['alice'] },
      ],
    },
    KUBE,
    [],
  ],
  [
    'near miss: the exact finding wins (shadowed-rule), never both',
    {
      rules: [
        { level: 'Metadata', userGroups: ['system:serviceaccounts'] },
        { level: 'None', userGroups: ['system:serviceaccounts'], verbs: ['get'] },
      ],
    },
    KUBE,
    [],
  ],
  [
    'near miss: a rule without users or groups also gets unauthenticated requests',
    { rules: [{ level: 'Metadata', userGroups: ['system:authenticated'] }, { level: 'None' }] },
    KUBE,
    [],
  ],
  [
    'DKP built-in rule 12 decides the writes of its service accounts (each has system:serviceaccounts)',
    {
      rules: [
        {
          level: 'Request',
          users: ['system:serviceaccount:d8-system:deckhouse'],
          verbs: ['create', 'delete'],
        },
      ],
    },
    DKP,
    [{ at: 'rules[0]', relatedRule: 12 }],
  ],
  [
    'near miss: built-in rule 12 also lists users, so other service accounts pass it',
    {
      rules: [{ level: 'Request', userGroups: ['system:serviceaccounts:prod'], verbs: ['create', 'delete'] }],
    },
    DKP,
    [],
  ],
]

describe('never-fires-in-practice', () => {
  runCases('never-fires-in-practice', CASES)

  it('is a warning whose headline (first sentence) is at most 140 characters, with the reason and the fix', () => {
    const [f] = only('never-fires-in-practice', DKP_DOCS_EXAMPLE_2, KUBE)
    expect(f!.severity).toBe('warning')
    const headline = f!.message.split(/(?<=\.) /)[0]!
    expect(headline.length).toBeLessThanOrEqual(140)
    expect(textOf(f!)).toContain('system:authenticated')
    expect(textOf(f!)).toContain('Move rule 2 above rule 1')
  })

  it('its one-click fix moves the rule above the one that decides it', () =>
    expect(applyFix('never-fires-in-practice', DKP_DOCS_EXAMPLE_2).rules).toEqual([
      DKP_DOCS_EXAMPLE_2.rules[1],
      DKP_DOCS_EXAMPLE_2.rules[0],
    ]))

  it('after the fix nothing is flagged', () =>
    expect(
      only('never-fires-in-practice', applyFix('never-fires-in-practice', DKP_DOCS_EXAMPLE_2), KUBE),
    ).toEqual([]))
})
