// Witness requests: to claim that two rules overlap, or that some request reaches a rule, lint builds one
// concrete, plausible request. The search matches through selectors (selectorsMatch, which answers as
// ruleMatches does); the rules the witness must match are checked again with evaluate.ts. No witness, no claim.
import { selectorsContain } from './containment.ts'
import { mayShareRequests } from './disjoint.ts'
import { pathMatches, ruleMatches } from './evaluate.ts'
import {
  isPlausibleRequest,
  needsName,
  NON_RESOURCE_VERBS,
  plausibleResource,
  RESOURCE_VERBS,
} from './plausible.ts'
import { resourceChoices, type ResourceChoice } from './resourceChoices.ts'
import { ruleScope, selectorsMatch, selectorsOf, type Selectors, type SelectorsOf } from './selectors.ts'
import type { PolicyRule, RequestAttributes } from './types.ts'

const AUTHENTICATED = 'system:authenticated'
const FRESH_USER = 'jane@example.com'
const FRESH_NAMESPACES = ['default', 'team-a', '']
const FRESH_PATHS = ['/healthz', '/version', '/metrics', '/openapi/v2']
const FRESH_NAME = 'example'
const MAX_REPAIRS = 12

/** One witness under construction: a value for each attribute the policy reads. */
interface Choice {
  user: string
  groups: string[]
  verb: string
  namespace: string
  target: ResourceChoice | null
  path: string
}

const unique = <T>(l: readonly T[]): T[] => [...new Set(l)]

/** intersection of the sets that restrict (undefined when none does), in the first set's order. */
function intersection(sets: ReadonlyArray<ReadonlySet<string> | undefined>): string[] | undefined {
  let out: string[] | undefined
  for (const s of sets) {
    if (s === undefined) continue
    out = out === undefined ? [...s] : out.filter((v) => s.has(v))
  }
  return out
}

/** pathChoices: non-resource paths every rule's URL list accepts. */
function pathChoices(rules: readonly PolicyRule[]): string[] {
  const specs = rules.filter((r) => ruleScope(r) === 'nonResource').map((r) => r.nonResourceURLs!)
  const candidates = specs.flat().flatMap((spec) => {
    if (!spec.endsWith('*')) return [spec]
    const prefix = spec.replace(/\*+$/, '')
    return [prefix, prefix.endsWith('/') ? `${prefix}x` : `${prefix}/x`, `${prefix}x`]
  })
  return unique([...candidates, ...FRESH_PATHS]).filter((p) =>
    specs.every((l) => l.some((spec) => pathMatches(p, spec))),
  )
}

/** nameFor: the target's name, or for any name one that fits the verb. */
const nameFor = (t: ResourceChoice, verb: string) =>
  t.name ?? (needsName(verb, t.subresource) ? FRESH_NAME : '')

/** toRequest turns a choice into request attributes (the path of a resource request is filled in later). */
function toRequest(c: Choice, resourceRequest: boolean): RequestAttributes {
  const t = resourceRequest ? c.target : null
  return {
    user: c.user,
    groups: c.groups,
    verb: c.verb,
    resourceRequest,
    apiGroup: t?.apiGroup ?? '',
    resource: t?.resource ?? '',
    subresource: t?.subresource ?? '',
    namespace: t ? c.namespace : '',
    name: t ? nameFor(t, c.verb) : '',
    path: t ? '/' : c.path,
  }
}

/** withUrlPath gives a resource request the URL path kube-apiserver would parse these attributes from. */
function withUrlPath(req: RequestAttributes): RequestAttributes {
  if (!req.resourceRequest) return req
  const prefix = req.apiGroup === '' ? '/api/v1' : `/apis/${req.apiGroup}/v1`
  const ns = req.namespace === '' ? '' : `/namespaces/${req.namespace}`
  const tail = [req.resource, req.name, req.subresource].filter((p) => p !== '').join('/')
  return { ...req, path: `${prefix}${ns}/${tail}` }
}

type Candidates = { [K in keyof Choice]: Choice[K][] }

/** candidatesFor: the values each attribute may take so that every rule of `must` can match (null: none). */
function candidatesFor(
  must: readonly PolicyRule[],
  sels: readonly Selectors[],
  resourceRequest: boolean,
): Candidates | null {
  const users = intersection(sels.map((s) => s.users)) ?? [FRESH_USER]
  const groupNames = intersection(sels.map((s) => s.userGroups))
  const kindVerbs = resourceRequest ? RESOURCE_VERBS : NON_RESOURCE_VERBS
  const verbs = intersection(sels.map((s) => s.verbs))?.filter((v) => kindVerbs.includes(v)) ?? [...kindVerbs]
  const namespace = resourceRequest ? (intersection(sels.map((s) => s.namespaces)) ?? FRESH_NAMESPACES) : ['']
  if (users.length === 0 || groupNames?.length === 0 || verbs.length === 0 || namespace.length === 0)
    return null
  const groups = groupNames?.map((g) => (g === AUTHENTICATED ? [g] : [g, AUTHENTICATED])) ?? [[AUTHENTICATED]]
  const target = resourceRequest ? resourceChoices(sels) : [null]
  const path = resourceRequest ? ['/'] : pathChoices(must)
  if (target.length === 0 || path.length === 0) return null
  return { user: users, groups, verb: verbs, namespace, target, path }
}

/**
 * findWitness returns a plausible request that every rule of `must` matches and no rule of `avoid` does,
 * or null when it finds none (it tries a bounded number of one-attribute repairs, so null proves nothing).
 * The search matches through selectors (selectorsMatch); the result is checked again with ruleMatches.
 */
export function findWitness(
  must: readonly PolicyRule[],
  avoid: readonly PolicyRule[] = [],
  sel: SelectorsOf = selectorsOf,
): RequestAttributes | null {
  const sels = must.map(sel)
  if (sels.some((a, i) => sels.slice(i + 1).some((b) => !mayShareRequests(a, b)))) return null
  const scopes = must.map(ruleScope)
  for (const resourceRequest of [true, false]) {
    if (scopes.includes(resourceRequest ? 'nonResource' : 'resource')) continue
    const found = searchKind(must, avoid, sel, resourceRequest)
    if (found === null) continue
    const req = withUrlPath(found)
    if (isPlausibleRequest(req) && must.every((r) => ruleMatches(r, req))) return req
  }
  return null
}

/** firstChoice: the first verb, target and namespace that make a request that fits (all else: first values). */
function firstChoice(
  cands: Candidates,
  resourceRequest: boolean,
  fits: (req: RequestAttributes) => boolean,
): Choice | null {
  for (const verb of cands.verb) {
    for (const target of cands.target) {
      if (
        target !== null &&
        !plausibleResource(verb, target.resource, target.subresource, nameFor(target, verb))
      )
        continue
      for (const namespace of cands.namespace) {
        const c: Choice = {
          user: cands.user[0]!,
          groups: cands.groups[0]!,
          verb,
          namespace,
          target,
          path: cands.path[0]!,
        }
        if (fits(toRequest(c, resourceRequest))) return c
      }
    }
  }
  return null
}

/** searchKind: a witness of one kind (resource or non-resource request), repairing past `avoid` rules. */
function searchKind(
  must: readonly PolicyRule[],
  avoid: readonly PolicyRule[],
  sel: SelectorsOf,
  resourceRequest: boolean,
): RequestAttributes | null {
  const mustSel = must.map(sel)
  const cands = candidatesFor(must, mustSel, resourceRequest)
  if (cands === null) return null
  const fits = (req: RequestAttributes) =>
    isPlausibleRequest(req) && mustSel.every((s) => selectorsMatch(s, req))
  let choice = firstChoice(cands, resourceRequest, fits)
  // The rules that blocked earlier choices: a repair that escapes the current blocker is first sought among
  // those that escape them all, or the search can swing between two blockers (list ↔ watch) and miss a third
  // value (update) that escapes both, so lint would miss a claim it makes once one blocker is gone.
  const blockers: Selectors[] = []
  for (let step = 0; choice !== null && step < MAX_REPAIRS; step++) {
    const req = toRequest(choice, resourceRequest)
    const blocker = avoid.find((r) => selectorsMatch(sel(r), req))
    if (blocker === undefined) return req
    const blocking = sel(blocker)
    // A blocker that covers one of the must rules takes every request the search could build.
    if (mustSel.some((s) => selectorsContain(blocking, s))) return null
    if (!blockers.includes(blocking)) blockers.push(blocking)
    const dims = escapeDimensions(blocking)
    const escapes = (c: Choice, from: readonly Selectors[]) => {
      const next = toRequest(c, resourceRequest)
      return fits(next) && from.every((b) => !selectorsMatch(b, next))
    }
    choice =
      repair(choice, cands, dims, (c) => escapes(c, blockers)) ??
      repair(choice, cands, dims, (c) => escapes(c, [blocking]))
  }
  return null
}

/** escapeDimensions: the attributes whose change can make a request escape a rule: those it restricts. */
function escapeDimensions(s: Selectors): Array<keyof Choice> {
  const dims: Array<keyof Choice> = []
  if (s.verbs) dims.push('verb')
  if (s.atoms) dims.push('target')
  if (s.namespaces) dims.push('namespace')
  if (s.users) dims.push('user')
  if (s.userGroups) dims.push('groups')
  if (s.urls) dims.push('path')
  return dims
}

/** withValue returns a copy of the choice with one attribute changed (a literal, not a spread: it is hot). */
function withValue<K extends keyof Choice>(c: Choice, dim: K, value: Choice[K]): Choice {
  const next: Choice = {
    user: c.user,
    groups: c.groups,
    verb: c.verb,
    namespace: c.namespace,
    target: c.target,
    path: c.path,
  }
  next[dim] = value
  return next
}

/** repairOne tries each other value of one attribute; the first choice that is `ok`, or null. */
function repairOne<K extends keyof Choice>(
  choice: Choice,
  dim: K,
  values: ReadonlyArray<Choice[K]>,
  ok: (c: Choice) => boolean,
): Choice | null {
  for (const value of values) {
    if (value === choice[dim]) continue
    const next = withValue(choice, dim, value)
    if (ok(next)) return next
  }
  return null
}

/** repair changes one attribute so that `ok` holds, trying `dims` in order; null when none does. */
function repair(
  choice: Choice,
  cands: Candidates,
  dims: ReadonlyArray<keyof Choice>,
  ok: (c: Choice) => boolean,
): Choice | null {
  for (const dim of dims) {
    const next = repairOne(choice, dim, cands[dim] as ReadonlyArray<Choice[typeof dim]>, ok)
    if (next !== null) return next
  }
  return null
}
