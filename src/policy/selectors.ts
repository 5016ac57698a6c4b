// Rule selectors as sets of requests, for reasoning about rules rather than single requests (lint). Each
// form reads the selector exactly as evaluate.ts does, for requests as kube-apiserver derives them: resource
// and subresource are single path segments, so they never contain "/".
import type { GroupResources, PolicyRule, RequestAttributes } from './types.ts'

/**
 * ResourcePattern is the set of (resource, subresource) pairs one `resources` entry string matches:
 * every pair (`*`), one pair (`pods`, `pods/log`), one resource with any subresource or none (`pods/*`),
 * one subresource of any resource (star, slash, `scale`), pairs where either side is literally `*` (star,
 * slash, star), or nothing (`pods/`, `a/b/c`).
 */
export type ResourcePattern =
  | { kind: 'all' }
  | { kind: 'exact'; resource: string; subresource: string }
  | { kind: 'parent'; resource: string }
  | { kind: 'sub'; subresource: string }
  | { kind: 'starstar' }
  | { kind: 'none' }

/** parseResourcePattern reads one entry of `resources[].resources` as the set of pairs it matches. */
export function parseResourcePattern(res: string): ResourcePattern {
  if (res === '*') return { kind: 'all' }
  const parts = res.split('/')
  if (parts.length === 1) return { kind: 'exact', resource: res, subresource: '' }
  if (parts.length > 2) return { kind: 'none' } // "a/b/c": no segment holds a "/"
  const [resource, subresource] = parts as [string, string]
  if (subresource === '') return { kind: 'none' } // "pods/": a subresource is never empty
  if (resource === '*' && subresource === '*') return { kind: 'starstar' }
  if (resource === '*') return { kind: 'sub', subresource }
  if (subresource === '*') return { kind: 'parent', resource }
  return { kind: 'exact', resource, subresource }
}

/** patternHas: whether the pair (resource, subresource) is in the pattern's set ("" = no subresource). */
export function patternHas(p: ResourcePattern, resource: string, subresource: string): boolean {
  switch (p.kind) {
    case 'all':
      return true
    case 'exact':
      return p.resource === resource && p.subresource === subresource
    case 'parent':
      return p.resource === resource
    case 'sub':
      return subresource !== '' && p.subresource === subresource
    case 'starstar':
      return resource === '*' || subresource === '*'
    case 'none':
      return false
  }
}

/**
 * ResourceAtom is one (group, resource string, names) piece of a rule's `resources`: group `*` is any group;
 * `names` is undefined when any name matches (no resourceNames, or an entry without resources).
 */
export interface ResourceAtom {
  group: string
  pattern: ResourcePattern
  names?: ReadonlySet<string>
}

const nonEmpty = <T>(l: readonly T[] | undefined): l is readonly T[] => l !== undefined && l.length > 0
const setOf = (l: readonly string[] | undefined): ReadonlySet<string> | undefined =>
  nonEmpty(l) ? new Set(l) : undefined

/** atomsOf splits `resources` entries into atoms; an entry without resources is every resource of its group. */
export function atomsOf(entries: readonly GroupResources[]): ResourceAtom[] {
  const atoms: ResourceAtom[] = []
  for (const gr of entries) {
    const group = typeof gr.group === 'string' ? gr.group : ''
    if (!nonEmpty(gr.resources)) {
      atoms.push({ group, pattern: { kind: 'all' } })
      continue
    }
    const names = setOf(gr.resourceNames)
    for (const res of gr.resources) atoms.push({ group, pattern: parseResourcePattern(res), names })
  }
  return atoms
}

/** UrlPattern is what one nonResourceURLs entry matches: every path, one path, or a plain string prefix. */
export type UrlPattern =
  { kind: 'all' } | { kind: 'exact'; path: string } | { kind: 'prefix'; prefix: string }

/** parseUrlPattern: `*` is every path; a trailing `*` (all of them removed) is a prefix; else exact. */
export function parseUrlPattern(spec: string): UrlPattern {
  if (spec === '*') return { kind: 'all' }
  if (spec.endsWith('*')) {
    const prefix = spec.replace(/\*+$/, '')
    return prefix === '' ? { kind: 'all' } : { kind: 'prefix', prefix }
  }
  return { kind: 'exact', path: spec }
}

/**
 * RuleScope says which requests a rule can match at all: a rule with namespaces or resources matches only
 * resource requests (its nonResourceURLs are never consulted), one with nonResourceURLs only non-resource
 * requests, and one with neither matches both.
 */
export type RuleScope = 'resource' | 'nonResource' | 'both'

/** ruleScope: see RuleScope. */
export function ruleScope(rule: PolicyRule): RuleScope {
  if (nonEmpty(rule.namespaces) || nonEmpty(rule.resources)) return 'resource'
  if (nonEmpty(rule.nonResourceURLs)) return 'nonResource'
  return 'both'
}

/**
 * Selectors is a rule read for set reasoning: each list is undefined when it does not restrict (absent or
 * empty). `atoms` is undefined when any resource matches; `urls` is set only for non-resource rules.
 */
export interface Selectors {
  users?: ReadonlySet<string>
  userGroups?: ReadonlySet<string>
  verbs?: ReadonlySet<string>
  namespaces?: ReadonlySet<string>
  scope: RuleScope
  atoms?: ResourceAtom[]
  urls?: UrlPattern[]
}

/** selectorsOf reads a rule's selectors once, so that pairwise checks stay cheap. */
export function selectorsOf(rule: PolicyRule): Selectors {
  const scope = ruleScope(rule)
  return {
    users: setOf(rule.users),
    userGroups: setOf(rule.userGroups),
    verbs: setOf(rule.verbs),
    namespaces: setOf(rule.namespaces),
    scope,
    atoms: nonEmpty(rule.resources) ? atomsOf(rule.resources) : undefined,
    urls: scope === 'nonResource' ? rule.nonResourceURLs!.map(parseUrlPattern) : undefined,
  }
}

/** matchesNothing: a resource rule whose every resources entry is a form that no request has (`pods/`). */
export function matchesNothing(s: Selectors): boolean {
  return s.atoms !== undefined && s.atoms.every((a) => a.pattern.kind === 'none')
}

/** urlHas: whether `path` is in the URL pattern's set (the same answer as evaluate.ts's pathMatches). */
export function urlHas(u: UrlPattern, path: string): boolean {
  if (u.kind === 'all') return true
  return u.kind === 'exact' ? path === u.path : path.startsWith(u.prefix)
}

/** atomHas: the atom's group (or `*`), names (if any) and pattern accept the request. */
function atomHas(a: ResourceAtom, req: RequestAttributes): boolean {
  if (a.group !== '*' && a.group !== req.apiGroup) return false
  if (a.names !== undefined && !a.names.has(req.name)) return false
  return patternHas(a.pattern, req.resource, req.subresource)
}

/**
 * selectorsMatch: whether the rule these selectors were read from matches `req`, for a request whose resource
 * and subresource are path segments (no "/"); the same answer as ruleMatches, only without building messages.
 */
export function selectorsMatch(s: Selectors, req: RequestAttributes): boolean {
  if (s.users && (req.user === null || !s.users.has(req.user))) return false
  if (s.userGroups && (req.user === null || !req.groups.some((g) => s.userGroups!.has(g)))) return false
  if (s.verbs && !s.verbs.has(req.verb)) return false
  if (s.scope === 'resource') {
    if (!req.resourceRequest) return false
    if (s.namespaces && !s.namespaces.has(req.namespace)) return false
    return s.atoms === undefined || s.atoms.some((a) => atomHas(a, req))
  }
  if (s.scope === 'nonResource') return !req.resourceRequest && s.urls!.some((u) => urlHas(u, req.path))
  return true
}

/** SelectorsOf reads a rule's selectors; selectorCache returns one that reads each rule object once. */
export type SelectorsOf = (rule: PolicyRule) => Selectors

/** selectorCache: a SelectorsOf that remembers each rule it has read (for one lint run). */
export function selectorCache(): SelectorsOf {
  const cache = new Map<PolicyRule, Selectors>()
  return (rule) => {
    let s = cache.get(rule)
    if (s === undefined) {
      s = selectorsOf(rule)
      cache.set(rule, s)
    }
    return s
  }
}
