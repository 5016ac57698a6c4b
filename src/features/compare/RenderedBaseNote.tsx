import { Alert, Button, Stack, Typography } from '@mui/material'
import { t } from '../../i18n/compare.ts'
import { useTarget } from '../../state/index.ts'
import { compareBaseOf, setBase, type Base } from './baseStore.ts'

/**
 * RenderedBaseNote: for a base that reads as the policy rendered on a DKP master, how it is read (its built-in
 * rules on both sides, its user's rules compared), and a switch to the other reading; off DKP, that it is
 * compared whole.
 */
export function RenderedBaseNote({ base }: { base: Base }) {
  const target = useTarget()
  const c = t.compare
  if (!base.rendered) return null
  if (target !== 'deckhouse') {
    // Read as rendered on DKP, compared whole here: say so, or the user's rules seem compared with the whole file.
    return base.builtin ? (
      <Alert severity="info" data-testid="compare-rendered">
        {c.renderedOffDkp}
      </Alert>
    ) : null
  }
  const given = { ...base.rendered, summary: base.summary }
  const read = base.builtin
  return (
    <Alert severity="info" data-testid="compare-rendered">
      <Stack spacing={1} alignItems="flex-start">
        <Typography variant="body2">
          {read
            ? c.renderedRead(read.head.length, read.tail.length, base.policy.rules.length)
            : c.renderedWhole}
        </Typography>
        <Button size="small" variant="outlined" onClick={() => setBase(compareBaseOf(given, target, !read))}>
          {read ? c.readWhole : c.readRendered}
        </Button>
      </Stack>
    </Alert>
  )
}
