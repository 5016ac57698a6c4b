import type { AnalysisReport, ProblemKind } from '../../auditlog/types.ts'

/**
 * PROBLEM_KINDS in the order the panel lists them: lines (or files) that could not be analyzed. Events of another
 * audit API version are analyzed normally: they are a note, not a problem.
 */
export const PROBLEM_KINDS: ProblemKind[] = ['unreadable', 'malformed', 'truncated', 'tooLong', 'notAudit']

/** problemCount: every line (or file) that could not be analyzed. */
export const problemCount = (r: AnalysisReport): number => PROBLEM_KINDS.reduce((n, kind) => n + r[kind], 0)
