// What a policy edit changes: the rules added, removed, moved and changed (diff-rules.ts), and exactly which
// requests are audited differently. Both policies (on DKP: both effective policies, built-in rules included)
// are walked together over cells of the request space (diff-cells.ts): each cell is split by the rules'
// selectors until both policies decide every request in it the same way; the cells whose outcome differs
// are merged where their union is again a cell, and each becomes one behaviour change with an example.
import {
  covers,
  hull,
  relate,
  ruleCubes,
  topCell,
  widened,
  NON_RESOURCE,
  RESOURCE,
  STR_DIMS,
  type Cell,
  type Cube,
} from './diffCells.ts'
import { describeCell, mergeCells, requestInClass, type RequestClass } from './diffDescribe.ts'
import { matchRules, ruleKey, type PolicyFieldChange, type RuleChange } from './diffRules.ts'
import { cellExample } from './diffExample.ts'
import { evaluatePolicy, ruleMatches } from './evaluate.ts'
import { policyRun, type SimulationOptions } from './simulate.ts'
import type { Policy, RequestAttributes } from './types.ts'

/** Which rule decides: the user's rule `index` (0-based), a DKP built-in rule by DKP's number, or none. */
export type RuleRef = { kind: 'user'; index: number } | { kind: 'builtin'; number: number }

/** Outcome: how a request is audited, and by which rule. */
export interface Outcome {
  level: string
  omitStages: string[]
  omitManagedFields: boolean
  rule: RuleRef | null
}

/** What about the outcome differs. */
export type OutcomeField = 'level' | 'omitStages' | 'omitManagedFields' | 'rule'

/**
 * ExceptRule: requests this rule matches are not in the change (an earlier rule decides them). `side` says
 * in which policy: before the change, after it, or both (the same rule, unchanged; a user rule then by its
 * place in the new policy, as the rule list shows it).
 */
export interface ExceptRule {
  rule: RuleRef
  side: 'before' | 'after' | 'both'
}

/**
 * BehaviourChange: a class of requests that all go from `before` to `after`, and one of them. The class is
 * the requests `requests` describes that none of the `except` rules matches.
 */
export interface BehaviourChange {
  requests: RequestClass
  except: ExceptRule[]
  example: RequestAttributes
  before: Outcome
  after: Outcome
  changed: OutcomeField[]
}

export interface DiffOptions extends Partial<SimulationOptions> {
  /**
   * The Kubernetes version the cluster runs ("1.33"): the sides are read as that version reads them; the
   * evaluation itself is the same on every supported version.
   */
  kubernetesVersion?: string
  /** Give up (complete: false) past this many cells; the default is far above any policy seen. */
  maxCells?: number
}

export interface PolicyDiff {
  ruleChanges: RuleChange[]
  /** pairOf[i]: the index in the new policy of old rule i (the same rule, maybe changed), or null: removed. */
  pairOf: Array<number | null>
  policyChanges: PolicyFieldChange[]
  behaviourChanges: BehaviourChange[]
  /** False only when the walk hit maxCells (then behaviourChanges is incomplete). */
  complete: boolean
  /** Cells the walk decided (a measure of the work). */
  cells: number
}

/** One side of the comparison: the rules that run, as cubes, with who each rule is. */
interface Side {
  policy: Policy
  cubes: Cube[][]
  /** Identity of each rule across both sides (a rule paired with an old one shares its id). */
  ids: string[]
  refs: RuleRef[]
}

function side(policy: Policy, options: DiffOptions, userId: (i: number) => string): Side {
  const run = policyRun(policy, { target: options.target ?? 'kube-apiserver', ...options })
  const refs = run.origins.map((o): RuleRef =>
    o.kind === 'user' ? { kind: 'user', index: o.index } : { kind: 'builtin', number: o.builtin.number },
  )
  return {
    policy: run.policy,
    cubes: run.policy.rules.map(ruleCubes),
    ids: refs.map((r) => (r.kind === 'user' ? userId(r.index) : `b${r.number}`)),
    refs,
  }
}

/** Outcome as the walk keeps it: with the rule's identity and its index in the policy that runs. */
type Decided = Outcome & { id: string; at: number }

/** outcomeOf: what rule `i` of the side (or no rule, i = rules.length) decides. */
function outcomeOf(s: Side, i: number): Decided {
  const rule = s.policy.rules[i]
  const policyStages = s.policy.omitStages ?? []
  const policyOmit = s.policy.omitManagedFields ?? false
  const stages = [...new Set([...policyStages, ...(rule?.omitStages ?? [])])].sort()
  return {
    level: rule ? rule.level : 'None',
    omitStages: stages,
    omitManagedFields: rule?.omitManagedFields ?? policyOmit,
    rule: rule ? s.refs[i]! : null,
    id: rule ? s.ids[i]! : 'none',
    at: i,
  }
}

function changedFields(a: Decided, b: Decided): OutcomeField[] {
  const out: OutcomeField[] = []
  if (a.level !== b.level) out.push('level')
  if (a.omitStages.join() !== b.omitStages.join()) out.push('omitStages')
  if (a.omitManagedFields !== b.omitManagedFields) out.push('omitManagedFields')
  if (a.id !== b.id) out.push('rule')
  return out
}

/** commonSuffix: how many last rules the sides share, same rule and same content (0 if policy settings differ). */
function commonSuffix(a: Side, b: Side): number {
  const same = (x?: unknown, y?: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null)
  const stages = (p: Policy) => (p.omitStages?.length ? p.omitStages : undefined)
  if (
    !same(stages(a.policy), stages(b.policy)) ||
    !same(a.policy.omitManagedFields, b.policy.omitManagedFields)
  )
    return 0
  const n = a.cubes.length
  const m = b.cubes.length
  let k = 0
  while (
    k < n &&
    k < m &&
    a.ids[n - 1 - k] === b.ids[m - 1 - k] &&
    ruleKey(a.policy.rules[n - 1 - k]!) === ruleKey(b.policy.rules[m - 1 - k]!)
  )
    k++
  return k
}

interface Task {
  cell: Cell
  i: number
  j: number
  oldDone: boolean
  newDone: boolean
}

/** advance: the first rule of `s` from `i` that may match the cell; 'split' when the cell had to be split. */
function advance(s: Side, cell: Cell, i: number): { i: number } | { cells: [Cell, Cell]; i: number } {
  for (; i < s.cubes.length; i++) {
    const r = relate(s.cubes[i]!, cell)
    if (r.kind === 'all') return { i }
    if (r.kind === 'split') return { cells: r.cells, i }
  }
  return { i }
}

interface ChangedCell {
  cell: Cell
  before: Decided
  after: Decided
  changed: OutcomeField[]
}

/** walk: every cell of the request space with the rule each side decides it by; the ones that change. */
function walk(
  a: Side,
  b: Side,
  maxCells: number,
): { changed: ChangedCell[]; cells: number; complete: boolean } {
  const suffix = commonSuffix(a, b)
  const n = a.cubes.length
  const m = b.cubes.length
  const stack: Task[] = [RESOURCE, NON_RESOURCE].map((k) => ({
    cell: topCell(k),
    i: 0,
    j: 0,
    oldDone: false,
    newDone: false,
  }))
  const changed: ChangedCell[] = []
  let cells = 0
  while (stack.length > 0) {
    if (++cells > maxCells) return { changed, cells, complete: false }
    const t = stack.pop()!
    // The same rules from here on, in the same order: every request of the cell ends the same on both sides.
    if (!t.oldDone && !t.newDone && n - t.i === m - t.j && n - t.i <= suffix) continue
    if (!t.oldDone) {
      const r = advance(a, t.cell, t.i)
      if ('cells' in r) {
        for (const cell of r.cells) stack.push({ ...t, cell, i: r.i })
        continue
      }
      t.i = r.i
      t.oldDone = true
    }
    if (!t.newDone) {
      const r = advance(b, t.cell, t.j)
      if ('cells' in r) {
        for (const cell of r.cells) stack.push({ ...t, cell, j: r.i })
        continue
      }
      t.j = r.i
      t.newDone = true
    }
    const before = outcomeOf(a, t.i)
    const after = outcomeOf(b, t.j)
    const fields = changedFields(before, after)
    if (fields.length > 0) changed.push({ cell: t.cell, before, after, changed: fields })
  }
  return { changed, cells, complete: true }
}

const strip = ({ id: _id, at: _at, ...o }: Decided): Outcome => o

/** diffPolicies compares an old and a new policy: rule by rule, and request by request (exactly). */
export function diffPolicies(oldPolicy: Policy, newPolicy: Policy, options: DiffOptions = {}): PolicyDiff {
  const matching = matchRules(oldPolicy, newPolicy)
  const newToOld = new Map<number, number>()
  matching.pairOf.forEach((j, i) => j !== null && newToOld.set(j, i))
  const a = side(oldPolicy, options, (i) => `u${i}`)
  const b = side(newPolicy, options, (j) => (newToOld.has(j) ? `u${newToOld.get(j)}` : `n${j}`))
  const w = walk(a, b, options.maxCells ?? 2_000_000)
  const groups = new Map<string, ChangedCell[]>()
  for (const c of w.changed) {
    const key = JSON.stringify([c.before, c.after])
    const g = groups.get(key)
    if (g) g.push(c)
    else groups.set(key, [c])
  }
  const behaviourChanges: BehaviourChange[] = []
  for (const g of groups.values()) {
    const { before, after, changed } = g[0]!
    const common = { before: strip(before), after: strip(after), changed }
    const one = compact(a, b, g)
    if (one) {
      const example = cellExample(g[0]!.cell)
      behaviourChanges.push({ requests: describeCell(one.cell), except: one.except, example, ...common })
      continue
    }
    for (const cell of mergeCells(g.map((c) => c.cell)))
      behaviourChanges.push({
        requests: describeCell(cell),
        except: [],
        example: cellExample(cell),
        ...common,
      })
  }
  behaviourChanges.sort(byRule)
  return {
    ruleChanges: matching.changes,
    pairOf: matching.pairOf,
    policyChanges: matching.policyChanges,
    behaviourChanges,
    complete: w.complete,
    cells: w.cells,
  }
}

const WIDEN = [...STR_DIMS.filter((d) => d !== 'kind'), 'groups', 'path'] as const

/**
 * compact: one class for all the cells that change the same way, as "the requests of cell H that no earlier
 * rule matches": exact whenever every request of H reaches the deciding rule on each side if nothing earlier
 * takes it (H lies inside both deciding rules), because then a request of H that no earlier rule of either
 * side matches is decided by those two rules, and every changed cell lies in H. H starts as the cells' hull
 * and is widened attribute by attribute while that holds, so that the words stay short; null when the hull
 * already fails (a deciding rule does not hold it), and the cells are then listed one by one.
 */
function compact(a: Side, b: Side, g: readonly ChangedCell[]): { cell: Cell; except: ExceptRule[] } | null {
  const { before, after } = g[0]!
  const inside = (s: Side, at: number, c: Cell) => at >= s.cubes.length || covers(s.cubes[at]!, c)
  const ok = (c: Cell) => inside(a, before.at, c) && inside(b, after.at, c)
  let h = hull(g.map((c) => c.cell))
  if (!ok(h)) return null
  for (const d of WIDEN) {
    const w = widened(h, d)
    if (ok(w)) h = w
  }
  const earlier = (s: Side, at: number) =>
    s.cubes.slice(0, at).flatMap((cubes, i) => (relate(cubes, h).kind === 'none' ? [] : [i]))
  const olds = earlier(a, before.at)
  const news = earlier(b, after.at)
  const key = (s: Side, i: number) => `${s.ids[i]}\u0001${ruleKey(s.policy.rules[i]!)}`
  const newAt = new Map(news.map((j) => [key(b, j), j]))
  const oldKeys = new Set(olds.map((i) => key(a, i)))
  const except: ExceptRule[] = [
    ...olds.map((i): ExceptRule => {
      const j = newAt.get(key(a, i))
      return j === undefined ? { rule: a.refs[i]!, side: 'before' } : { rule: b.refs[j]!, side: 'both' }
    }),
    ...news
      .filter((j) => !oldKeys.has(key(b, j)))
      .map((j): ExceptRule => ({ rule: b.refs[j]!, side: 'after' })),
  ]
  return { cell: h, except }
}

const refOrder = (r: RuleRef | null) => (r === null ? 1e9 : r.kind === 'user' ? 1000 + r.index : r.number)

function byRule(x: BehaviourChange, y: BehaviourChange): number {
  return refOrder(x.after.rule) - refOrder(y.after.rule) || refOrder(x.before.rule) - refOrder(y.before.rule)
}

/**
 * changeMatcher: whether a request is in a behaviour change (its class, less what its except rules match),
 * for the two policies the change came from.
 */
export function changeMatcher(
  oldPolicy: Policy,
  newPolicy: Policy,
  options: DiffOptions = {},
): (change: BehaviourChange, req: RequestAttributes) => boolean {
  const runs = [oldPolicy, newPolicy].map((p) =>
    policyRun(p, { target: options.target ?? 'kube-apiserver', ...options }),
  )
  const ruleOf = (side: 0 | 1, ref: RuleRef) => {
    const run = runs[side]!
    const i = run.origins.findIndex((o) =>
      o.kind === 'user'
        ? ref.kind === 'user' && ref.index === o.index
        : ref.kind === 'builtin' && ref.number === o.builtin.number,
    )
    return run.policy.rules[i]!
  }
  return (change, req) =>
    requestInClass(change.requests, req) &&
    !change.except.some((e) => ruleMatches(ruleOf(e.side === 'before' ? 0 : 1, e.rule), req))
}

/** outcomesFor: the outcomes the two policies give a request (the example's before and after, recomputed). */
export function outcomesFor(
  oldPolicy: Policy,
  newPolicy: Policy,
  req: RequestAttributes,
  options: DiffOptions = {},
): [Outcome, Outcome] {
  const one = (p: Policy): Outcome => {
    const run = policyRun(p, { target: options.target ?? 'kube-apiserver', ...options })
    const r = evaluatePolicy(run.policy, req)
    const o = r.matchedRule === null ? null : run.origins[r.matchedRule]!
    return {
      level: r.level,
      omitStages: r.omitStages,
      omitManagedFields: r.omitManagedFields,
      rule:
        o === null
          ? null
          : o.kind === 'user'
            ? { kind: 'user', index: o.index }
            : { kind: 'builtin', number: o.builtin.number },
    }
  }
  return [one(oldPolicy), one(newPolicy)]
}
