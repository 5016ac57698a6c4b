import type { Diagnostic, Severity } from '../../policy/types.ts'

/** ProblemCounts: how many findings of each severity. */
export type ProblemCounts = Record<Severity, number>

/** countProblems counts findings by severity (the badge needs only this, on the first screen). */
export function countProblems(list: readonly Pick<Diagnostic, 'severity'>[]): ProblemCounts {
  const counts: ProblemCounts = { error: 0, warning: 0, info: 0 }
  for (const d of list) counts[d.severity] += 1
  return counts
}
