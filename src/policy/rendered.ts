// The policy a DKP master runs (/etc/kubernetes/deckhouse/extra-files/audit-policy.yaml, the file
// kube-apiserver's --audit-policy-file names) is DKP's built-in rules, the user's rules, then DKP's two last
// rules (spec/deckhouse.md §3–4). readRenderedPolicy finds the user's part in it, so that such a file can be the
// base of a comparison: the user's rules are compared, and both sides run the cluster's own built-in rules.
import { DKP_BUILTIN_HEAD } from './dkpBuiltin.ts'
import { isCatchAll, isTailNone, type BuiltinRules } from './effective.ts'
import type { Policy, PolicyRule } from './types.ts'

/** RenderedPolicy: a rendered policy read as DKP's built-in rules around the user's policy. */
export interface RenderedPolicy {
  /** The user's part: the rules between the built-in ones, and the policy-level omitStages (DKP's have none). */
  user: Policy
  /** The cluster's built-in rules, numbered by their place in the rendered policy. */
  builtin: BuiltinRules
}

/**
 * Unknown rules tolerated between two recognised built-in ones (a DKP release may add a rule, as v1.77 added
 * the pods/log rule after 19); rules after the last recognised built-in rule are the user's.
 */
const MAX_GAP = 2
/** Recognised built-in rules needed, besides the two last rules, to read a policy as rendered. */
const MIN_HEAD = 6

/**
 * shape: what a built-in rule keeps from one DKP release to the next: its level, stages, verbs, resources and
 * URLs, and which of users, groups and namespaces it sets (their lists change with every release and edition).
 */
function shape(r: PolicyRule): string {
  const sorted = (xs?: readonly string[]) => (xs ? [...xs].sort() : [])
  return JSON.stringify([
    r.level,
    sorted(r.omitStages),
    sorted(r.verbs),
    (r.resources ?? []).map((g) => [g.group, sorted(g.resources), sorted(g.resourceNames)]),
    sorted(r.nonResourceURLs),
    Boolean(r.users?.length),
    Boolean(r.userGroups?.length),
    Boolean(r.namespaces?.length),
    r.omitManagedFields ?? null,
  ])
}

const SHIPPED_SHAPES = DKP_BUILTIN_HEAD.map((b) => shape(b.rule))

/**
 * readRenderedPolicy reads `policy` as DKP renders it on a master: it must end with DKP's two last rules and
 * start with DKP's built-in rules (recognised by shape, in order, from rule 1); null when it does not.
 */
export function readRenderedPolicy(policy: Policy): RenderedPolicy | null {
  const rules = policy.rules
  const n = rules.length
  if (n < 2 + MIN_HEAD || !isTailNone(rules[n - 2]!) || !isCatchAll(rules[n - 1]!)) return null
  if (shape(rules[0]!) !== SHIPPED_SHAPES[0]) return null
  let next = 0 // the next shipped rule to look for
  let head = 0 // rules[0..head) are built-in
  let found = 0
  let gap = 0
  for (let i = 0; i < n - 2 && next < SHIPPED_SHAPES.length && gap <= MAX_GAP; i++) {
    const j = SHIPPED_SHAPES.indexOf(shape(rules[i]!), next)
    if (j < 0) {
      gap++
      continue
    }
    next = j + 1
    head = i + 1
    found++
    gap = 0
  }
  if (found < MIN_HEAD) return null
  // A rule DKP ships keeps DKP's title where it sits at its shipped number; else its comment or its number.
  const numbered = (r: PolicyRule, at: number) => {
    const number = at + 1
    const shipped = number <= SHIPPED_SHAPES.length && SHIPPED_SHAPES[number - 1] === shape(r)
    return {
      number,
      rule: r,
      ...(shipped ? { shipped: true } : {}),
      ...(r.note !== undefined ? { note: r.note } : {}),
    }
  }
  const user: Policy = { rules: rules.slice(head, n - 2) }
  if (policy.omitStages?.length) user.omitStages = policy.omitStages
  return {
    user,
    builtin: {
      head: rules.slice(0, head).map(numbered),
      // The two last rules are DKP's 28 and 29 when the head is DKP's whole shipped head.
      tail: rules.slice(n - 2).map((r, k) => ({
        ...numbered(r, head + k),
        ...(head === SHIPPED_SHAPES.length ? { shipped: true } : {}),
      })),
    },
  }
}
