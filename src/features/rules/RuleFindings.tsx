import { Box } from '@mui/material'
import { memo } from 'react'
import { useFieldDiagnostics } from '../../state/index.ts'
import { FindingsList } from './FindingsList.tsx'

/** RuleFindings: what the core says about a rule as a whole (e.g. an earlier rule shadows it). */
export const RuleFindings = memo(function RuleFindings({ index }: { index: number }) {
  const findings = useFieldDiagnostics(`rules[${index}]`)
  if (findings.length === 0) return null
  return (
    <Box sx={{ gridColumn: '1 / -1' }}>
      <FindingsList findings={findings} />
    </Box>
  )
})
