import { Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material'
import { useState } from 'react'
import type { PolicyImpact } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { RuleRow } from './RuleRow.tsx'

const num = { textAlign: 'right', whiteSpace: 'nowrap' } as const

/**
 * RuleTable: per rule (and "no rule"), the requests it decides, the bytes they take now and with it, and a day of
 * it. Rules with no requests are left out until asked for.
 */
export function RuleTable({ impact, notes }: { impact: PolicyImpact; notes: (string | undefined)[] }) {
  const r = t.analyzer.rules
  const [all, setAll] = useState(false)
  const zero = impact.byRule.filter((e) => e.events === 0).length
  const shown = all ? impact.byRule : impact.byRule.filter((e) => e.events > 0)
  return (
    <>
      <Table size="small" aria-label={r.caption} sx={{ '& td, & th': { px: 1 } }}>
        <TableHead>
          <TableRow>
            <TableCell>{r.rule}</TableCell>
            <TableCell sx={num}>{r.hits}</TableCell>
            <TableCell sx={num}>{r.recorded}</TableCell>
            <TableCell sx={num}>{r.projected}</TableCell>
            <TableCell sx={num}>{r.perDay}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((entry) => (
            <RuleRow
              key={entry.rule ?? 'none'}
              entry={entry}
              note={entry.rule === null ? undefined : notes[entry.rule]}
            />
          ))}
        </TableBody>
      </Table>
      {zero > 0 && (
        <Button size="small" onClick={() => setAll((v) => !v)} aria-expanded={all} sx={{ mt: 0.5 }}>
          {all ? r.hideZero : r.showZero(zero)}
        </Button>
      )}
    </>
  )
}
