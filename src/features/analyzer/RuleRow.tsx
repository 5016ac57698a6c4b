import ExpandMoreIcon from '@mui/icons-material/ExpandMore'
import { Box, Button, Collapse, TableCell, TableRow, Typography } from '@mui/material'
import { useId, useState } from 'react'
import type { RuleImpact } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { formatBytes, formatCount } from './format.ts'
import { SampleEvents } from './SampleEvents.tsx'

const num = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const

/** RuleRow: one rule's level, requests and bytes, with its sample events behind a button. */
export function RuleRow({ entry, note }: { entry: RuleImpact; note?: string }) {
  const r = t.analyzer.rules
  const [open, setOpen] = useState(false)
  const samplesId = useId()
  // One numbering: the user's rule number ("Your rule 2" in the effective policy), DKP's rules named as such.
  const name = entry.rule === null ? r.noRule : (entry.label ?? r.ruleName(entry.rule + 1))
  const detail = note
  const lower = entry.lowerBoundEvents > 0
  return (
    <>
      <TableRow sx={{ '& > td, & > th': { borderBottom: open ? 0 : undefined } }}>
        <TableCell component="th" scope="row" sx={{ minWidth: 180 }}>
          <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
            {name}
          </Typography>
          <Typography variant="body2" component="span" color="text.secondary">
            {' · '}
            {entry.level}
          </Typography>
          {detail && (
            <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
              {detail}
            </Typography>
          )}
          {entry.samples.length > 0 && (
            <Button
              size="small"
              onClick={() => setOpen((o) => !o)}
              aria-expanded={open}
              aria-controls={samplesId}
              endIcon={
                <ExpandMoreIcon
                  sx={{ transform: open ? 'rotate(180deg)' : 'none', transition: 'transform 150ms' }}
                />
              }
              sx={{ px: 0.5, minWidth: 0 }}
            >
              {open ? r.hideSamples : r.samples(entry.samples.length)}
            </Button>
          )}
        </TableCell>
        <TableCell sx={num}>{formatCount(entry.events)}</TableCell>
        <TableCell sx={num}>{formatBytes(entry.recordedBytes)}</TableCell>
        <TableCell sx={num} title={lower ? r.lowerBound : undefined}>
          {lower ? '≥ ' : ''}
          {formatBytes(entry.projectedBytes)}
        </TableCell>
        <TableCell sx={num}>{entry.perDay === null ? '—' : formatBytes(entry.perDay.bytes)}</TableCell>
      </TableRow>
      {entry.samples.length > 0 && (
        <TableRow id={samplesId}>
          <TableCell colSpan={5} sx={{ py: 0, borderBottom: open ? undefined : 0 }}>
            <Collapse in={open} unmountOnExit>
              <Box sx={{ py: 1 }}>
                <SampleEvents samples={entry.samples} />
              </Box>
            </Collapse>
          </TableCell>
        </TableRow>
      )}
    </>
  )
}
