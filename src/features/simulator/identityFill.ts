// Filling in a test request's groups the way kube-apiserver gives them (policy/identities.ts).
import { groupsForUser, withAddedGroups } from '../../policy/identities.ts'
import type { RequestAttributes } from '../../policy/types.ts'

const addedFor = (user: string) => groupsForUser(user).map((a) => a.group)

/** addedGroupsOf: the groups of the request that kube-apiserver adds for its user name (shown as added). */
export function addedGroupsOf(request: RequestAttributes): string[] {
  if (request.user === null || request.user === '') return []
  return addedFor(request.user).filter((g) => request.groups.includes(g))
}

/**
 * withUser: the request with another user name, its groups as kube-apiserver gives them: the groups the API
 * server added for the old name are dropped, those for the new one added (the user's own groups stay).
 */
export function withUser(request: RequestAttributes, user: string): RequestAttributes {
  const old = request.user === null || request.user === '' ? [] : addedFor(request.user)
  const own = request.groups.filter((g) => !old.includes(g))
  return { ...request, user, groups: user === '' ? own : withAddedGroups(user, own).groups }
}
