import { Box, Button } from '@mui/material'
import { OneLineNotice } from '../../components/OneLineNotice.tsx'
import { t } from '../../i18n/index.ts'
import type { Diagnostic } from '../../policy/types.ts'
import { fieldMessage, useDiagnostics, useTarget } from '../../state/index.ts'
import { requestTool } from '../../state/tools.ts'

const SHOWN = 4

/** bannerText: the API server's message with its place (the banner has no place column); ours in words. */
const bannerText = (d: Diagnostic) => (d.own ? fieldMessage(d) : d.message)

/**
 * ProblemsBanner: one line above the outputs, for the policy's errors (what the target would do with it) or
 * else its warnings: the title and the first message; "More" lists a few, the Problems panel has them all.
 */
export function ProblemsBanner() {
  const all = useDiagnostics()
  const target = useTarget()
  const errors = all.filter((d) => d.severity === 'error')
  const warnings = all.filter((d) => d.severity === 'warning' && d.at !== 'rules')
  if (errors.length === 0 && warnings.length === 0) return null
  const items = errors.length > 0 ? errors : warnings
  const title = errors.length > 0 ? t.preview.errorsTitle[target] : t.preview.warningsTitle
  return (
    <OneLineNotice
      severity={errors.length > 0 ? 'error' : 'warning'}
      headline={
        <>
          <strong>{title}</strong>
          {t.notices.titleSeparator}
          {bannerText(items[0])}
        </>
      }
      details={
        <>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {items.slice(1, SHOWN).map((d, i) => (
              <li key={i}>{bannerText(d)}</li>
            ))}
            {items.length > SHOWN && <li>… +{items.length - SHOWN}</li>}
          </Box>
          <Button size="small" color="inherit" sx={{ mt: 0.5 }} onClick={() => requestTool('problems')}>
            {t.notices.openProblems}
          </Button>
        </>
      }
    />
  )
}
