// kube-apiserver's policy checker (pkg/audit/policy/checker.go): the first matching rule decides, every
// comparison is exact and case-sensitive, and each wildcard form works exactly as the Go code does.
import type { EvaluationResult, GroupResources, Policy, PolicyRule, RequestAttributes } from './types.ts'

const nonEmpty = (l: readonly unknown[] | undefined): boolean => l !== undefined && l.length > 0

/** pathMatches: `*` matches all; `x*` is a plain string prefix (every trailing `*` removed); else exact. */
export function pathMatches(path: string, spec: string): boolean {
  if (spec === '*') return true
  if (spec === path) return true
  if (spec.endsWith('*')) return path.startsWith(spec.replace(/\*+$/, ''))
  return false
}

/** resourceMatches: one resources entry against resource[/subresource]; "*", "*" + "/sub" and "res/" + "*" forms. */
export function resourceMatches(res: string, req: RequestAttributes): boolean {
  const combined = req.subresource !== '' ? `${req.resource}/${req.subresource}` : req.resource
  if (res === combined || res === '*') return true
  if (req.subresource !== '' && res.startsWith('*/') && res.slice(2) === req.subresource) return true
  // `pods/*` also matches `pods` itself: only the part before "/*" is compared.
  if (res.endsWith('/*') && res.slice(0, -2) === req.resource) return true
  return false
}

/** groupResourcesMatches: group equal (or `*`), then no resources, or a resource that matches by name. */
export function groupResourcesMatches(gr: GroupResources, req: RequestAttributes): boolean {
  if (gr.group !== req.apiGroup && gr.group !== '*') return false
  if (!nonEmpty(gr.resources)) return true // resourceNames are ignored here
  return gr.resources!.some(
    (res) =>
      (!nonEmpty(gr.resourceNames) || gr.resourceNames!.includes(req.name)) && resourceMatches(res, req),
  )
}

/** MismatchSay: why a rule did not match a request, as a code with the values to name (i18n words it). */
export type MismatchSay =
  | { code: 'noUser' } // the request has no authenticated user
  | { code: 'userNotIn'; user: string; users: readonly string[] }
  | { code: 'noGroupIn'; groups: readonly string[]; userGroups: readonly string[] }
  | { code: 'verbNotIn'; verb: string; verbs: readonly string[] }
  | { code: 'notResourceRequest'; path: string } // the rule matches resource requests only
  | { code: 'namespaceNotIn'; namespace: string; namespaces: readonly string[] }
  | { code: 'resourceNoMatch'; apiGroup: string; resource: string; subresource: string; name: string }
  | { code: 'notNonResource' } // the rule matches non-resource URLs only
  | { code: 'urlNoMatch'; path: string; urls: readonly string[] }

/** Why a rule did not match a request: the first selector that failed, in the checker's order. */
export interface Mismatch {
  field: 'users' | 'userGroups' | 'verbs' | 'namespaces' | 'resources' | 'nonResourceURLs'
  say: MismatchSay
}

/** explainRule returns null when `rule` matches `req`, else the first selector that rejects it, as a code. */
export function explainRule(rule: PolicyRule, req: RequestAttributes): Mismatch | null {
  if (nonEmpty(rule.users)) {
    if (req.user === null) return { field: 'users', say: { code: 'noUser' } }
    if (!rule.users!.includes(req.user))
      return { field: 'users', say: { code: 'userNotIn', user: req.user, users: rule.users! } }
  }
  if (nonEmpty(rule.userGroups)) {
    if (req.user === null) return { field: 'userGroups', say: { code: 'noUser' } }
    if (!req.groups.some((g) => rule.userGroups!.includes(g)))
      return {
        field: 'userGroups',
        say: { code: 'noGroupIn', groups: req.groups, userGroups: rule.userGroups! },
      }
  }
  if (nonEmpty(rule.verbs) && !rule.verbs!.includes(req.verb)) {
    return { field: 'verbs', say: { code: 'verbNotIn', verb: req.verb, verbs: rule.verbs! } }
  }
  if (nonEmpty(rule.namespaces) || nonEmpty(rule.resources)) {
    const field = nonEmpty(rule.resources) ? 'resources' : 'namespaces'
    if (!req.resourceRequest) return { field, say: { code: 'notResourceRequest', path: req.path } }
    if (nonEmpty(rule.namespaces) && !rule.namespaces!.includes(req.namespace)) {
      return {
        field: 'namespaces',
        say: { code: 'namespaceNotIn', namespace: req.namespace, namespaces: rule.namespaces! },
      }
    }
    if (nonEmpty(rule.resources) && !rule.resources!.some((gr) => groupResourcesMatches(gr, req))) {
      const { apiGroup, resource, subresource, name } = req
      return { field: 'resources', say: { code: 'resourceNoMatch', apiGroup, resource, subresource, name } }
    }
    return null
  }
  if (nonEmpty(rule.nonResourceURLs)) {
    if (req.resourceRequest) return { field: 'nonResourceURLs', say: { code: 'notNonResource' } }
    if (!rule.nonResourceURLs!.some((spec) => pathMatches(req.path, spec)))
      return {
        field: 'nonResourceURLs',
        say: { code: 'urlNoMatch', path: req.path, urls: rule.nonResourceURLs! },
      }
  }
  return null
}

/** ruleMatches: every selector the rule sets must accept the request (checker.go's ruleMatches). */
export function ruleMatches(rule: PolicyRule, req: RequestAttributes): boolean {
  if (nonEmpty(rule.users) && (req.user === null || !rule.users!.includes(req.user))) return false
  if (
    nonEmpty(rule.userGroups) &&
    (req.user === null || !req.groups.some((g) => rule.userGroups!.includes(g)))
  )
    return false
  if (nonEmpty(rule.verbs) && !rule.verbs!.includes(req.verb)) return false
  if (nonEmpty(rule.namespaces) || nonEmpty(rule.resources)) return ruleMatchesResource(rule, req)
  if (nonEmpty(rule.nonResourceURLs)) return ruleMatchesNonResource(rule, req)
  return true
}

/** ruleMatchesResource: resource requests only; namespace listed (if any), then any resources entry. */
function ruleMatchesResource(rule: PolicyRule, req: RequestAttributes): boolean {
  if (!req.resourceRequest) return false
  if (nonEmpty(rule.namespaces) && !rule.namespaces!.includes(req.namespace)) return false
  return !nonEmpty(rule.resources) || rule.resources!.some((gr) => groupResourcesMatches(gr, req))
}

/** ruleMatchesNonResource: non-resource requests only; any URL spec matches the path. */
function ruleMatchesNonResource(rule: PolicyRule, req: RequestAttributes): boolean {
  return !req.resourceRequest && rule.nonResourceURLs!.some((spec) => pathMatches(req.path, spec))
}

function sortedSet(stages: readonly string[]): string[] {
  return [...new Set(stages)].sort()
}

/** evaluatePolicy returns what the API server audits for `req`: the first matching rule's level and stages. */
export function evaluatePolicy(policy: Policy, req: RequestAttributes): EvaluationResult {
  const policyStages = policy.omitStages ?? []
  const policyOmit = policy.omitManagedFields ?? false
  for (let i = 0; i < policy.rules.length; i++) {
    const rule = policy.rules[i]!
    if (ruleMatches(rule, req)) {
      return {
        level: rule.level,
        omitStages: sortedSet([...policyStages, ...(rule.omitStages ?? [])]),
        omitManagedFields: rule.omitManagedFields ?? policyOmit,
        matchedRule: i,
      }
    }
  }
  return {
    level: 'None',
    omitStages: sortedSet(policyStages),
    omitManagedFields: policyOmit,
    matchedRule: null,
  }
}
