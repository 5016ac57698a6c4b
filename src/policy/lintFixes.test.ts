// Fixes converge: the counterexamples the convergence fuzz (lintFixes.fuzz.test.ts, FUZZ=1) found, replayed,
// and each cause alone: a finding that appeared after a fix had been true before it, and lint had missed it.
import { describe, expect, it } from 'vitest'
import { converges } from '../testing/fixConvergence.ts'
import { DKP, KUBE, only, quiet } from '../testing/lintCases.ts'
import type { Policy, PolicyRule } from './types.ts'
import { findWitness } from './witness.ts'

const rules = (...rs: PolicyRule[]): Policy => ({ rules: rs })

describe('fix chains the full fuzz found (seed 20261206, then seeds 1 and 777)', () => {
  it('kube-apiserver: literal-star, never-fires, url-star, then removing a shadowed None rule brings no read-volume', () => {
    const policy = rules(
      {
        level: 'Metadata',
        userGroups: ['team', 'system:serviceaccounts', 'system:authenticated'],
        verbs: ['get', 'update', '*'],
        resources: [],
        ...quiet,
      },
      { level: 'None', users: ['alice', 'bob'], nonResourceURLs: ['**', '/healthz'], omitStages: [] },
      {
        level: 'Metadata',
        users: ['alice', 'bob'],
        verbs: ['get', 'list', 'watch', 'create', 'update', '*', 'post'],
        nonResourceURLs: ['**', '/healthz'],
      },
    )
    converges(policy, KUBE, [0])
  })

  it('DKP: a dkp-overlap narrowing of a RequestResponse rule (list, watch, update → watch, update) brings no sensitive-body', () => {
    const policy = rules(
      {
        level: 'None',
        userGroups: ['team', 'system:authenticated', '*'],
        verbs: ['list', 'watch', 'create', 'update', '*', 'post'],
        namespaces: ['default', 'kube-system'],
        nonResourceURLs: ['/healthz*', '/'],
      },
      { level: 'None', userGroups: [], omitStages: [] },
      {
        level: 'RequestResponse',
        users: ['alice', 'bob', '*'],
        userGroups: ['team', 'system:serviceaccounts', 'system:authenticated', '*'],
        verbs: ['list', 'watch', 'update'],
      },
    )
    converges(policy, DKP, [5])
  })

  it('DKP: a dkp-overlap narrowing that leaves what one built-in rule covers brings no dkp-shadowed', () => {
    converges(
      rules({ level: 'None', verbs: ['list', 'update'], namespaces: ['kube-system'] }, { level: 'None' }),
      DKP,
      [0],
    )
  })
})

describe('the causes, one by one', () => {
  it('read-volume: a None rule above that can never match drops nothing, so the broad rule is still flagged', () => {
    const policy = rules(
      { level: 'Metadata', users: ['alice', 'bob'], nonResourceURLs: ['*', '/healthz'] },
      { level: 'None', users: ['alice', 'bob'], nonResourceURLs: ['*', '/healthz'] },
      { level: 'Metadata', userGroups: ['system:authenticated'], ...quiet },
    )
    expect(only('shadowed-rule', policy, KUBE).map((f) => f.at)).toEqual(['rules[1]'])
    expect(only('read-volume', policy, KUBE).map((f) => f.at)).toEqual(['rules[2]'])
  })

  it('read-volume: a None rule above that never fires for a real identity drops nothing either', () => {
    const policy = rules(
      { level: 'Metadata', userGroups: ['system:authenticated'], verbs: ['create'], ...quiet },
      { level: 'None', userGroups: ['team'], verbs: ['create'] },
      { level: 'Metadata', userGroups: ['system:authenticated'], ...quiet },
    )
    expect(only('never-fires-in-practice', policy, KUBE).map((f) => f.at)).toEqual(['rules[1]'])
    expect(only('read-volume', policy, KUBE).map((f) => f.at)).toEqual(['rules[2]'])
  })

  it('read-volume: near miss: a live None rule above still counts as dropping the noise', () => {
    const policy = rules(
      { level: 'None', users: ['alice'], nonResourceURLs: ['/healthz'] },
      { level: 'Metadata', userGroups: ['system:authenticated'], ...quiet },
    )
    expect(only('read-volume', policy, KUBE)).toEqual([])
  })

  it('witness: a search blocked by list, then by watch, finds update (it used to swing between the two)', () => {
    const rule: PolicyRule = { level: 'RequestResponse', verbs: ['list', 'watch', 'update'] }
    const avoid: PolicyRule[] = [
      { level: 'None', verbs: ['list'] },
      { level: 'None', verbs: ['watch'] },
    ]
    expect(findWitness([rule], avoid)?.verb).toBe('update')
    // Near miss: with update taken too, no request reaches the rule.
    expect(findWitness([rule], [...avoid, { level: 'None', verbs: ['update'] }])).toBeNull()
  })

  it('sensitive-body: a Metadata rule for watch above the RequestResponse rule leaves its Secret updates flagged', () => {
    const policy: Policy = {
      omitStages: ['RequestReceived'],
      rules: [
        { level: 'None', namespaces: ['default', 'kube-system'], nonResourceURLs: ['/healthz*', '/'] },
        { level: 'Metadata', verbs: ['watch'] },
        { level: 'RequestResponse', verbs: ['list', 'watch', 'update'] },
      ],
    }
    expect(only('sensitive-body', policy, DKP).map((f) => f.at)).toEqual(['rules[2].level'])
  })

  it('dkp-shadowed: built-in rules 14 (writes in kube-system) and 15 (every list) together cover the rule', () => {
    const policy = rules({ level: 'None', verbs: ['list', 'update'], namespaces: ['kube-system'] })
    expect(only('dkp-overlap', policy, DKP)).toEqual([])
    const [f, ...more] = only('dkp-shadowed', policy, DKP)
    expect(more).toEqual([])
    expect(f!.relatedRule).toBe(14)
    expect(f!.message).toBe(
      'Rule 1 can never match: DKP built-in rules 14 and 15 come first and together match every request it would.',
    )
    expect(f!.reason).toBe("DKP's rules already decide their level (Metadata); your rule cannot change it.")
  })

  it('dkp-shadowed: built-in rules 14 and 15 together already log the rule’s requests at its level: removing it is offered', () => {
    const policy = rules(
      { level: 'Metadata', verbs: ['list', 'update'], namespaces: ['kube-system'] },
      { level: 'RequestResponse', resources: [{ group: '' }] },
    )
    const [f] = only('dkp-shadowed', policy, DKP)
    expect(f!.fix!.description).toBe(
      'Remove rule 1: DKP built-in rules 14 and 15 already log these requests at Metadata',
    )
    expect(f!.fix!.policy.rules).toEqual([policy.rules[1]])
    // The rule never matched: the fix changes no request's level, and brings no finding of its own.
    converges(policy, DKP, [0])
  })

  it('dkp-shadowed: near miss: built-in rules 14 and 15 log at Metadata and the rule asks for None: no fix', () => {
    const [f] = only(
      'dkp-shadowed',
      rules({ level: 'None', verbs: ['list', 'update'], namespaces: ['kube-system'] }),
      DKP,
    )
    expect(f).toBeDefined()
    expect(f!.fix).toBeUndefined()
  })

  it('dkp-shadowed: near miss: a namespace the built-in rules do not cover leaves an overlap, not a shadow', () => {
    const policy = rules({ level: 'None', verbs: ['list', 'update'], namespaces: ['kube-system', 'team-a'] })
    expect(only('dkp-shadowed', policy, DKP)).toEqual([])
    expect(only('dkp-overlap', policy, DKP).map((f) => f.at)).toEqual(['rules[0]'])
  })
})
