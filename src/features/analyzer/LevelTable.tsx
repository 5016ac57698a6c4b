import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material'
import { t } from '../../i18n/analyzer.ts'
import { formatBytes, formatCount } from './format.ts'
import { LEVEL_NAMES, type LevelRow } from './levelRows.ts'

const num = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const

/** LevelTable: requests, audit events and bytes per level (columns), recorded now and with this policy (rows). */
export function LevelTable({ rows }: { rows: LevelRow[] }) {
  const l = t.analyzer.levels
  const s = t.analyzer.summary
  const lines: [string, (r: LevelRow) => string][] = [
    [l.row(s.requests, l.recorded), (r) => formatCount(r.recordedRequests)],
    [l.row(s.requests, l.projected), (r) => formatCount(r.projectedRequests)],
    [l.row(l.events, l.recorded), (r) => formatCount(r.recordedEvents)],
    [l.row(l.events, l.projected), (r) => formatCount(r.projectedEvents)],
    [l.row(l.bytes, l.recorded), (r) => formatBytes(r.recordedBytes)],
    [l.row(l.bytes, l.projected), (r) => formatBytes(r.projectedBytes)],
  ]
  return (
    <Table size="small" aria-label={l.tableCaption} sx={{ '& td, & th': { px: 1 } }}>
      <TableHead>
        <TableRow>
          <TableCell />
          {LEVEL_NAMES.map((level) => (
            <TableCell key={level} sx={num}>
              {level}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map(([name, value]) => (
          <TableRow key={name}>
            <TableCell component="th" scope="row" sx={{ minWidth: 140 }}>
              {name}
            </TableCell>
            {rows.map((r) => (
              <TableCell key={r.level} sx={num}>
                {value(r)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
