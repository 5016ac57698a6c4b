import { Alert, Box, Button, Chip, Stack, Typography } from '@mui/material'
import type { Simulation } from '../../policy/simulate.ts'
import { t } from '../../i18n/verify.ts'
import { useRequestReveal } from '../../state/index.ts'
import { builtinTitle } from '../../i18n/builtinTitle.ts'

const LEVEL_COLOR: Record<string, 'default' | 'info' | 'warning' | 'secondary'> = {
  None: 'default',
  Metadata: 'info',
  Request: 'warning',
  RequestResponse: 'secondary',
}

/** verdictText: what happens to the request and which rule decided it, in one or two sentences. */
function verdictText(sim: Simulation, dkp: boolean): string {
  const v = t.verify.simulator.verdict
  const level = sim.result.level
  switch (sim.verdict.kind) {
    case 'not-audited':
      return v.notAudited
    case 'no-match':
      return v.noMatch
    case 'user':
      return v.user(sim.verdict.index + 1, level, dkp)
    case 'builtin':
      return sim.verdict.tail
        ? v.builtinTail(sim.verdict.builtin.number, builtinTitle(sim.verdict.builtin), level)
        : v.builtinHead(sim.verdict.builtin.number, builtinTitle(sim.verdict.builtin), level)
  }
}

interface SimulationVerdictProps {
  simulation: Simulation
  dkp: boolean
  /** DKP with auditPolicyEnabled: false: the user's rules are not used. */
  userRulesIgnored: boolean
}

/** SimulationVerdict: the level, the deciding rule (with a link to it), omitted stages and managed fields. */
export function SimulationVerdict({ simulation, dkp, userRulesIgnored }: SimulationVerdictProps) {
  const requestReveal = useRequestReveal()
  const s = t.verify.simulator
  const { result, verdict } = simulation
  const logged = result.level !== 'None'
  return (
    <Box
      role="status"
      aria-label={s.resultLabel}
      data-testid="simulation-result"
      sx={{
        border: 1,
        borderColor: logged ? 'info.main' : 'divider',
        borderRadius: 1,
        p: 1.5,
        bgcolor: 'background.paper',
      }}
    >
      <Stack direction="row" spacing={1} alignItems="center" useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {s.level}
        </Typography>
        <Chip
          label={result.level || '""'}
          color={LEVEL_COLOR[result.level] ?? 'error'}
          size="small"
          data-testid="simulated-level"
        />
        <Typography variant="body2">{logged ? s.logged : s.notLogged}</Typography>
        {verdict.kind === 'user' && (
          <Button
            size="small"
            onClick={() => requestReveal({ at: `rules[${verdict.index}]`, where: 'form' })}
          >
            {s.showRule(verdict.index + 1)}
          </Button>
        )}
      </Stack>
      <Typography variant="body2" sx={{ mt: 0.75 }} data-testid="simulation-verdict">
        {verdictText(simulation, dkp)}
      </Typography>
      {logged && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {s.stages(result.omitStages)} {s.managedFields(result.omitManagedFields)}
        </Typography>
      )}
      {simulation.alsoMatched.length > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} data-testid="also-matched">
          {s.alsoMatched(
            simulation.alsoMatched.map(({ origin }) =>
              origin.kind === 'user'
                ? s.trace.yourRule(origin.index + 1)
                : s.trace.builtin(origin.builtin.number, builtinTitle(origin.builtin)),
            ),
          )}
        </Typography>
      )}
      {userRulesIgnored && (
        <Alert severity="warning" sx={{ mt: 1, py: 0 }}>
          {s.userRulesIgnored}
        </Alert>
      )}
    </Box>
  )
}
