// DKP built-in rules 1–27 come before every user rule: where one of them and a user rule share requests, the
// built-in rule decides those, and the user rule's level does not apply. Each overlap is proved by a witness
// request whose first matching built-in rule it is. A rule gets one finding for all of them: a headline, and the
// built-in rules with the part each takes as a list.
import { restricts, selectorsContain } from './containment.ts'
import type { BuiltinRule } from './dkpBuiltin.ts'
import { atomsMeet, mayShareRequests } from './disjoint.ts'
import {
  finding,
  lazyFix,
  withRules,
  type DkpContext,
  type LintContext,
  type LintFinding,
} from './lintFinding.ts'
import {
  msg,
  type NarrowField,
  type Narrowing,
  type OverlapScope,
  type ResourceText,
} from './lintMessages.ts'
import { type ResourcePattern, type Selectors } from './selectors.ts'
import { combos, decidesInPractice } from './lintPractice.ts'
import type { PolicyRule } from './types.ts'
import { findWitness } from './witness.ts'

/** common: the values both lists allow, or undefined when the built-in rule does not restrict the field. */
function common(builtin: ReadonlySet<string> | undefined, user: ReadonlySet<string> | undefined) {
  if (builtin === undefined) return undefined
  return [...builtin].filter((v) => user === undefined || user.has(v))
}

function patternText(p: ResourcePattern): string | null {
  switch (p.kind) {
    case 'all':
      return null
    case 'exact':
      return p.subresource === '' ? p.resource : `${p.resource}/${p.subresource}`
    case 'parent':
      return `${p.resource}/*`
    case 'sub':
      return `*/${p.subresource}`
    default:
      return '*/*'
  }
}

/** overlapScope: the requests both rules match, described by what the built-in rule restricts. */
export function overlapScope(user: Selectors, builtin: PolicyRule, b: Selectors): OverlapScope {
  const scope: OverlapScope = {}
  const verbs = common(b.verbs, user.verbs)
  if (verbs) scope.verbs = verbs
  if (b.atoms) {
    const shared = b.atoms.filter(
      (a) => a.pattern.kind !== 'none' && (user.atoms?.some((u) => atomsMeet(u, a)) ?? true),
    )
    const seen = new Set<string>()
    const resources: ResourceText[] = []
    for (const a of shared) {
      const r: ResourceText = { group: a.group, resource: patternText(a.pattern) }
      if (a.names) r.names = [...a.names]
      const key = JSON.stringify(r)
      if (seen.has(key)) continue
      seen.add(key)
      resources.push(r)
    }
    scope.resources = resources
  }
  const namespaces = common(b.namespaces, user.namespaces)
  if (namespaces) scope.namespaces = namespaces
  const users = common(b.users, user.users)
  if (users) scope.users = users
  const groups = common(b.userGroups, user.userGroups)
  if (groups) scope.userGroups = groups
  if (b.urls) scope.urls = builtin.nonResourceURLs!
  return scope
}

/** namesResource: the user rule names a resource (not a whole group) that the built-in rule also selects. */
function namesResource(user: Selectors, builtin: Selectors): boolean {
  if (!user.atoms || !builtin.atoms) return false
  return user.atoms.some((u) => u.pattern.kind !== 'all' && builtin.atoms!.some((b) => atomsMeet(u, b)))
}

/**
 * explicitOverlap: the overlap lies in something the user rule spells out (both rules list verbs, users,
 * groups, namespaces or URLs, or both name the resource), rather than in what the user rule leaves open.
 */
export function explicitOverlap(user: Selectors, builtin: Selectors): boolean {
  const both = (f: 'users' | 'userGroups' | 'verbs' | 'namespaces' | 'urls') =>
    user[f] !== undefined && builtin[f] !== undefined
  return (
    both('verbs') ||
    both('users') ||
    both('userGroups') ||
    both('namespaces') ||
    both('urls') ||
    namesResource(user, builtin)
  )
}

/** OverlapHit: a built-in rule that decides part of a user rule's requests at another level. */
export interface OverlapHit {
  builtin: BuiltinRule
  scope: OverlapScope
  explicit: boolean
  /** For an explicit overlap: values the user rule can leave out, changing no request's level (cached too). */
  narrow?: Narrowing
}

/**
 * The fields a fix may narrow, in the order one is chosen (verbs first: the most common overlap). With today's
 * containment at most one field can qualify: a value of one field qualifies only when the built-in rule covers
 * every other field in full, so two fields would mean it contains the whole rule (dkp-shadowed, not an overlap).
 */
const NARROW_FIELDS: readonly NarrowField[] = [
  'verbs',
  'namespaces',
  'users',
  'userGroups',
  'nonResourceURLs',
]

/**
 * narrowing: values of one list field that `rule` can leave out because `builtin` (which comes first) matches
 * every request the rule would match with that value alone, when at least one other value remains; the first
 * field in NARROW_FIELDS that has such values, or undefined. Safe for each field, as kube-apiserver matches it:
 * a request has one verb, user and namespace ("" = cluster-scoped), so the requests a value's removal loses are
 * exactly those with that value; a request matches userGroups when any of its groups is listed and
 * nonResourceURLs when any pattern (trailing `*` = prefix) matches its path, so removing a group or pattern
 * loses only requests that have that group or match that pattern — a subset of the rule restricted to that
 * value. All of them reach the built-in rule (or an earlier one) first and never reached the user rule, so no
 * request's level changes; the rule stays restricted, so it never grows, and keeps its scope (resource or not).
 */
function narrowing(
  rule: PolicyRule,
  builtin: Selectors,
  sel: (r: PolicyRule) => Selectors,
): Narrowing | undefined {
  for (const field of NARROW_FIELDS) {
    const values = rule[field]
    // A built-in rule that leaves the field open contains the rule with one value only if it contains the
    // whole rule (then lint reports dkp-shadowed, not an overlap): no value to try.
    if (!values || values.length === 0 || !restricts(builtin, field)) continue
    const drop = [...new Set(values)].filter((v) => selectorsContain(builtin, sel({ ...rule, [field]: [v] })))
    if (drop.length > 0 && values.some((v) => !drop.includes(v))) return { field, values: drop }
  }
  return undefined
}

/**
 * coveringTogether: built-in rules that together match every request `rule` would, when no one of them does;
 * empty when that is not proved. Proof, as for narrowing: for a field the rule lists, each value's part of the
 * rule (the rule with that value alone) lies inside some built-in rule, and what is left once every such value
 * is left out of its field (if anything) lies inside one built-in rule too. A request matching the rule either
 * has one of those values (then it is in that value's part) or lies in what is left. So the rule never matches,
 * whichever of the built-in rules decides each request. (The narrowing fix leaves exactly those values out:
 * without this check lint would call the rule an overlap before the fix and "can never match" after it.)
 */
function coveringTogether(
  rule: PolicyRule,
  head: readonly BuiltinRule[],
  sel: (r: PolicyRule) => Selectors,
): BuiltinRule[] {
  const own = sel(rule)
  // Only built-in rules that can share a request with the rule can contain a part of it.
  const sharing = head.filter((b) => mayShareRequests(own, sel(b.rule)))
  if (sharing.length === 0) return []
  const sels = sharing.map((b) => sel(b.rule))
  const firstContaining = (s: Selectors) => sels.findIndex((b) => selectorsContain(b, s))
  const by = new Set<number>()
  let rest = rule
  let left = false
  for (const field of NARROW_FIELDS) {
    const values = rule[field]
    if (!values || values.length < 2 || !restricts(own, field)) continue
    const kept: string[] = []
    for (const v of new Set(values)) {
      const h = firstContaining(sel({ ...rule, [field]: [v] }))
      if (h < 0) kept.push(v)
      else by.add(h)
    }
    if (kept.length === 0) return [...by].sort((a, b) => a - b).map((h) => sharing[h]!)
    if (kept.length < values.length) {
      rest = { ...rest, [field]: kept }
      left = true
    }
  }
  if (!left) return []
  const h = firstContaining(sel(rest))
  if (h < 0) return []
  by.add(h)
  return [...by].sort((a, b) => a - b).map((i) => sharing[i]!)
}

const TOGETHER: RuleCache<BuiltinRule[]> = new WeakMap()

/** cachedCoveringTogether: coveringTogether, kept between lint runs by the rule's JSON text (as the hits are). */
export function cachedCoveringTogether(
  rule: PolicyRule,
  dkp: DkpContext,
  sel: (r: PolicyRule) => Selectors,
): BuiltinRule[] {
  return cachedPerRule(TOGETHER, rule, dkp, () => coveringTogether(rule, dkp.head, sel))
}

/** unreachableRules: built-in rules that an earlier built-in rule covers (20 under 11, 25 under 13) decide nothing. */
function unreachableRules(head: readonly BuiltinRule[], sel: (r: PolicyRule) => Selectors): Set<BuiltinRule> {
  const sels = head.map((b) => sel(b.rule))
  return new Set(head.filter((_, h) => sels.slice(0, h).some((e) => selectorsContain(e, sels[h]!))))
}

/** overlapHits: the built-in rules that decide, at another level, some request `rule` matches. */
function overlapHits(rule: PolicyRule, head: readonly BuiltinRule[], sel: (r: PolicyRule) => Selectors) {
  const user = sel(rule)
  const hits: OverlapHit[] = []
  const unreachable = unreachableRules(head, sel)
  // Only built-in rules that can share a request with the rule can take one from it.
  const sharing = head.filter((b) => mayShareRequests(user, sel(b.rule)))
  sharing.forEach((b, h) => {
    if (b.rule.level === rule.level || unreachable.has(b)) return
    const earlier = sharing.slice(0, h).map((x) => x.rule)
    if (findWitness([rule, b.rule], earlier, sel) === null) return
    const builtin = sel(b.rule)
    const explicit = explicitOverlap(user, builtin)
    const hit: OverlapHit = { builtin: b, scope: overlapScope(user, b.rule, builtin), explicit }
    const narrow = explicit ? narrowing(rule, builtin, sel) : undefined
    if (narrow) hit.narrow = narrow
    hits.push(hit)
  })
  return hits
}

// The hits depend only on the rule's content and the built-in rules, so they are kept between lint runs
// (the UI lints on every keystroke, and one keystroke changes one rule). Keyed by the rule's JSON text,
// so a rule object changed in place is never served a stale answer.
type RuleCache<T> = WeakMap<readonly BuiltinRule[], Map<string, T>>
const CACHE: RuleCache<OverlapHit[]> = new WeakMap()
const CACHE_LIMIT = 5000

/** cachedPerRule: `compute()` for `rule` under DKP's built-in rules, kept in `cache` by the rule's JSON text. */
function cachedPerRule<T>(cache: RuleCache<T>, rule: PolicyRule, dkp: DkpContext, compute: () => T): T {
  let byRule = cache.get(dkp.head)
  if (byRule === undefined) cache.set(dkp.head, (byRule = new Map()))
  const key = JSON.stringify(rule)
  let found = byRule.get(key)
  if (found === undefined) {
    found = compute()
    if (byRule.size >= CACHE_LIMIT) byRule.clear()
    byRule.set(key, found)
  }
  return found
}

function cachedHits(rule: PolicyRule, dkp: DkpContext, sel: (r: PolicyRule) => Selectors): OverlapHit[] {
  return cachedPerRule(CACHE, rule, dkp, () => overlapHits(rule, dkp.head, sel))
}

/**
 * mergedNarrowing: what the rule can leave out for all its overlaps at once, by field, and the built-in rules
 * that decide it. Each built-in rule's narrowing is safe alone (see narrowing); together they are too, as every
 * request the merged fix loses is one a built-in rule matches with one of the dropped values. A narrowing that
 * would leave a field empty (no restriction: the rule would grow) is left out.
 */
export function mergedNarrowing(
  rule: PolicyRule,
  hits: readonly OverlapHit[],
): { narrow: Narrowing[]; by: BuiltinRule[] } {
  const drop = new Map<NarrowField, Set<string>>()
  const by: BuiltinRule[] = []
  for (const h of hits) {
    const n = h.narrow
    if (!n) continue
    const union = new Set([...(drop.get(n.field) ?? []), ...n.values])
    if (!rule[n.field]!.some((v) => !union.has(v))) continue
    drop.set(n.field, union)
    by.push(h.builtin)
  }
  const narrow = [...drop].map(([field, values]) => ({
    field,
    values: [...new Set(rule[field]!.filter((v) => values.has(v)))],
  }))
  return { narrow, by }
}

/** narrowedRule: rule j's fields left without the values the narrowings drop. */
function narrowedRule(ctx: LintContext, j: number, ns: readonly Narrowing[]): PolicyRule {
  let rule = ctx.rules[j]!
  for (const n of ns) rule = { ...rule, [n.field]: rule[n.field]!.filter((v) => !n.values.includes(v)) }
  return rule
}

/** narrowed: the policy with rule j narrowed. */
function narrowed(ctx: LintContext, j: number, ns: readonly Narrowing[]) {
  const rule = narrowedRule(ctx, j, ns)
  return withRules(
    ctx.policy,
    ctx.rules.map((r, k) => (k === j ? rule : r)),
  )
}

/**
 * hiddenOnceNarrowed: rule j, narrowed, would lie inside an earlier user rule (exactly, or for every request a
 * real identity sends): the fix would trade this note for "rule j can never match" or "never fires in practice",
 * whose fix moves it back up — so no fix is offered then. One pass over the earlier rules, as the shadowing check
 * already makes for every rule.
 */
function hiddenOnceNarrowed(ctx: LintContext, j: number, ns: readonly Narrowing[]): boolean {
  const inner = ctx.sel(narrowedRule(ctx, j, ns))
  const cs = combos(inner)
  for (let i = 0; i < j; i++) {
    const outer = ctx.selectors[i]!
    if (selectorsContain(outer, inner) || decidesInPractice(outer, inner, cs) !== null) return true
  }
  return false
}

/**
 * lintDkpOverlap reports the built-in rules that decide part of rule j's requests, in one finding for the rule:
 * each built-in rule and the part it takes (by built-in rule number), and, where the rule can leave those out
 * without changing any request's level, that fix.
 */
export function lintDkpOverlap(ctx: LintContext, dkp: DkpContext, j: number): LintFinding[] {
  const rule = ctx.rules[j]!
  const hits = [...cachedHits(rule, dkp, ctx.sel)].sort((a, b) => a.builtin.number - b.builtin.number)
  if (hits.length === 0) return []
  const { narrow, by } = mergedNarrowing(rule, hits)
  const fixable = narrow.length > 0 && !hiddenOnceNarrowed(ctx, j, narrow)
  return [
    finding({
      id: 'dkp-overlap',
      severity: 'info',
      source: 'deckhouse',
      at: `rules[${j}]`,
      say: msg.dkpOverlap(j, rule.level, hits, fixable ? narrow : []),
      fix: fixable ? lazyFix(msg.fixNarrow(j, narrow, by), () => narrowed(ctx, j, narrow)) : undefined,
      relatedRule: hits[0]!.builtin.number,
    }),
  ]
}
