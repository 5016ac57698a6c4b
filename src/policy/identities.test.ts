// Each identity implication kube-apiserver makes, with a hit and a near miss (sources: docs/notes/kubernetes-versions.md).
import { describe, expect, it } from 'vitest'
import { canHave, groupsForUser, impliedByGroup, isRealIdentity, withAddedGroups } from './identities.ts'

const groups = (user: string) => groupsForUser(user).map((a) => a.group)

describe('groups kube-apiserver adds for a user name', () => {
  it.each([
    ['every authenticated user has system:authenticated', 'alice', ['system:authenticated']],
    [
      'a service account has system:serviceaccounts and system:serviceaccounts:NS',
      'system:serviceaccount:prod:ci',
      ['system:serviceaccounts', 'system:serviceaccounts:prod', 'system:authenticated'],
    ],
    ['system:anonymous has system:unauthenticated only', 'system:anonymous', ['system:unauthenticated']],
    ['system:node:NAME has system:nodes', 'system:node:worker-1', ['system:nodes', 'system:authenticated']],
    // Near misses: names that only look like the special ones.
    [
      'near miss: "system:serviceaccount:prod" (no name) is an ordinary user',
      'system:serviceaccount:prod',
      ['system:authenticated'],
    ],
    ['near miss: "system:nodes" as a user name is not a node', 'system:nodes', ['system:authenticated']],
    [
      'near miss: "System:anonymous" (capital) is authenticated',
      'System:anonymous',
      ['system:authenticated'],
    ],
  ])('%s', (_name, user, want) => expect(groups(user)).toEqual(want))
})

describe('groups implied by a group', () => {
  it.each([
    [
      'system:serviceaccounts:NS implies system:serviceaccounts',
      'system:serviceaccounts:prod',
      ['system:serviceaccounts', 'system:authenticated'],
    ],
    [
      'system:serviceaccounts implies system:authenticated',
      'system:serviceaccounts',
      ['system:authenticated'],
    ],
    ['system:nodes implies system:authenticated', 'system:nodes', ['system:authenticated']],
    ['any group of an authenticated user implies system:authenticated', 'team-a', ['system:authenticated']],
    [
      'near miss: system:unauthenticated implies nothing (anonymous is not authenticated)',
      'system:unauthenticated',
      [],
    ],
    ['near miss: system:authenticated implies nothing more', 'system:authenticated', []],
  ])('%s', (_name, group, want) => expect(impliedByGroup(group)).toEqual(want))
})

describe('which identities are real', () => {
  it.each([
    [
      'a service account with its groups',
      {
        user: 'system:serviceaccount:a:b',
        groups: ['system:serviceaccounts', 'system:serviceaccounts:a', 'system:authenticated'],
      },
      true,
    ],
    [
      'anonymous with system:unauthenticated',
      { user: 'system:anonymous', groups: ['system:unauthenticated'] },
      true,
    ],
    ['a request that failed authentication (no user)', { user: null, groups: [] }, true],
    [
      'near miss: a service account without system:authenticated',
      { user: 'system:serviceaccount:a:b', groups: ['system:serviceaccounts', 'system:serviceaccounts:a'] },
      false,
    ],
    [
      'near miss: anonymous with system:authenticated',
      { user: 'system:anonymous', groups: ['system:unauthenticated', 'system:authenticated'] },
      false,
    ],
    [
      'near miss: alice in system:serviceaccounts:a',
      {
        user: 'alice',
        groups: ['system:serviceaccounts:a', 'system:serviceaccounts', 'system:authenticated'],
      },
      false,
    ],
    [
      'near miss: a service account of namespace a in system:serviceaccounts:b',
      {
        user: 'system:serviceaccount:a:b',
        groups: [
          'system:serviceaccounts',
          'system:serviceaccounts:a',
          'system:serviceaccounts:b',
          'system:authenticated',
        ],
      },
      false,
    ],
  ])('%s', (_name, id, want) => expect(isRealIdentity(id)).toBe(want))

  it('canHave: anonymous is only in system:unauthenticated, and no one else is', () => {
    expect(canHave('system:anonymous', 'system:unauthenticated')).toBe(true)
    expect(canHave('system:anonymous', 'system:authenticated')).toBe(false)
    expect(canHave('alice', 'system:unauthenticated')).toBe(false)
    expect(canHave('alice', 'team')).toBe(true)
  })

  it('withAddedGroups keeps the given groups first and names what it added', () => {
    expect(withAddedGroups('system:serviceaccount:ns:sa', ['team'])).toEqual({
      groups: ['team', 'system:serviceaccounts', 'system:serviceaccounts:ns', 'system:authenticated'],
      added: ['system:serviceaccounts', 'system:serviceaccounts:ns', 'system:authenticated'],
    })
    expect(withAddedGroups('alice', ['system:authenticated']).added).toEqual([])
  })
})
