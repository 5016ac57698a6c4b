// Real identities: the groups kube-apiserver gives every user it authenticates, whatever the policy says. Each
// implication is cited in docs/notes/kubernetes-versions.md (authenticators of k8s.io/apiserver).
import type { RequestAttributes } from './types.ts'

export const AUTHENTICATED = 'system:authenticated'
export const UNAUTHENTICATED = 'system:unauthenticated'
export const ANONYMOUS = 'system:anonymous'
export const SERVICE_ACCOUNTS = 'system:serviceaccounts'
export const NODES = 'system:nodes'

const SERVICE_ACCOUNT_USER = /^system:serviceaccount:([^:]+):([^:]+)$/
const SERVICE_ACCOUNT_NS_GROUP = /^system:serviceaccounts:(.+)$/
const NODE_USER = /^system:node:(.+)$/

/** Why kube-apiserver adds a group: every authenticated user, service accounts, their namespace, anonymous, nodes. */
export type AddedReason =
  'authenticated' | 'service-account' | 'service-account-namespace' | 'anonymous' | 'node'

/** AddedGroup: one group kube-apiserver (or the credential kube-apiserver trusts) always carries for a user name. */
export interface AddedGroup {
  group: string
  reason: AddedReason
}

/** serviceAccountNamespace: NS of `system:serviceaccount:NS:NAME`, or undefined. */
export function serviceAccountNamespace(user: string): string | undefined {
  return SERVICE_ACCOUNT_USER.exec(user)?.[1]
}

/**
 * groupsForUser: the groups every request of `user` carries. system:anonymous has system:unauthenticated only;
 * a service account has system:serviceaccounts and system:serviceaccounts:NS; a node (kubelet credentials)
 * system:nodes; every authenticated user system:authenticated.
 */
export function groupsForUser(user: string): AddedGroup[] {
  if (user === ANONYMOUS) return [{ group: UNAUTHENTICATED, reason: 'anonymous' }]
  const out: AddedGroup[] = []
  const ns = serviceAccountNamespace(user)
  if (ns !== undefined) {
    out.push({ group: SERVICE_ACCOUNTS, reason: 'service-account' })
    out.push({ group: `${SERVICE_ACCOUNTS}:${ns}`, reason: 'service-account-namespace' })
  } else if (NODE_USER.test(user)) {
    out.push({ group: NODES, reason: 'node' })
  }
  out.push({ group: AUTHENTICATED, reason: 'authenticated' })
  return out
}

/**
 * impliedByGroup: the other groups every real member of `group` has: system:unauthenticated implies nothing
 * (only system:anonymous has it); system:serviceaccounts:NS implies system:serviceaccounts; any other group
 * belongs to an authenticated user, so implies system:authenticated.
 */
export function impliedByGroup(group: string): string[] {
  if (group === UNAUTHENTICATED) return []
  if (SERVICE_ACCOUNT_NS_GROUP.test(group)) return [SERVICE_ACCOUNTS, AUTHENTICATED]
  return group === AUTHENTICATED ? [] : [AUTHENTICATED]
}

/**
 * canHave: whether a real identity named `user` can be in `group`. system:anonymous is only in
 * system:unauthenticated, and nobody else is; system:serviceaccounts:NS holds only service accounts of NS.
 */
export function canHave(user: string, group: string): boolean {
  if (user === ANONYMOUS) return group === UNAUTHENTICATED
  if (group === UNAUTHENTICATED) return false
  const m = SERVICE_ACCOUNT_NS_GROUP.exec(group)
  if (m) return serviceAccountNamespace(user) === m[1]
  if (group === SERVICE_ACCOUNTS) return serviceAccountNamespace(user) !== undefined
  return true
}

/**
 * isRealIdentity: whether kube-apiserver can produce this user with these groups (a request that failed
 * authentication has no user and is real).
 */
export function isRealIdentity(req: Pick<RequestAttributes, 'user' | 'groups'>): boolean {
  if (req.user === null) return true
  const user = req.user
  if (!groupsForUser(user).every((a) => req.groups.includes(a.group))) return false
  if (!req.groups.every((g) => canHave(user, g))) return false
  return req.groups.every((g) => impliedByGroup(g).every((i) => req.groups.includes(i)))
}

/** withAddedGroups: the groups as kube-apiserver would give them (the user's own first, then the added ones). */
export function withAddedGroups(
  user: string,
  groups: readonly string[],
): { groups: string[]; added: string[] } {
  const added = groupsForUser(user)
    .map((a) => a.group)
    .filter((g) => !groups.includes(g))
  return { groups: [...groups, ...added], added }
}
