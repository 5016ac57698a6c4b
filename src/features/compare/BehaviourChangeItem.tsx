import { Box, Button, Paper, Stack, Typography } from '@mui/material'
import { t } from '../../i18n/compare.ts'
import type { ChangeOnLog } from '../../auditlog/diffOnLog.ts'
import type { BehaviourChange } from '../../policy/diff.ts'
import { changeOnLogText } from './changeOnLog.ts'
import { setTestRequest } from '../../state/simulation.ts'
import { requestTool } from '../../state/tools.ts'

/** exampleText: the request as JSON, with a space after each member so that it wraps between them. */
const exampleText = (req: BehaviourChange['example']) =>
  `{${Object.entries(req)
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
    .join(', ')}}`

interface BehaviourChangeItemProps {
  change: BehaviourChange
  /** What the change adds on the analyzed log (null: cannot be measured; undefined: no log). */
  measured?: ChangeOnLog | null
}

/**
 * BehaviourChangeItem: one class of requests audited differently, in words, with an example to test and, with
 * a log analyzed, what it adds or removes there.
 */
export function BehaviourChangeItem({ change, measured }: BehaviourChangeItemProps) {
  const c = t.compare
  const open = () => {
    setTestRequest(change.example)
    requestTool('simulator')
  }
  return (
    <Paper
      component="li"
      variant="outlined"
      sx={{ p: 1.5, listStyle: 'none' }}
      aria-label={c.behaviourChange(change)}
    >
      <Stack spacing={1}>
        <Typography variant="body2">{c.behaviourChange(change)}</Typography>
        {measured !== undefined && (
          <Typography variant="body2" color="text.secondary" data-testid="compare-on-log">
            {changeOnLogText(measured)}
          </Typography>
        )}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} alignItems={{ sm: 'flex-start' }}>
          <Typography variant="caption" sx={{ flexShrink: 0, lineHeight: '20px' }}>
            {c.example}:
          </Typography>
          <Box
            component="code"
            data-testid="compare-example"
            sx={{
              fontFamily: 'var(--abp-mono)',
              fontSize: 12,
              lineHeight: '20px',
              overflowWrap: 'anywhere',
              flex: 1,
            }}
          >
            {exampleText(change.example)}
          </Box>
          <Button size="small" variant="outlined" onClick={open} sx={{ flexShrink: 0 }}>
            {c.openInSimulator}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  )
}
