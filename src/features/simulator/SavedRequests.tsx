import {
  Box,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import type { RequestAttributes } from '../../policy/types.ts'
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx'
import { t } from '../../i18n/verify.ts'
import { addSavedRequest, useDispatch } from '../../state/index.ts'
import { SavedRequestRow } from './SavedRequestRow.tsx'
import { useSavedChecks, useSavedRequests } from './usePolicyRun.ts'

interface SavedRequestsProps {
  request: RequestAttributes
  /** The level the request in the form gets now: saved as the expected one. */
  level: string
}

/**
 * SavedRequests: the user's regression suite. Each saved request keeps the level it should get; every edit
 * of the policy re-checks them, and a request whose level changed turns red and says so.
 */
export function SavedRequests({ request, level }: SavedRequestsProps) {
  const s = t.verify.simulator.saved
  const dispatch = useDispatch()
  const saved = useSavedRequests()
  const checks = useSavedChecks()
  const [name, setName] = useState('')
  const failing = checks.filter((c) => !c.pass).length
  const save = () => {
    const entry = { request, expectedLevel: level, ...(name.trim() ? { name: name.trim() } : {}) }
    dispatch(addSavedRequest, entry)
    setName('')
  }
  return (
    <Stack spacing={1} component="section" aria-labelledby="saved-requests-heading">
      <Typography id="saved-requests-heading" variant="subtitle2" component="h3">
        {s.heading}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} alignItems={{ sm: 'center' }}>
        <TextField
          size="small"
          label={s.name}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && save()}
          sx={{ flex: 1 }}
        />
        <Button variant="contained" onClick={save} sx={{ flexShrink: 0 }}>
          {s.save(level)}
        </Button>
      </Stack>
      {saved.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {s.empty}
        </Typography>
      ) : (
        <>
          <Typography
            variant="body2"
            role="status"
            sx={{ color: failing > 0 ? 'error.main' : 'success.main', fontWeight: 600 }}
          >
            {s.summary(saved.length - failing, failing)}
          </Typography>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-labelledby="saved-requests-heading">
              <TableHead>
                <TableRow>
                  <TableCell>{s.columns.request}</TableCell>
                  <TableCell>{s.columns.expected}</TableCell>
                  <TableCell>{s.columns.actual}</TableCell>
                  <TableCell>{s.columns.result}</TableCell>
                  <TableCell>
                    <VisuallyHidden>{s.columns.actions}</VisuallyHidden>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {saved.map((entry, i) => (
                  <SavedRequestRow key={i} index={i} saved={entry} check={checks[i]!} />
                ))}
              </TableBody>
            </Table>
          </Box>
        </>
      )}
    </Stack>
  )
}
