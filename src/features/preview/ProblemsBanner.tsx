import { Link } from '@mui/material'
import { OneLineNotice } from '../../components/OneLineNotice.tsx'
import { t } from '../../i18n/index.ts'
import type { Diagnostic, Severity } from '../../policy/types.ts'
import { useDiagnostics, useDkpDiagnostics, useTarget } from '../../state/index.ts'
import { requestTool } from '../../state/tools.ts'

/**
 * ProblemsBanner: one line above the outputs that says what the target would do with the policy (its errors)
 * or that there is something worth a look (its warnings), and how many: the count opens the Problems panel.
 * It repeats no finding: each is said once in the Problems panel and once at its field. It counts what the
 * Problems tab's badge counts: the policy's findings and the ModuleConfig settings'.
 */
export function ProblemsBanner() {
  const policy = useDiagnostics()
  const moduleConfig = useDkpDiagnostics()
  const target = useTarget()
  const errors = count(policy, 'error') + count(moduleConfig, 'error')
  const warnings = count(policy, 'warning') + count(moduleConfig, 'warning')
  if (errors === 0 && warnings === 0) return null
  const k = t.notices
  const policyErrors = count(policy, 'error')
  const title =
    policyErrors === 0
      ? k.moduleConfigErrors
      : policyErrors < errors
        ? `${t.preview.errorsTitle[target]}${k.alsoInModuleConfig(errors - policyErrors)}`
        : t.preview.errorsTitle[target]
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
          {errors > 0 ? `${k.titleSeparator}${title}` : ` ${k.worthALook}`}
        </>
      }
    />
  )
}

/** count: how many of the findings have the severity. */
function count(list: readonly Diagnostic[], severity: Severity): number {
  return list.filter((d) => d.severity === severity).length
}
