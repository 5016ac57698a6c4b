// A cheap filter before the witness search: two rules that provably share no request need no search. Only
// "no" is a proof here; "maybe" is settled by a witness request (witness.ts).
import { groupCovers } from './containment.ts'
import { patternHas, type ResourceAtom, type ResourcePattern, type Selectors } from './selectors.ts'

/** setsMeet: an unrestricted list meets everything; two restricted lists meet when they share a value. */
function setsMeet(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (a === undefined || b === undefined) return true
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const v of small) if (large.has(v)) return true
  return false
}

/** patternsMeet: false only when no (resource, subresource) pair is in both patterns. */
export function patternsMeet(p: ResourcePattern, q: ResourcePattern): boolean {
  if (p.kind === 'none' || q.kind === 'none') return false
  if (p.kind === 'all' || q.kind === 'all') return true
  if (p.kind === 'exact') return patternHas(q, p.resource, p.subresource)
  if (q.kind === 'exact') return patternHas(p, q.resource, q.subresource)
  if (p.kind === 'parent' && q.kind === 'parent') return p.resource === q.resource
  if (p.kind === 'sub' && q.kind === 'sub') return p.subresource === q.subresource
  return true // parent and sub meet at "r/s"; starstar meets parent at "r/*" and sub at "*/s"
}

/** atomsMeet: groups compatible, patterns meet, and the names (where both restrict) share one. */
export function atomsMeet(a: ResourceAtom, b: ResourceAtom): boolean {
  if (!groupCovers(a.group, b.group) && !groupCovers(b.group, a.group)) return false
  return setsMeet(a.names, b.names) && patternsMeet(a.pattern, b.pattern)
}

/**
 * mayShareRequests: false only when no request can match both rules: their kinds differ, or their verbs,
 * users, namespaces or resources are disjoint. (userGroups never prove it: a user has many groups.)
 */
export function mayShareRequests(a: Selectors, b: Selectors): boolean {
  if (
    (a.scope === 'resource' && b.scope === 'nonResource') ||
    (a.scope === 'nonResource' && b.scope === 'resource')
  )
    return false
  if (!setsMeet(a.verbs, b.verbs) || !setsMeet(a.users, b.users)) return false
  if (a.scope !== 'resource' || b.scope !== 'resource') return true
  if (!setsMeet(a.namespaces, b.namespaces)) return false
  if (a.atoms === undefined || b.atoms === undefined) return true
  return a.atoms.some((x) => b.atoms!.some((y) => atomsMeet(x, y)))
}
