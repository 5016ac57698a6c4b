import type { AnalysisReport, PolicyImpact } from '../../auditlog/types.ts'

/** LEVEL_NAMES: the audit levels from least to most detail. */
export const LEVEL_NAMES = ['None', 'Metadata', 'Request', 'RequestResponse'] as const

/** LevelRow: one level's requests, audit events and bytes, as recorded and as the policy would record them. */
export interface LevelRow {
  level: (typeof LEVEL_NAMES)[number]
  recordedRequests: number
  projectedRequests: number
  recordedEvents: number
  projectedEvents: number
  recordedBytes: number
  projectedBytes: number
}

/** levelRows lines up the report's per-level figures. */
export function levelRows(report: AnalysisReport, impact: PolicyImpact): LevelRow[] {
  return LEVEL_NAMES.map((level) => ({
    level,
    recordedRequests: report.recordedByLevel[level],
    projectedRequests: impact.byLevel[level],
    recordedEvents: report.recordedEventsByLevel[level],
    projectedEvents: impact.eventsByLevel[level],
    recordedBytes: report.recordedBytesByLevel[level],
    projectedBytes: impact.bytesByLevel[level],
  }))
}
