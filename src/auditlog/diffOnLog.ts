// A policy change measured on an audit log: the old and the new policy (on DKP, as kube-apiserver runs them, the
// built-in rules included) and, for each behaviour change, its two classifier policies (policy/diffMeasure.ts)
// go to the analyzer together; `read` turns its report into the totals and the per-change deltas, over the log
// and per day of the log's time window. The CLI runs the analyzer over files, the app re-analyzes the log already
// loaded in "Analyze a log" from its aggregates; both read the report here.
import type { BehaviourChange, DiffOptions } from '../policy/diff.ts'
import { classifiers } from '../policy/diffMeasure.ts'
import { perDay } from './forecast.ts'
import { policyRun } from '../policy/simulate.ts'
import type { Policy } from '../policy/types.ts'
import type { AnalysisReport, PerDay, PolicyUnderTest } from './types.ts'

/** Volume: the audit events and bytes a policy writes for the log's requests, and per day of its window. */
export interface LogVolume {
  events: number
  bytes: number
  perDay: PerDay | null
}

/** ChangeOnLog: what one behaviour change adds (negative: removes), over the log and per day. */
export interface ChangeOnLog {
  /** Requests of the log the change is about. */
  requests: number
  events: number
  bytes: number
  perDay: PerDay | null
  /**
   * True when the new outcome asks for detail (request or response bodies) the log did not record for some of
   * these requests: the bytes are a lower bound.
   */
  lowerBound: boolean
}

/** DiffMeasured: the --json `log` object of `diff`, and what the Compare tab shows. */
export interface DiffMeasured {
  /** Requests read in the log. */
  requests: number
  /** The log's time window in seconds (null: no timestamps, so nothing per day). */
  windowSeconds: number | null
  before: LogVolume
  after: LogVolume
  /** Per behaviour change, in order; null where the change's class has no rule form (not measured). */
  changes: Array<ChangeOnLog | null>
  /** False when the figures come from a re-analysis that could not cover everything (see the analyzer). */
  exact: boolean
}

/** DiffOnLog: the policies to analyze, and how to read the report. */
export interface DiffOnLog {
  policies: PolicyUnderTest[]
  read(report: AnalysisReport): DiffMeasured
}

/** diffOnLog prepares the measuring of `changes` (diffPolicies(oldPolicy, newPolicy, options)) on a log. */
export function diffOnLog(
  oldPolicy: Policy,
  newPolicy: Policy,
  changes: readonly BehaviourChange[],
  options: DiffOptions = {},
): DiffOnLog {
  const run = (p: Policy) => policyRun(p, { target: options.target ?? 'kube-apiserver', ...options }).policy
  const cls = classifiers(oldPolicy, newPolicy, changes, options)
  const policies: PolicyUnderTest[] = [
    { id: 'before', policy: run(oldPolicy) },
    { id: 'after', policy: run(newPolicy) },
  ]
  // Classifier policies run as they are: they are built from the effective rules already.
  cls.forEach((c, k) => {
    if (c)
      policies.push(
        { id: `change-${k}-before`, policy: c.before },
        { id: `change-${k}-after`, policy: c.after },
      )
  })
  return {
    policies,
    read(report) {
      const impact = (id: string) => {
        const found = report.impacts.find((i) => i.id === id)
        if (!found) throw new Error(`the analyzer's report has no policy ${id}`)
        return found
      }
      const whole = (id: string): LogVolume => {
        const i = impact(id)
        return { events: i.projected.events, bytes: i.projected.bytes, perDay: i.perDay }
      }
      return {
        requests: report.events,
        windowSeconds: report.window?.seconds ?? null,
        before: whole('before'),
        after: whole('after'),
        changes: cls.map((c, k) => {
          if (!c) return null
          const before = impact(`change-${k}-before`).byRule[c.main]!
          const after = impact(`change-${k}-after`).byRule[c.main]!
          const events = after.projectedEvents - before.projectedEvents
          const bytes = after.projectedBytes - before.projectedBytes
          return {
            requests: before.events,
            events,
            bytes,
            perDay: perDay(events, bytes, report.window),
            lowerBound: after.lowerBoundEvents > 0,
          }
        }),
        exact: report.exact,
      }
    },
  }
}
