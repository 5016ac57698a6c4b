import { Alert, Button, Stack } from '@mui/material'
import { useId, useState } from 'react'
import type { Diagnostic } from '../../policy/types.ts'
import { t } from '../../i18n/index.ts'
import { fieldMessage } from '../../state/index.ts'
import { showCodePoints } from '../../components/visibleText.ts'

/** FindingsList: errors and warnings as alerts; notes (info) behind a toggle, so they inform without crowding. */
export function FindingsList({ findings }: { findings: readonly Diagnostic[] }) {
  const [open, setOpen] = useState(false)
  const listId = useId()
  const loud = findings.filter((d) => d.severity !== 'info')
  const notes = findings.filter((d) => d.severity === 'info')
  if (findings.length === 0) return null
  return (
    <Stack spacing={1} alignItems="stretch">
      {loud.map((d, i) => (
        <Alert key={i} severity={d.severity} sx={{ py: 0 }}>
          {showCodePoints(fieldMessage(d))}
        </Alert>
      ))}
      {notes.length > 0 && (
        <Button
          size="small"
          variant="text"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          onClick={() => setOpen(!open)}
          sx={{ alignSelf: 'flex-start' }}
        >
          {open ? t.findings.hideNotes(notes.length) : t.findings.showNotes(notes.length)}
        </Button>
      )}
      {open && (
        <Stack spacing={1} id={listId}>
          {notes.map((d, i) => (
            <Alert key={i} severity="info" variant="outlined" sx={{ py: 0 }}>
              {showCodePoints(fieldMessage(d))}
            </Alert>
          ))}
        </Stack>
      )}
    </Stack>
  )
}
