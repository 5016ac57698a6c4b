// DKP built-in rules 1–26 come before every user rule: where one of them and a user rule share requests, the
// built-in rule decides those, and the user rule's level does not apply. Each overlap is proved by a witness
// request whose first matching built-in rule it is.
import { selectorsContain } from './containment.ts'
import type { BuiltinRule } from './dkp-builtin.ts'
import { atomsMeet, mayShareRequests } from './disjoint.ts'
import {
  finding,
  lazyFix,
  withRules,
  type DkpContext,
  type LintContext,
  type LintFinding,
} from './lint-finding.ts'
import { groupText, listText, msg, type OverlapPart } from './lint-messages.ts'
import { type ResourcePattern, type Selectors } from './selectors.ts'
import type { PolicyRule } from './types.ts'
import { findWitness } from './witness.ts'

/** common: the values both lists allow, or undefined when the built-in rule does not restrict the field. */
function common(builtin: ReadonlySet<string> | undefined, user: ReadonlySet<string> | undefined) {
  if (builtin === undefined) return undefined
  return [...builtin].filter((v) => user === undefined || user.has(v))
}

function patternText(p: ResourcePattern): string {
  switch (p.kind) {
    case 'all':
      return 'all resources'
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

/** overlapText: the requests both rules match, described by what the built-in rule restricts. */
export function overlapText(user: Selectors, builtin: PolicyRule, b: Selectors): string {
  const verbs = common(b.verbs, user.verbs)
  let text = verbs ? `${listText(verbs, 4)} requests` : 'requests'
  if (b.atoms) {
    const shared = b.atoms.filter(
      (a) => a.pattern.kind !== 'none' && (user.atoms?.some((u) => atomsMeet(u, a)) ?? true),
    )
    const names = shared.map(
      (a) =>
        `${groupText(a.group)} ${patternText(a.pattern)}${a.names ? ` named ${listText([...a.names], 2)}` : ''}`,
    )
    text += ` to ${listText([...new Set(names)], 3)}`
  }
  const namespaces = common(b.namespaces, user.namespaces)
  if (namespaces) text += ` in ${listText(namespaces)}`
  const users = common(b.users, user.users)
  if (users) text += ` by ${listText(users, 2)}`
  const groups = common(b.userGroups, user.userGroups)
  if (groups) text += ` from group ${listText(groups, 2)}`
  if (b.urls) text += ` to ${listText(builtin.nonResourceURLs!)}`
  return text
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
interface OverlapHit extends OverlapPart {
  explicit: boolean
}

/** unreachableRules: built-in rules that an earlier built-in rule covers (24, under 13) decide nothing. */
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
    hits.push({
      builtin: b,
      text: overlapText(user, b.rule, builtin),
      explicit: explicitOverlap(user, builtin),
    })
  })
  return hits
}

// The hits depend only on the rule's content and the built-in rules, so they are kept between lint runs
// (the UI lints on every keystroke, and one keystroke changes one rule). Keyed by the rule's JSON text,
// so a rule object changed in place is never served a stale answer.
const CACHE = new WeakMap<readonly BuiltinRule[], Map<string, OverlapHit[]>>()
const CACHE_LIMIT = 5000

function cachedHits(rule: PolicyRule, dkp: DkpContext, sel: (r: PolicyRule) => Selectors): OverlapHit[] {
  let byRule = CACHE.get(dkp.head)
  if (byRule === undefined) CACHE.set(dkp.head, (byRule = new Map()))
  const key = JSON.stringify(rule)
  let hits = byRule.get(key)
  if (hits === undefined) {
    hits = overlapHits(rule, dkp.head, sel)
    if (byRule.size >= CACHE_LIMIT) byRule.clear()
    byRule.set(key, hits)
  }
  return hits
}

/**
 * verbsToDrop: the verbs rule j can leave out because the built-in rule decides every request it would match
 * with them, when it keeps at least one other verb; undefined when narrowing the verbs is not that simple. Safe:
 * the requests dropped never reached rule j, so no request's level changes.
 */
function verbsToDrop(ctx: LintContext, j: number, builtin: PolicyRule): string[] | undefined {
  const rule = ctx.rules[j]!
  const b = ctx.sel(builtin)
  if (!rule.verbs || b.verbs === undefined) return undefined
  const shared = rule.verbs.filter((v) => b.verbs!.has(v))
  if (shared.length === 0 || shared.length === rule.verbs.length) return undefined
  return selectorsContain(b, ctx.sel({ ...rule, verbs: shared })) ? shared : undefined
}

function explicitFinding(ctx: LintContext, j: number, h: OverlapHit): LintFinding {
  const rule = ctx.rules[j]!
  const drop = verbsToDrop(ctx, j, h.builtin.rule)
  const fix = drop
    ? lazyFix(msg.fixDropVerbs(j, drop, h.builtin), () =>
        withRules(
          ctx.policy,
          ctx.rules.map((r, k) => (k === j ? { ...r, verbs: r.verbs!.filter((v) => !drop.includes(v)) } : r)),
        ),
      )
    : undefined
  return finding({
    id: 'dkp-overlap',
    severity: 'info',
    source: 'deckhouse',
    at: `rules[${j}]`,
    message: msg.dkpOverlap(j, h.builtin, h.text, rule.level, drop),
    fix,
    relatedRule: h.builtin.number,
  })
}

/**
 * lintDkpOverlap reports the built-in rules that decide part of rule j's requests: overlaps in what rule j
 * spells out get one finding each; those in what it leaves open are summed up in one finding.
 */
export function lintDkpOverlap(ctx: LintContext, dkp: DkpContext, j: number): LintFinding[] {
  const rule = ctx.rules[j]!
  const hits = cachedHits(rule, dkp, ctx.sel)
  const at = `rules[${j}]`
  const out = hits.filter((h) => h.explicit).map((h) => explicitFinding(ctx, j, h))
  const incidental = hits.filter((h) => !h.explicit)
  if (incidental.length > 0) {
    out.push(
      finding({
        id: 'dkp-overlap',
        severity: 'info',
        source: 'deckhouse',
        at,
        message: msg.dkpOverlaps(j, rule.level, incidental),
        relatedRule: incidental[0]!.builtin.number,
      }),
    )
  }
  return out
}
