// exec-transport and read-volume: what modern clients send and what a broad read rule writes.
import { describe, expect, it } from 'vitest'
import { applyFix, core, KUBE, only, runCases, type LintCase } from '../testing/lintCases.ts'
import { DKP_DOCS_EXAMPLE_2 } from '../testing/dkpExample.ts'
import type { Policy } from './types.ts'

const exec = (verbs: string[], ...resources: string[]): Policy => ({
  rules: [{ level: 'Request', verbs, resources: core(...resources), omitStages: ['RequestReceived'] }],
})

describe('exec-transport', () => {
  const CASES: LintCase[] = [
    [
      'create without get on pods/exec misses kubectl 1.30+ (WebSocket GET)',
      exec(['create'], 'pods/exec'),
      KUBE,
      [{ at: 'rules[0].verbs' }],
    ],
    [
      'get without create on pods/attach misses SPDY clients (POST)',
      exec(['get'], 'pods/attach'),
      KUBE,
      [{ at: 'rules[0].verbs' }],
    ],
    [
      'create without get on pods/portforward',
      exec(['create'], 'pods/portforward'),
      KUBE,
      [{ at: 'rules[0].verbs' }],
    ],
    ['near miss: both get and create', exec(['get', 'create'], 'pods/exec'), KUBE, []],
    ['near miss: no verbs (every verb)', exec([], 'pods/exec'), KUBE, []],
    ['near miss: pods/log is not a streaming upgrade', exec(['create'], 'pods/log'), KUBE, []],
    [
      'near miss: a pods/exec of another group',
      {
        rules: [
          { level: 'Request', verbs: ['create'], resources: [{ group: 'x.io', resources: ['pods/exec'] }] },
        ],
      },
      KUBE,
      [],
    ],
  ]
  runCases('exec-transport', CASES)

  it('the one-click fix adds the missing verb', () => {
    expect(applyFix('exec-transport', exec(['create'], 'pods/exec', 'pods/attach')).rules[0]!.verbs).toEqual([
      'create',
      'get',
    ])
    expect(applyFix('exec-transport', exec(['get'], 'pods/exec')).rules[0]!.verbs).toEqual(['get', 'create'])
  })

  it('no fix when the rule has other resources too (adding a verb would log more of them)', () => {
    const [f] = only('exec-transport', exec(['create'], 'pods/exec', 'secrets'), KUBE)
    expect(f?.fix).toBeUndefined()
  })
})

describe('read-volume', () => {
  const CASES: LintCase[] = [
    [
      'DKP docs example 1: Metadata for system:authenticated',
      { rules: [{ level: 'Metadata', userGroups: ['system:authenticated'] }] },
      KUBE,
      [{ at: 'rules[0]' }],
    ],
    [
      'all authenticated users at Request, reads included',
      { rules: [{ level: 'Request', userGroups: ['system:authenticated', 'team'] }] },
      KUBE,
      [{ at: 'rules[0]' }],
    ],
    [
      'near miss: a bare catch-all (the usual last rule) is left alone',
      { rules: [{ level: 'Request' }] },
      KUBE,
      [],
    ],
    [
      'every resource of every group with the reads listed',
      {
        rules: [
          {
            level: 'Metadata',
            userGroups: ['system:authenticated'],
            verbs: ['get', 'list', 'watch', 'create'],
            resources: [{ group: '*' }],
          },
        ],
      },
      KUBE,
      [{ at: 'rules[0]' }],
    ],
    [
      'near miss: writes only',
      {
        rules: [
          {
            level: 'Metadata',
            userGroups: ['system:authenticated'],
            verbs: ['create', 'update', 'patch', 'delete'],
          },
        ],
      },
      KUBE,
      [],
    ],
    ['near miss: level None', { rules: [{ level: 'None', userGroups: ['system:authenticated'] }] }, KUBE, []],
    [
      'near miss: limited to some resources',
      { rules: [{ level: 'Metadata', userGroups: ['system:authenticated'], resources: core('secrets') }] },
      KUBE,
      [],
    ],
    ['near miss: limited to one team', { rules: [{ level: 'Metadata', userGroups: ['team-a'] }] }, KUBE, []],
    [
      'near miss: a final "everything else" after a rule that drops the noisy readers',
      {
        rules: [
          { level: 'None', userGroups: ['system:serviceaccounts'] },
          { level: 'Metadata', userGroups: ['system:authenticated'] },
        ],
      },
      KUBE,
      [],
    ],
    [
      'DKP docs example 2 (Metadata for system:authenticated first): rule 1 is flagged',
      DKP_DOCS_EXAMPLE_2,
      KUBE,
      [{ at: 'rules[0]' }],
    ],
  ]
  runCases('read-volume', CASES)
})
