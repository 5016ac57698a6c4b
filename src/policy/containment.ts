// Rule containment: does an earlier rule match every request a later rule matches? Sound, never guessed:
// each check below holds for every request kube-apiserver can derive (see selectors.ts); when a union of
// several entries would be needed, the answer is "no" (a missed finding, never a false one).
import {
  selectorsOf,
  type ResourceAtom,
  type ResourcePattern,
  type Selectors,
  type UrlPattern,
} from './selectors.ts'
import type { PolicyRule } from './types.ts'

const ANY_RESOURCE: ResourceAtom = { group: '*', pattern: { kind: 'all' } }

/** listCovers: an unrestricted list accepts everything; a restricted one only a restricted subset. */
export function listCovers(outer: ReadonlySet<string> | undefined, inner: ReadonlySet<string> | undefined) {
  if (outer === undefined) return true
  if (inner === undefined) return false
  for (const v of inner) if (!outer.has(v)) return false
  return true
}

/** groupCovers: group `*` covers every group (core included); any other group only itself. */
export function groupCovers(outer: string, inner: string): boolean {
  return outer === '*' || outer === inner
}

/** patternCovers: every (resource, subresource) pair of `inner` is in `outer`. */
export function patternCovers(outer: ResourcePattern, inner: ResourcePattern): boolean {
  if (inner.kind === 'none' || outer.kind === 'all') return true
  switch (inner.kind) {
    case 'all':
      return false
    case 'exact':
      if (outer.kind === 'exact')
        return outer.resource === inner.resource && outer.subresource === inner.subresource
      if (outer.kind === 'parent') return outer.resource === inner.resource
      if (outer.kind === 'sub') return inner.subresource !== '' && outer.subresource === inner.subresource
      if (outer.kind === 'starstar') return inner.resource === '*' || inner.subresource === '*'
      return false
    case 'parent':
      if (outer.kind === 'parent') return outer.resource === inner.resource
      return outer.kind === 'starstar' && inner.resource === '*'
    case 'sub':
      if (outer.kind === 'sub') return outer.subresource === inner.subresource
      return outer.kind === 'starstar' && inner.subresource === '*'
    case 'starstar':
      return outer.kind === 'starstar'
  }
}

/** atomCovers: group and pattern covered, and the outer names (if any) hold `name` (undefined = any name). */
function atomCovers(outer: ResourceAtom, inner: ResourceAtom, name: string | undefined): boolean {
  if (outer.names !== undefined && (name === undefined || !outer.names.has(name))) return false
  return groupCovers(outer.group, inner.group) && patternCovers(outer.pattern, inner.pattern)
}

/** atomCovered: each name of `inner` (or any name) is covered by some atom of `outers`. */
function atomCovered(outers: readonly ResourceAtom[], inner: ResourceAtom): boolean {
  if (inner.pattern.kind === 'none') return true
  if (inner.names === undefined) return outers.some((o) => atomCovers(o, inner, undefined))
  for (const name of inner.names) if (!outers.some((o) => atomCovers(o, inner, name))) return false
  return true
}

/** urlCovers: `*` covers every path; a prefix covers paths and prefixes that start with it; exact only itself. */
export function urlCovers(outer: UrlPattern, inner: UrlPattern): boolean {
  if (outer.kind === 'all') return true
  if (inner.kind === 'all') return false
  if (inner.kind === 'exact') {
    return outer.kind === 'exact' ? outer.path === inner.path : inner.path.startsWith(outer.prefix)
  }
  return outer.kind === 'prefix' && inner.prefix.startsWith(outer.prefix)
}

/** resourcePartCovers: namespaces and resources of a resource-only rule cover those of another one. */
function resourcePartCovers(outer: Selectors, inner: Selectors): boolean {
  if (!listCovers(outer.namespaces, inner.namespaces)) return false
  if (outer.atoms === undefined) return true
  const innerAtoms = inner.atoms ?? [ANY_RESOURCE]
  return innerAtoms.every((a) => atomCovered(outer.atoms!, a))
}

/**
 * selectorsContain: every request `inner` matches is matched by `outer`. users, userGroups and verbs must
 * be subsets (a nil user fails any rule with users or userGroups, and so does `inner`'s then); a rule with
 * neither resources, namespaces nor URLs covers both kinds of request; otherwise the kinds must agree.
 */
export function selectorsContain(outer: Selectors, inner: Selectors): boolean {
  if (!listCovers(outer.users, inner.users)) return false
  if (!listCovers(outer.userGroups, inner.userGroups)) return false
  if (!listCovers(outer.verbs, inner.verbs)) return false
  if (outer.scope === 'both') return true
  if (outer.scope !== inner.scope) return false
  if (outer.scope === 'resource') return resourcePartCovers(outer, inner)
  return inner.urls!.every((u) => outer.urls!.some((o) => urlCovers(o, u)))
}

/** ruleContains: selectorsContain for two rules as written. */
export function ruleContains(outer: PolicyRule, inner: PolicyRule): boolean {
  return selectorsContain(selectorsOf(outer), selectorsOf(inner))
}

/** The selectors a rule can restrict, in the order messages name them. */
export const SELECTOR_FIELDS = [
  'users',
  'userGroups',
  'verbs',
  'namespaces',
  'resources',
  'nonResourceURLs',
] as const
export type SelectorField = (typeof SELECTOR_FIELDS)[number]

/** restricts: whether the rule's selectors limit `field`. */
export function restricts(s: Selectors, field: SelectorField): boolean {
  switch (field) {
    case 'resources':
      return s.atoms !== undefined
    case 'nonResourceURLs':
      return s.urls !== undefined
    default:
      return s[field] !== undefined
  }
}

/** looserFields: the selectors `inner` restricts and `outer` does not (why `outer` is wider), in order. */
export function looserFields(outer: Selectors, inner: Selectors): SelectorField[] {
  return SELECTOR_FIELDS.filter((f) => restricts(inner, f) && !restricts(outer, f))
}

/** parentCoveredBySubresourceWildcard: some `pods` of `inner` is covered only because `outer` has `pods/*`. */
export function parentCoveredBySubresourceWildcard(outer: Selectors, inner: Selectors): string | undefined {
  for (const a of inner.atoms ?? []) {
    if (a.pattern.kind !== 'exact' || a.pattern.subresource !== '') continue
    const resource = a.pattern.resource
    const viaWildcard = outer.atoms?.some(
      (o) => o.pattern.kind === 'parent' && o.pattern.resource === resource && groupCovers(o.group, a.group),
    )
    if (viaWildcard) return `${resource}/*`
  }
  return undefined
}
