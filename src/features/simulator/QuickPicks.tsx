import { Button, Stack, Typography } from '@mui/material'
import type { RequestAttributes } from '../../policy/types.ts'
import { t } from '../../i18n/verify.ts'
import { setTestRequest } from '../../state/simulation.ts'
import { QUICK_PICKS, type QuickPickId } from './quickPicks.ts'

const IDS = Object.keys(QUICK_PICKS) as QuickPickId[]

/** QuickPicks: one click fills the form with a common request (kubectl get pods, exec, a service account…). */
export function QuickPicks({ request }: { request: RequestAttributes }) {
  const q = t.verify.simulator.quickPicks
  return (
    <Stack direction="row" spacing={1} alignItems="center" useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Typography variant="body2" color="text.secondary">
        {q.label}
      </Typography>
      {IDS.map((id) => (
        <Button
          key={id}
          size="small"
          variant="outlined"
          onClick={() => setTestRequest(QUICK_PICKS[id](request))}
          sx={{ textTransform: 'none' }}
        >
          {q.items[id]}
        </Button>
      ))}
    </Stack>
  )
}
