// Rules that never fire in practice: an earlier rule (or a DKP built-in rule) decides every request a real
// identity can send to them, because kube-apiserver adds groups (system:authenticated, system:serviceaccounts, …)
// that the earlier rule selects. Sound: each claim holds for every identity identities.ts calls real.
import { selectorsContain } from './containment.ts'
import { canHave, groupsForUser, impliedByGroup } from './identities.ts'
import {
  finding,
  lazyFix,
  withoutRule,
  withRules,
  type LintContext,
  type LintFinding,
} from './lintFinding.ts'
import { msg } from './lintMessages.ts'
import { matchesNothing, type Selectors } from './selectors.ts'
import type { PolicyRule } from './types.ts'

/** Combo: one kind of identity a rule's users × userGroups admit (undefined: not restricted on that side). */
interface Combo {
  user?: string
  group?: string
  /** The groups every identity of the combo is sure to have. */
  groups: ReadonlySet<string>
}

/** combos: the real identities a rule's user part admits; null when it restricts neither users nor groups. */
export function combos(s: Selectors): Combo[] | null {
  if (s.users === undefined && s.userGroups === undefined) return null
  const users: (string | undefined)[] = s.users ? [...s.users] : [undefined]
  const groups: (string | undefined)[] = s.userGroups ? [...s.userGroups] : [undefined]
  const out: Combo[] = []
  for (const user of users)
    for (const group of groups)
      if (user === undefined || group === undefined || canHave(user, group))
        out.push({ user, group, groups: groupsOf(user, group) })
  return out
}

/** groupsOf: the groups every identity named `user` and in `group` is sure to have. */
function groupsOf(user: string | undefined, group: string | undefined): Set<string> {
  const out = new Set<string>()
  if (user !== undefined) for (const a of groupsForUser(user)) out.add(a.group)
  if (group !== undefined) for (const g of [group, ...impliedByGroup(group)]) out.add(g)
  return out
}

/** stripUsers: the selectors without their user part. */
const stripUsers = (s: Selectors): Selectors => ({ ...s, users: undefined, userGroups: undefined })

/**
 * decidesInPractice: every request of `inner` that a real identity can make is matched by `outer`; returns the
 * groups of `outer` that kube-apiserver's added groups hit (for the message), or null.
 */
export function decidesInPractice(
  outer: Selectors,
  inner: Selectors,
  cs: readonly Combo[] | null = combos(inner),
): string[] | null {
  if (cs === null || cs.length === 0) return null
  if (outer.users === undefined && outer.userGroups === undefined) return null // exact containment's case
  if (!selectorsContain(stripUsers(outer), stripUsers(inner))) return null
  const hit = new Set<string>()
  for (const c of cs) {
    if (outer.users && (c.user === undefined || !outer.users.has(c.user))) return null
    if (outer.userGroups) {
      if (c.group !== undefined && outer.userGroups.has(c.group)) continue
      // Not a group the rule itself lists: one the API server adds.
      const added = [...c.groups].find((g) => outer.userGroups!.has(g))
      if (added === undefined) return null
      hit.add(added)
    }
  }
  return [...hit]
}

/**
 * sameInPractice: rule j, moved above rule i, would take every request a real identity sends to rule i: the two
 * hide each other whichever comes first, so moving j up would only make i the rule that never fires (and its fix
 * would move it back). Rule j, which never fires, is removed instead: no real request changes.
 */
function sameInPractice(ctx: LintContext, i: number, j: number): boolean {
  const [outer, inner] = [ctx.selectors[j]!, ctx.selectors[i]!]
  return selectorsContain(outer, inner) || decidesInPractice(outer, inner) !== null
}

function moveRule(rules: readonly PolicyRule[], from: number, to: number): PolicyRule[] {
  const out = rules.filter((_, k) => k !== from)
  out.splice(to, 0, rules[from]!)
  return out
}

/**
 * lintPractice: for each user rule that can match in theory (not in `ctx.deadRules`), whether no real identity
 * ever reaches it: its users and groups never meet, or an earlier rule or DKP built-in rule decides every request
 * of it through the groups kube-apiserver adds. Returns the findings and the rules they flag.
 */
export function lintPractice(ctx: LintContext): { findings: LintFinding[]; flagged: Set<number> } {
  const findings: LintFinding[] = []
  const flagged = new Set<number>()
  const head = ctx.dkp?.head ?? []
  ctx.rules.forEach((rule, j) => {
    if (ctx.deadRules.has(j)) return
    const inner = ctx.selectors[j]!
    if (matchesNothing(inner)) return
    const cs = combos(inner)
    if (cs === null) return // no user part: unauthenticated requests reach it too
    if (cs.length === 0) {
      flagged.add(j)
      findings.push(
        finding({
          id: 'never-fires-in-practice',
          severity: 'warning',
          source: 'kube-apiserver',
          at: `rules[${j}]`,
          say: msg.neverMeets(j, rule),
        }),
      )
      return
    }
    for (const b of head) {
      const groups = decidesInPractice(ctx.sel(b.rule), inner, cs)
      if (groups === null) continue
      flagged.add(j)
      findings.push(
        finding({
          id: 'never-fires-in-practice',
          severity: 'warning',
          source: 'deckhouse',
          at: `rules[${j}]`,
          say: msg.neverFiresBuiltin(j, b, groups),
          relatedRule: b.number,
        }),
      )
      return
    }
    for (let i = 0; i < j; i++) {
      const groups = decidesInPractice(ctx.selectors[i]!, inner, cs)
      if (groups === null) continue
      flagged.add(j)
      findings.push(
        finding({
          id: 'never-fires-in-practice',
          severity: 'warning',
          source: 'kube-apiserver',
          at: `rules[${j}]`,
          say: msg.neverFires(i, j, groups),
          fix: sameInPractice(ctx, i, j)
            ? lazyFix(msg.fixRemoveSameRequests(i, j), () => withoutRule(ctx, j))
            : lazyFix(msg.fixMoveUp(i, j), () => withRules(ctx.policy, moveRule(ctx.rules, j, i))),
          relatedRule: i,
        }),
      )
      return
    }
  })
  return { findings, flagged }
}
