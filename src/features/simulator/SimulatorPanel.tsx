import { Box, Divider, Stack, Typography } from '@mui/material'
import { useMemo } from 'react'
import { simulateRequest } from '../../policy/simulate.ts'
import { t } from '../../i18n/verify.ts'
import { useDkpSettings, useTarget } from '../../state/index.ts'
import { useTestRequest } from '../../state/simulation.ts'
import { PasteRequest } from './PasteRequest.tsx'
import { QuickPicks } from './QuickPicks.tsx'
import { RequestForm } from './RequestForm.tsx'
import { SavedRequests } from './SavedRequests.tsx'
import { SimulationVerdict } from './SimulationVerdict.tsx'
import { SkippedRules } from './SkippedRules.tsx'
import { usePolicyRun } from './usePolicyRun.ts'
import { useRuleMarks } from './useRuleMarks.ts'

/**
 * SimulatorPanel ("Test a request"): describe a request, or paste one, and see what the policy that runs
 * (the effective one on DKP) does with it, which rule decides and why each earlier rule did not; keep
 * requests with their expected level as a regression suite.
 */
export function SimulatorPanel() {
  const s = t.verify.simulator
  const request = useTestRequest()
  const run = usePolicyRun()
  const target = useTarget()
  const dkp = useDkpSettings()
  const simulation = useMemo(() => simulateRequest(run, request), [run, request])
  useRuleMarks(simulation)
  const isDkp = target === 'deckhouse'
  const userRules = run.origins.filter((o) => o.kind === 'user').length
  return (
    <Stack spacing={2}>
      {/* The verdict stays in view while the request below is edited; a long one (DKP's built-in rules, the rules
          that also match) scrolls within a few lines' height, so it never covers the request's fields. */}
      <Box
        sx={{
          position: 'sticky',
          top: 0,
          zIndex: 2,
          bgcolor: 'background.paper',
          pb: 0.5,
          maxHeight: 'min(35vh, 168px)',
          overflowY: 'auto',
        }}
      >
        <SimulationVerdict
          simulation={simulation}
          dkp={isDkp}
          userRulesIgnored={isDkp && !dkp.auditPolicyEnabled}
        />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {isDkp ? s.againstDkp(run.policy.rules.length, userRules) : s.againstKube(run.policy.rules.length)}
      </Typography>
      <QuickPicks request={request} />
      <PasteRequest request={request} />
      <RequestForm request={request} />
      <Divider />
      <SkippedRules skipped={simulation.skipped} dkp={isDkp} tailStart={run.tailStart} />
      <Divider />
      <SavedRequests request={request} level={simulation.result.level} />
    </Stack>
  )
}
