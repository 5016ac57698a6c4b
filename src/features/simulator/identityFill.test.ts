import { describe, expect, it } from 'vitest'
import { emptyRequest } from '../../policy/request.ts'
import type { RequestAttributes } from '../../policy/types.ts'
import { addedGroupsOf, withUser } from './identityFill.ts'

const base: RequestAttributes = { ...emptyRequest(), user: '', groups: ['team'] }

describe('withUser', () => {
  it('a service account gets system:serviceaccounts, its namespace group and system:authenticated', () => {
    const r = withUser(base, 'system:serviceaccount:prod:ci')
    expect(r.groups).toEqual([
      'team',
      'system:serviceaccounts',
      'system:serviceaccounts:prod',
      'system:authenticated',
    ])
    expect(addedGroupsOf(r)).toEqual([
      'system:serviceaccounts',
      'system:serviceaccounts:prod',
      'system:authenticated',
    ])
  })
  it('typing on from an ordinary name to system:anonymous swaps system:authenticated for system:unauthenticated', () => {
    const typed = [...'system:anonymous'].reduce<RequestAttributes>(
      (r, _c, i) => withUser(r, 'system:anonymous'.slice(0, i + 1)),
      base,
    )
    expect(typed.groups).toEqual(['team', 'system:unauthenticated'])
  })
  it('a group the user removed stays removed until the name changes', () => {
    const r = withUser(base, 'alice')
    const removed = { ...r, groups: r.groups.filter((g) => g !== 'system:authenticated') }
    expect(addedGroupsOf(removed)).toEqual([])
    expect(withUser(removed, 'alice2').groups).toEqual(['team', 'system:authenticated'])
  })
  it('an empty name adds nothing', () =>
    expect(withUser(withUser(base, 'alice'), '').groups).toEqual(['team']))
})
