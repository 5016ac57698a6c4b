// Shadowed rules: a rule that an earlier rule, or a DKP built-in rule, fully covers can never match.
import {
  looserFields,
  parentCoveredBySubresourceWildcard,
  restricts,
  SELECTOR_FIELDS,
  selectorsContain,
} from './containment.ts'
import type { BuiltinRule } from './dkpBuiltin.ts'
import { cachedCoveringTogether, lintDkpOverlap } from './lintDkpOverlap.ts'
import {
  finding,
  lazyFix,
  withoutRule,
  withRules,
  type LintContext,
  type LintFinding,
} from './lintFinding.ts'
import { msg, type ShadowHow } from './lintMessages.ts'
import { decidesInPractice } from './lintPractice.ts'
import { matchesNothing, type Selectors } from './selectors.ts'
import type { PolicyRule } from './types.ts'

/** ShadowResult: the findings, and which user rules can never match. */
export interface ShadowResult {
  findings: LintFinding[]
  dead: Set<number>
}

const LEVEL_KNOWN = new Set(['None', 'Metadata', 'Request', 'RequestResponse'])

/** sameSelectors: two rules select exactly the same requests because they are written the same way. */
function sameSelectors(a: PolicyRule, b: PolicyRule): boolean {
  const pick = (r: PolicyRule) =>
    JSON.stringify([r.users, r.userGroups, r.verbs, r.resources, r.namespaces, r.nonResourceURLs])
  return pick(a) === pick(b)
}

/** sameOutcome: the two rules log a request the same way (level, omitted stages, managed fields). */
function sameOutcome(a: PolicyRule, b: PolicyRule): boolean {
  const stages = (r: PolicyRule) => JSON.stringify([...new Set(r.omitStages ?? [])].sort())
  return a.level === b.level && stages(a) === stages(b) && a.omitManagedFields === b.omitManagedFields
}

/** shadowHow: what makes `outer` wider than `inner`, in message terms. */
function shadowHow(outer: Selectors, inner: Selectors, same: boolean): ShadowHow {
  return {
    same,
    catchAll: SELECTOR_FIELDS.every((f) => !restricts(outer, f)),
    looser: looserFields(outer, inner),
    restricted: SELECTOR_FIELDS.filter((f) => restricts(outer, f)),
    wildcard: parentCoveredBySubresourceWildcard(outer, inner),
  }
}

/** moveRule returns the rules with rule `from` moved to index `to` (to < from). */
function moveRule(rules: readonly PolicyRule[], from: number, to: number): PolicyRule[] {
  const out = rules.filter((_, k) => k !== from)
  out.splice(to, 0, rules[from]!)
  return out
}

/** shadowedByUserRule: the first earlier user rule that contains rule j, or -1. */
function shadowedByUserRule(ctx: LintContext, j: number): number {
  for (let i = 0; i < j; i++) if (selectorsContain(ctx.selectors[i]!, ctx.selectors[j]!)) return i
  return -1
}

function userShadowFinding(ctx: LintContext, i: number, j: number): LintFinding {
  const [outer, inner] = [ctx.rules[i]!, ctx.rules[j]!]
  const how = shadowHow(ctx.selectors[i]!, ctx.selectors[j]!, sameSelectors(outer, inner))
  const same = sameOutcome(outer, inner)
  // Two rules that select the same requests hide each other whichever comes first: moving j up would only
  // make rule i the one that never matches (and its fix would move it back). j is removed instead.
  // The same holds when rule j takes every request a real identity sends to rule i (lintPractice).
  const remove =
    same ||
    selectorsContain(ctx.selectors[j]!, ctx.selectors[i]!) ||
    decidesInPractice(ctx.selectors[j]!, ctx.selectors[i]!) !== null
  const fix = remove
    ? lazyFix(same ? msg.fixRemoveSame(i, j) : msg.fixRemoveSameRequests(i, j), () => withoutRule(ctx, j))
    : lazyFix(msg.fixMoveUp(i, j), () => withRules(ctx.policy, moveRule(ctx.rules, j, i)))
  return finding({
    id: 'shadowed-rule',
    severity: 'warning',
    source: 'kube-apiserver',
    at: `rules[${j}]`,
    say: msg.shadowed(i, j, how),
    fix,
    relatedRule: i,
  })
}

function dkpShadowFinding(ctx: LintContext, b: BuiltinRule, j: number): LintFinding {
  const rule = ctx.rules[j]!
  const redundant = rule.level === b.rule.level
  const fix = redundant ? lazyFix(msg.fixRemoveRedundant(j, b), () => withoutRule(ctx, j)) : undefined
  return finding({
    id: 'dkp-shadowed',
    severity: 'warning',
    source: 'deckhouse',
    at: `rules[${j}]`,
    say: msg.dkpShadowed(j, b, rule.level),
    fix,
    relatedRule: b.number,
  })
}

/**
 * dkpShadowTogetherFinding: rule j can never match because several built-in rules decide all its requests between
 * them. As for one built-in rule, removing it is offered only when they all log at its own level: nothing changes
 * then, and what the rule asks for is already done; otherwise the finding explains, and no click can help.
 */
function dkpShadowTogetherFinding(
  ctx: LintContext,
  together: readonly BuiltinRule[],
  j: number,
): LintFinding {
  const rule = ctx.rules[j]!
  const redundant = together.every((b) => b.rule.level === rule.level)
  return finding({
    id: 'dkp-shadowed',
    severity: 'warning',
    source: 'deckhouse',
    at: `rules[${j}]`,
    say: msg.dkpShadowedTogether(j, together, rule.level),
    fix: redundant
      ? lazyFix(msg.fixRemoveRedundantTogether(j, together, rule.level), () => withoutRule(ctx, j))
      : undefined,
    relatedRule: together[0]!.number,
  })
}

/**
 * lintShadowing reports, for each user rule: a DKP built-in rule, or several together, that cover it
 * (dkp-shadowed), else an earlier
 * user rule that covers it (shadowed-rule), else on DKP the built-in rules it partly overlaps (dkp-overlap).
 * Rules that match nothing at all (only forms like `pods/`) are left alone.
 */
export function lintShadowing(ctx: LintContext): ShadowResult {
  const findings: LintFinding[] = []
  const dead = new Set<number>()
  const dkpSelectors = ctx.dkp?.head.map((b) => ctx.sel(b.rule)) ?? []
  ctx.rules.forEach((rule, j) => {
    const sel = ctx.selectors[j]!
    if (matchesNothing(sel)) return
    const h = dkpSelectors.findIndex((b) => selectorsContain(b, sel))
    if (h >= 0) {
      dead.add(j)
      findings.push(dkpShadowFinding(ctx, ctx.dkp!.head[h]!, j))
      return
    }
    const together = ctx.dkp ? cachedCoveringTogether(rule, ctx.dkp, ctx.sel) : []
    if (together.length > 0) {
      dead.add(j)
      findings.push(dkpShadowTogetherFinding(ctx, together, j))
      return
    }
    const i = shadowedByUserRule(ctx, j)
    if (i >= 0) {
      dead.add(j)
      findings.push(userShadowFinding(ctx, i, j))
      return
    }
    if (ctx.dkp && LEVEL_KNOWN.has(rule.level)) findings.push(...lintDkpOverlap(ctx, ctx.dkp, j))
  })
  return { findings, dead }
}
