import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import type { AnalysisReport, PerDay, PolicyImpact } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { formatBytes, formatCount } from './format.ts'

const num = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const

/**
 * ForecastView: from the log's time span and bytes, a day of log as recorded now and with this policy, how many
 * hours of history one API server's disk keeps under DKP's rotation, and what this policy stops or starts
 * recording.
 */
export function ForecastView({ report, impact }: { report: AnalysisReport; impact: PolicyImpact }) {
  const f = t.analyzer.forecast
  if (report.window === null) {
    return (
      <Typography variant="body2" color="text.secondary">
        {f.noWindow}
      </Typography>
    )
  }
  const row = (name: string, day: PerDay | null, hours: number | null) => (
    <TableRow>
      <TableCell component="th" scope="row">
        {name}
      </TableCell>
      <TableCell sx={num}>{day === null ? '—' : formatCount(day.events)}</TableCell>
      <TableCell sx={num}>{day === null ? '—' : formatBytes(day.bytes)}</TableCell>
      <TableCell sx={num}>{hours === null ? '—' : f.hours(hours)}</TableCell>
    </TableRow>
  )
  const w = report.window
  const r = report.rotation
  return (
    <Stack spacing={1}>
      <Table size="small" aria-label={f.caption} sx={{ '& td, & th': { px: 1 } }}>
        <TableHead>
          <TableRow>
            <TableCell>{f.what}</TableCell>
            <TableCell sx={num}>{f.eventsPerDay}</TableCell>
            <TableCell sx={num}>{f.bytesPerDay}</TableCell>
            <TableCell sx={num}>{f.history}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {row(f.recorded, report.recordedPerDay, report.recordedHistoryHours)}
          {row(f.projected, impact.perDay, impact.historyHours)}
        </TableBody>
      </Table>
      {impact.dropped.requests > 0 && (
        <Typography variant="body2">
          {f.stops(formatCount(impact.dropped.requests), formatBytes(impact.dropped.bytes))}
        </Typography>
      )}
      {impact.raised > 0 && <Typography variant="body2">{f.starts(formatCount(impact.raised))}</Typography>}
      <Typography variant="caption" color="text.secondary" component="p">
        {f.window(w.from, w.to, f.hours(w.seconds / 3600), report.apiServers)}{' '}
        {f.rotation(r.maxBackups, r.maxSizeMB, r.maxAgeDays)}
      </Typography>
    </Stack>
  )
}
