import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import type { LogVolume } from '../../auditlog/diffOnLog.ts'
import { signedBytes } from './changeOnLog.ts'
import { formatBytes, formatNumber } from '../../i18n/format.ts'
import { compareLogStrings } from '../../i18n/compareLog.ts'
import { t } from '../../i18n/compare.ts'
import type { DiffOnLogState } from './useDiffOnLog.ts'

/** DiffOnLogView: the base's and the edited policy's volume on the analyzed log, per day, and the difference. */
export function DiffOnLogView({ state }: { state: DiffOnLogState }) {
  const w = compareLogStrings()
  if (state.phase === 'no-log')
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {w.noLog}
      </Typography>
    )
  if (state.phase === 'measuring')
    return (
      <Typography variant="body2" color="text.secondary" role="status" sx={{ mb: 1 }}>
        {w.updating}
      </Typography>
    )
  if (state.phase === 'failed')
    return (
      <Alert severity="error" sx={{ mb: 1 }}>
        {t.workerFailures.analyzer(state.failure)}
      </Alert>
    )
  const m = state.measured
  const daily = m.windowSeconds !== null
  const vol = (v: LogVolume) => (daily && v.perDay ? v.perDay : v)
  const before = vol(m.before)
  const after = vol(m.after)
  const rows: Array<[string, string, string]> = [
    [w.before, formatNumber(before.events), formatBytes(before.bytes)],
    [w.after, formatNumber(after.events), formatBytes(after.bytes)],
    [w.change, w.eventsDelta(after.events - before.events), signedBytes(after.bytes - before.bytes)],
  ]
  return (
    <Box component="section" aria-label={w.heading} sx={{ mb: 1.5 }}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {w.heading}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {w.intro(m.requests, daily ? w.hours(m.windowSeconds! / 3600) : null)}
      </Typography>
      {m.exact ? null : (
        <Alert severity="info" sx={{ my: 1 }}>
          {w.approximate}
        </Alert>
      )}
      <Table size="small" aria-label={w.heading} sx={{ maxWidth: 480 }}>
        <TableHead>
          <TableRow>
            <TableCell />
            <TableCell align="right">{daily ? w.columnEvents : w.columnEventsTotal}</TableCell>
            <TableCell align="right">{daily ? w.columnBytes : w.columnBytesTotal}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(([name, events, bytes]) => (
            <TableRow key={name}>
              <TableCell component="th" scope="row">
                {name}
              </TableCell>
              <TableCell align="right">{events}</TableCell>
              <TableCell align="right">{bytes}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  )
}
