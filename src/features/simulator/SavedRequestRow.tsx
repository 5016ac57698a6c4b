import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline'
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline'
import HighlightOffIcon from '@mui/icons-material/HighlightOff'
import {
  Button,
  IconButton,
  MenuItem,
  Stack,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material'
import { memo } from 'react'
import { LEVELS } from '../../policy/types.ts'
import { t } from '../../i18n/verify.ts'
import { removeSavedRequest, updateSavedRequest, useDispatch, type SavedRequest } from '../../state/index.ts'
import { setTestRequest } from '../../state/simulation.ts'
import { requestSummary } from './requestSummary.ts'
import type { SavedCheck } from './usePolicyRun.ts'

interface SavedRequestRowProps {
  index: number
  saved: SavedRequest
  check: SavedCheck
}

/** SavedRequestRow: one saved request, its expected level (editable), the level it gets now, pass or fail. */
export const SavedRequestRow = memo(function SavedRequestRow({ index, saved, check }: SavedRequestRowProps) {
  const s = t.verify.simulator.saved
  const dispatch = useDispatch()
  const summary = requestSummary(saved.request)
  const title = saved.name || summary
  return (
    <TableRow
      data-testid="saved-request"
      data-result={check.pass ? 'pass' : 'fail'}
      sx={{
        bgcolor: check.pass
          ? undefined
          : (th) => (th.palette.mode === 'dark' ? 'rgba(244,67,54,0.16)' : '#fdecea'),
      }}
    >
      <TableCell component="th" scope="row" sx={{ maxWidth: 280, wordBreak: 'break-word' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {saved.name && (
          <Typography variant="caption" color="text.secondary">
            {summary}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <TextField
          select
          size="small"
          value={saved.expectedLevel}
          onChange={(e) => dispatch(updateSavedRequest, index, { expectedLevel: e.target.value })}
          slotProps={{ htmlInput: { 'aria-label': s.expectedFor(title) } }}
          sx={{ minWidth: 150 }}
        >
          {LEVELS.map((l) => (
            <MenuItem key={l} value={l}>
              {l}
            </MenuItem>
          ))}
        </TextField>
      </TableCell>
      <TableCell>{check.actual}</TableCell>
      <TableCell>
        <Stack
          direction="row"
          spacing={0.5}
          alignItems="center"
          sx={{
            color: (th) =>
              check.pass
                ? th.palette.success.main
                : th.palette.error[th.palette.mode === 'dark' ? 'light' : 'dark'],
          }}
        >
          {check.pass ? <CheckCircleOutlineIcon fontSize="small" /> : <HighlightOffIcon fontSize="small" />}
          <Typography variant="body2" sx={{ fontWeight: check.pass ? 400 : 700 }}>
            {check.pass ? s.pass : s.fail(saved.expectedLevel, check.actual)}
          </Typography>
        </Stack>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Button size="small" onClick={() => setTestRequest(saved.request)} aria-label={s.loadNamed(title)}>
          {s.load}
        </Button>
        <IconButton
          size="small"
          aria-label={s.removeNamed(title)}
          title={s.remove}
          onClick={() => dispatch(removeSavedRequest, index)}
        >
          <DeleteOutlineIcon fontSize="small" />
        </IconButton>
      </TableCell>
    </TableRow>
  )
})
