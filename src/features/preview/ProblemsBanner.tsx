import { Alert, AlertTitle, Box } from '@mui/material'
import { t } from '../../i18n/index.ts'
import { useDiagnostics, useTarget } from '../../state/index.ts'

const SHOWN = 4

/** ProblemsBanner: the policy's errors (what the target would do with it) and warnings, above the outputs. */
export function ProblemsBanner() {
  const all = useDiagnostics()
  const target = useTarget()
  const errors = all.filter((d) => d.severity === 'error')
  const warnings = all.filter((d) => d.severity === 'warning' && d.at !== 'rules')
  if (errors.length === 0 && warnings.length === 0) return null
  const list = (items: typeof all) => (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {items.slice(0, SHOWN).map((d, i) => (
        <li key={i}>{d.message}</li>
      ))}
      {items.length > SHOWN && <li>… +{items.length - SHOWN}</li>}
    </Box>
  )
  return errors.length > 0 ? (
    <Alert severity="error" sx={{ wordBreak: 'break-word' }}>
      <AlertTitle>{t.preview.errorsTitle[target]}</AlertTitle>
      {list(errors)}
    </Alert>
  ) : (
    <Alert severity="warning" sx={{ wordBreak: 'break-word' }}>
      <AlertTitle>{t.preview.warningsTitle}</AlertTitle>
      {list(warnings)}
    </Alert>
  )
}
