import { Box } from '@mui/material'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'
import { t } from '../../i18n/index.ts'
import { useSavedChecks } from './usePolicyRun.ts'

/** FailingCount: how many saved test requests fail now, as a red pill (and in words); nothing when none do. */
export function FailingCount() {
  const failing = useSavedChecks().filter((c) => !c.pass).length
  if (failing === 0) return null
  return (
    <Box
      component="span"
      data-testid="simulator-badge"
      sx={{
        minWidth: 20,
        height: 20,
        px: 0.75,
        borderRadius: 10,
        fontSize: 12,
        fontWeight: 700,
        lineHeight: '20px',
        bgcolor: 'error.dark',
        color: 'error.contrastText',
      }}
    >
      <span aria-hidden>{failing}</span>
      <VisuallyHidden>{t.verify.simulator.saved.failingBadge(failing)}</VisuallyHidden>
    </Box>
  )
}
