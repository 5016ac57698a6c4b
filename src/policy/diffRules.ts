// Rule changes between two policies, matched by content rather than by position: equal rules pair first
// (kept in order where they can be), then the most similar of the rest pair as "changed", field by field;
// a pair out of the longest in-order run is "moved"; what is left was removed or added.
import { RULE_FIELDS } from './ruleFields.ts'
import type { Policy, PolicyRule } from './types.ts'

/** The fields of a rule, in the order a rule is written and changes are listed. */
export const RULE_DIFF_FIELDS = [...RULE_FIELDS, 'note'] as const
export type RuleDiffField = (typeof RULE_DIFF_FIELDS)[number]

/** FieldChange: one field of a rule, before and after (undefined: not set); for lists, what came and went. */
export interface FieldChange {
  field: RuleDiffField
  before: unknown
  after: unknown
  added?: unknown[]
  removed?: unknown[]
}

/** RuleChange: one rule added, removed, moved or changed; indexes are 0-based in each policy. */
export type RuleChange =
  | { kind: 'added'; newIndex: number }
  | { kind: 'removed'; oldIndex: number }
  | { kind: 'moved'; oldIndex: number; newIndex: number }
  | { kind: 'changed'; oldIndex: number; newIndex: number; moved: boolean; fields: FieldChange[] }

/** PolicyFieldChange: a policy-level setting that changed. */
export interface PolicyFieldChange {
  field: 'omitStages' | 'omitManagedFields'
  before: unknown
  after: unknown
}

export interface RuleMatching {
  /** pairOf[i]: the new index rule i of the old policy became, or null when it was removed. */
  pairOf: Array<number | null>
  changes: RuleChange[]
  policyChanges: PolicyFieldChange[]
}

const nonEmptyList = (v: unknown) => (Array.isArray(v) && v.length === 0 ? undefined : v)
const fieldValue = (r: PolicyRule, f: RuleDiffField): unknown => nonEmptyList(r[f])
const show = (v: unknown) => JSON.stringify(v ?? null)

/** ruleKey: the rule's content as kube-apiserver reads it (the note and empty lists left out). */
export const ruleKey = (r: PolicyRule): string =>
  RULE_DIFF_FIELDS.filter((f) => f !== 'note')
    .map((f) => show(fieldValue(r, f)))
    .join('\u0001')

/** similarity of two rules in [0, 1]: over the fields either sets, the share that agree (lists: Jaccard). */
function similarity(a: PolicyRule, b: PolicyRule): number {
  let total = 0
  let same = 0
  for (const f of RULE_DIFF_FIELDS) {
    if (f === 'note') continue
    const x = fieldValue(a, f)
    const y = fieldValue(b, f)
    if (x === undefined && y === undefined) continue
    total++
    if (Array.isArray(x) && Array.isArray(y)) {
      const xs = new Set(x.map(show))
      const ys = new Set(y.map(show))
      const common = [...xs].filter((v) => ys.has(v)).length
      same += common / new Set([...xs, ...ys]).size
    } else if (show(x) === show(y)) same++
  }
  return total === 0 ? 1 : same / total
}

const SIMILAR = 0.5

/** fieldChanges: the fields that differ, with the list values each side has alone. */
export function fieldChanges(a: PolicyRule, b: PolicyRule): FieldChange[] {
  const out: FieldChange[] = []
  for (const field of RULE_DIFF_FIELDS) {
    const before = fieldValue(a, field)
    const after = fieldValue(b, field)
    if (show(before) === show(after)) continue
    const change: FieldChange = { field, before, after }
    if (Array.isArray(before) || Array.isArray(after)) {
      const xs = ((before as unknown[] | undefined) ?? []).map(show)
      const ys = ((after as unknown[] | undefined) ?? []).map(show)
      change.added = ((after as unknown[] | undefined) ?? []).filter((_, i) => !xs.includes(ys[i]!))
      change.removed = ((before as unknown[] | undefined) ?? []).filter((_, i) => !ys.includes(xs[i]!))
    }
    out.push(change)
  }
  return out
}

/** lcsPairs: the longest in-order pairing of equal keys (classic dynamic programme; policies are small). */
function lcsPairs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length
  const m = b.length
  const t = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!)
  const pairs: Array<[number, number]> = []
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) pairs.push([i++, j++])
    else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++
    else j++
  }
  return pairs
}

/** inOrder: the old indexes of the longest run of pairs whose new indexes also increase. */
function inOrder(pairOf: ReadonlyArray<number | null>): Set<number> {
  const olds = pairOf.map((p, i) => (p === null ? -1 : i)).filter((i) => i >= 0)
  const keys = olds.map((i) => String(pairOf[i]))
  const sorted = [...olds].sort((x, y) => pairOf[x]! - pairOf[y]!).map((i) => String(pairOf[i]))
  return new Set(lcsPairs(keys, sorted).map(([k]) => olds[k]!))
}

/**
 * pairInGaps: between two rules kept in order, as many rules removed as added are read as those rules
 * edited, in order (how a form edit of several fields looks), as a text diff reads a replaced line.
 */
function pairInGaps(pairOf: Array<number | null>, taken: Set<number>, newCount: number): void {
  const kept = inOrder(pairOf)
  const anchors = [...kept].sort((x, y) => x - y)
  const bounds: Array<[number, number]> = [
    [-1, -1],
    ...anchors.map((i): [number, number] => [i, pairOf[i]!]),
    [pairOf.length, newCount],
  ]
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [i0, j0] = bounds[k]!
    const [i1, j1] = bounds[k + 1]!
    const olds: number[] = []
    for (let i = i0 + 1; i < i1; i++) if (pairOf[i] === null) olds.push(i)
    const news: number[] = []
    for (let j = j0 + 1; j < j1; j++) if (!taken.has(j)) news.push(j)
    if (olds.length === 0 || olds.length !== news.length) continue
    olds.forEach((i, n) => {
      pairOf[i] = news[n]!
      taken.add(news[n]!)
    })
  }
}

/** matchRules pairs the rules of two policies and lists what changed. */
export function matchRules(oldPolicy: Policy, newPolicy: Policy): RuleMatching {
  const a = oldPolicy.rules
  const b = newPolicy.rules
  const ka = a.map(ruleKey)
  const kb = b.map(ruleKey)
  const pairOf: Array<number | null> = a.map(() => null)
  const taken = new Set<number>()
  for (const [i, j] of lcsPairs(ka, kb)) {
    pairOf[i] = j
    taken.add(j)
  }
  // Equal rules out of order (moved), first come first paired.
  a.forEach((_, i) => {
    if (pairOf[i] !== null) return
    const j = kb.findIndex((k, j) => !taken.has(j) && k === ka[i])
    if (j >= 0) {
      pairOf[i] = j
      taken.add(j)
    }
  })
  // Changed rules: the most similar pairs first, nearer positions breaking ties.
  const candidates: Array<[number, number, number]> = []
  a.forEach((ra, i) => {
    if (pairOf[i] !== null) return
    b.forEach((rb, j) => {
      if (taken.has(j)) return
      const s = similarity(ra, rb)
      if (s >= SIMILAR) candidates.push([s, i, j])
    })
  })
  candidates.sort((x, y) => y[0] - x[0] || Math.abs(x[1] - x[2]) - Math.abs(y[1] - y[2]) || x[1] - y[1])
  for (const [, i, j] of candidates) {
    if (pairOf[i] !== null || taken.has(j)) continue
    pairOf[i] = j
    taken.add(j)
  }
  pairInGaps(pairOf, taken, b.length)
  const kept = inOrder(pairOf)
  const changes: RuleChange[] = []
  a.forEach((ra, i) => {
    const j = pairOf[i]
    if (j === null || j === undefined) {
      changes.push({ kind: 'removed', oldIndex: i })
      return
    }
    const fields = fieldChanges(ra, b[j]!)
    const moved = !kept.has(i) && i !== j
    if (fields.length > 0) changes.push({ kind: 'changed', oldIndex: i, newIndex: j, moved, fields })
    else if (moved) changes.push({ kind: 'moved', oldIndex: i, newIndex: j })
  })
  b.forEach((_, j) => {
    if (!taken.has(j)) changes.push({ kind: 'added', newIndex: j })
  })
  const policyChanges: PolicyFieldChange[] = []
  for (const field of ['omitStages', 'omitManagedFields'] as const) {
    const before = nonEmptyList(oldPolicy[field])
    const after = nonEmptyList(newPolicy[field])
    if (show(before) !== show(after)) policyChanges.push({ field, before, after })
  }
  return { pairOf, changes, policyChanges }
}
