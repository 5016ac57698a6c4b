import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import type { TopEntry } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { analyzerNotes } from '../../i18n/analyzerNotes.ts'
import { formatBytes, formatCount, share } from './format.ts'

const num = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const

/**
 * TopTable: the entries of one top list with their requests and bytes; a thin bar under each name shows its
 * share of the list's biggest entry (by requests, or by bytes with this policy for sources of volume).
 */
export function TopTable({
  label,
  entries,
  byBytes,
}: {
  label: string
  entries: TopEntry[]
  byBytes: boolean
}) {
  const x = t.analyzer.top
  const notes = analyzerNotes()
  if (entries.length === 0) return <Typography variant="body2">{x.none}</Typography>
  const measure = (e: TopEntry) => (byBytes ? e.projectedBytes : e.events)
  const max = Math.max(...entries.map(measure))
  return (
    <Table size="small" aria-label={label} sx={{ '& td, & th': { px: 1 } }}>
      <TableHead>
        <TableRow>
          <TableCell>{x.name}</TableCell>
          <TableCell sx={num}>{x.requests}</TableCell>
          <TableCell sx={num}>{x.recorded}</TableCell>
          <TableCell sx={num}>{x.projected}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((e) => (
          <TableRow key={e.key}>
            <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere', minWidth: 120 }}>
              <Typography
                variant="body2"
                component="span"
                sx={{ fontFamily: 'var(--abp-mono)', fontSize: 13 }}
              >
                {notes.report.topKey(e.key)}
              </Typography>
              <Box
                aria-hidden
                sx={{ mt: 0.5, height: 4, borderRadius: 2, bgcolor: 'primary.main', opacity: 0.6 }}
                style={{ width: `${Math.max(1, 100 * share(measure(e), max))}%` }}
              />
            </TableCell>
            <TableCell sx={num}>{formatCount(e.events)}</TableCell>
            <TableCell sx={num}>{formatBytes(e.recordedBytes)}</TableCell>
            <TableCell sx={num}>{formatBytes(e.projectedBytes)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
