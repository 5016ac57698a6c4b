import { Box, Button, Typography } from '@mui/material'
import { useState } from 'react'
import type { SkippedRule } from '../../policy/simulate.ts'
import { t } from '../../i18n/verify.ts'
import { SkippedRow } from './SkippedRow.tsx'

/** Rows shown before "Show all" in a long list of skipped user rules. */
const FIRST_ROWS = 50

interface SkippedRulesProps {
  skipped: readonly SkippedRule[]
  dkp: boolean
  /** Where DKP's tail rules start in the policy that runs (built-in rules before it are the head, 1–27). */
  tailStart: number
}

/**
 * SkippedRules: every rule the request passed before the one that decided, with the first selector that did
 * not match. DKP's built-in rules 1–27 are folded into one line unless asked for.
 */
export function SkippedRules({ skipped, dkp, tailStart }: SkippedRulesProps) {
  const s = t.verify.simulator.trace
  const [showHead, setShowHead] = useState(false)
  const [all, setAll] = useState(false)
  const head = skipped.filter((x) => x.origin.kind === 'builtin' && x.index < tailStart)
  const rest = skipped.filter((x) => !head.includes(x))
  const shown = all ? rest : rest.slice(0, FIRST_ROWS)
  if (skipped.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {s.none}
      </Typography>
    )
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        {s.heading}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5, fontSize: 14 }}>
        {head.length > 0 && (
          <Box component="li" sx={{ py: 0.25 }}>
            {s.headFolded(head.length)}{' '}
            <Button
              size="small"
              onClick={() => setShowHead(!showHead)}
              aria-expanded={showHead}
              sx={{ py: 0 }}
            >
              {showHead ? s.hideWhy : s.showWhy}
            </Button>
            {showHead && (
              <Box component="ul" sx={{ pl: 2.5 }}>
                {head.map((x) => (
                  <SkippedRow key={x.index} skipped={x} dkp={dkp} />
                ))}
              </Box>
            )}
          </Box>
        )}
        {shown.map((x) => (
          <SkippedRow key={x.index} skipped={x} dkp={dkp} />
        ))}
      </Box>
      {shown.length < rest.length && (
        <Button size="small" onClick={() => setAll(true)}>
          {s.showAll(rest.length)}
        </Button>
      )}
    </Box>
  )
}
