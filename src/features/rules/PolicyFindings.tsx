import { Box } from '@mui/material'
import { useFieldDiagnostics } from '../../state/index.ts'
import { FindingsList } from './FindingsList.tsx'

/** PolicyFindings: what the core says about the rule list as a whole (e.g. requests no rule logs). */
export function PolicyFindings() {
  const findings = useFieldDiagnostics('rules')
  if (findings.length === 0) return null
  return (
    <Box sx={{ mb: 1.5 }}>
      <FindingsList findings={findings} />
    </Box>
  )
}
