import { Alert, Stack } from '@mui/material'
import type { AnalysisReport, PolicyImpact } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { formatBytes, formatCount } from './format.ts'

/** ImpactNotes: what limits the numbers: lower bounds, estimated stages, requests past the signature limit. */
export function ImpactNotes({ report, impact }: { report: AnalysisReport; impact: PolicyImpact }) {
  const s = t.analyzer.summary
  const notes: string[] = []
  if (impact.lowerBound) notes.push(s.lowerBoundNote(impact.lowerBoundEvents))
  if (impact.estimatedBytes > 0) notes.push(s.estimated(formatBytes(impact.estimatedBytes)))
  if (report.signatures.overflowEvents > 0)
    notes.push(s.overflow(formatCount(report.signatures.overflowEvents)))
  if (notes.length === 0) return null
  return (
    <Stack spacing={1}>
      {notes.map((n) => (
        <Alert key={n} severity="info" variant="outlined">
          {n}
        </Alert>
      ))}
    </Stack>
  )
}
