import { Link } from '@mui/material'
import { OneLineNotice } from '../../components/OneLineNotice.tsx'
import { t } from '../../i18n/index.ts'
import { useDiagnostics, useTarget } from '../../state/index.ts'
import { requestTool } from '../../state/tools.ts'

/**
 * ProblemsBanner: one line above the outputs that says what the target would do with the policy (its errors)
 * or that there is something worth a look (its warnings), and how many: the count opens the Problems panel.
 * It repeats no finding: each is said once in the Problems panel and once at its field.
 */
export function ProblemsBanner() {
  const all = useDiagnostics()
  const target = useTarget()
  const errors = all.filter((d) => d.severity === 'error').length
  const warnings = all.filter((d) => d.severity === 'warning').length
  if (errors === 0 && warnings === 0) return null
  const k = t.notices
  return (
    <OneLineNotice
      wrapOnPhone
      severity={errors > 0 ? 'error' : 'warning'}
      // The count comes first, so that a line cut short on a phone cuts the words after it ("More" shows them).
      headline={
        <>
          <Link
            component="button"
            type="button"
            color="inherit"
            title={k.openProblems}
            onClick={() => requestTool('problems')}
            sx={{ font: 'inherit', fontWeight: 700, verticalAlign: 'baseline' }}
          >
            {errors > 0 ? k.errorCount(errors) : k.warningCount(warnings)}
          </Link>
          {errors > 0 ? `${k.titleSeparator}${t.preview.errorsTitle[target]}` : ` ${k.worthALook}`}
        </>
      }
    />
  )
}
