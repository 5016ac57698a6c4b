import type { AnalysisReport, ProblemKind } from '../../auditlog/types.ts'

/** PROBLEM_KINDS in the order the panel lists them. */
export const PROBLEM_KINDS: ProblemKind[] = [
  'unreadable',
  'malformed',
  'truncated',
  'tooLong',
  'notAudit',
  'otherVersion',
]

/** problemCount: every line (or file) that is not a clean audit.k8s.io/v1 event. */
export const problemCount = (r: AnalysisReport): number => PROBLEM_KINDS.reduce((n, kind) => n + r[kind], 0)
