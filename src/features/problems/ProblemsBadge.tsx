import { Box } from '@mui/material'
import { useMemo } from 'react'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'
import { t } from '../../i18n/index.ts'
import { useDiagnostics, useDkpDiagnostics } from '../../state/index.ts'
import { countProblems } from './countProblems.ts'

const pill = {
  minWidth: 20,
  height: 20,
  px: 0.75,
  borderRadius: 10,
  fontSize: 12,
  fontWeight: 700,
  lineHeight: '20px',
  textAlign: 'center',
} as const

/** ProblemsBadge: the number of errors (red) and warnings (amber) in the Problems tab; said in words too. */
export function ProblemsBadge() {
  const policy = useDiagnostics()
  const moduleConfig = useDkpDiagnostics()
  const counts = useMemo(() => countProblems([...policy, ...moduleConfig]), [policy, moduleConfig])
  if (counts.error === 0 && counts.warning === 0) return null
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5 }} data-testid="problems-badge">
      {counts.error > 0 && (
        <Box
          component="span"
          aria-hidden
          sx={{ ...pill, bgcolor: 'error.dark', color: 'error.contrastText' }}
        >
          {counts.error}
        </Box>
      )}
      {counts.warning > 0 && (
        <Box
          component="span"
          aria-hidden
          sx={{ ...pill, bgcolor: 'warning.main', color: 'warning.contrastText' }}
        >
          {counts.warning}
        </Box>
      )}
      <VisuallyHidden>{t.verify.problems.badge(counts.error, counts.warning)}</VisuallyHidden>
    </Box>
  )
}
