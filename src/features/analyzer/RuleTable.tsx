import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material'
import type { PolicyImpact } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { RuleRow } from './RuleRow.tsx'

const num = { textAlign: 'right', whiteSpace: 'nowrap' } as const

/** RuleTable: per rule (and "no rule"), the requests it decides and the bytes they take now and with it. */
export function RuleTable({ impact, notes }: { impact: PolicyImpact; notes: (string | undefined)[] }) {
  const r = t.analyzer.rules
  return (
    <Table size="small" aria-label={r.caption} sx={{ '& td, & th': { px: 1 } }}>
      <TableHead>
        <TableRow>
          <TableCell>{r.rule}</TableCell>
          <TableCell sx={num}>{r.hits}</TableCell>
          <TableCell sx={num}>{r.recorded}</TableCell>
          <TableCell sx={num}>{r.projected}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {impact.byRule.map((entry) => (
          <RuleRow
            key={entry.rule ?? 'none'}
            entry={entry}
            note={entry.rule === null ? undefined : notes[entry.rule]}
          />
        ))}
      </TableBody>
    </Table>
  )
}
