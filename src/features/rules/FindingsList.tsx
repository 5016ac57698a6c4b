import { Alert, Box, Button, Stack } from '@mui/material'
import { useId, useState } from 'react'
import type { Diagnostic } from '../../policy/types.ts'
import { t } from '../../i18n/index.ts'
import { detailsOnce, fieldMessage } from '../../state/index.ts'
import { FindingDetails } from '../../components/FindingDetails.tsx'
import { showCodePoints } from '../../components/visibleText.ts'

/**
 * FindingsList: errors and warnings as alerts; notes (info) behind a toggle, so they inform without crowding.
 * Each shows its headline, its details on demand, and says a detail once for the rule.
 */
export function FindingsList({ findings }: { findings: readonly Diagnostic[] }) {
  const [open, setOpen] = useState(false)
  const listId = useId()
  const once = detailsOnce(findings)
  const loud = once.filter((d) => d.severity !== 'info')
  const notes = once.filter((d) => d.severity === 'info')
  if (findings.length === 0) return null
  return (
    <Stack spacing={1} alignItems="stretch">
      <LoudFindings findings={loud} />
      {notes.length > 0 && (
        <NotesToggle count={notes.length} open={open} controls={listId} onToggle={() => setOpen(!open)} />
      )}
      {open && <NotesList notes={notes} id={listId} />}
    </Stack>
  )
}

interface NotesToggleProps {
  count: number
  open: boolean
  /** The id of the notes' list, once shown. */
  controls: string
  onToggle: () => void
}

/** NotesToggle: "Show 3 notes" / "Hide 3 notes". */
export function NotesToggle({ count, open, controls, onToggle }: NotesToggleProps) {
  return (
    <Button
      size="small"
      variant="text"
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={onToggle}
      sx={{ alignSelf: 'flex-start' }}
    >
      {open ? t.findings.hideNotes(count) : t.findings.showNotes(count)}
    </Button>
  )
}

/** NotesList: the notes (info findings), once their toggle shows them. */
export function NotesList({ notes, id }: { notes: readonly Diagnostic[]; id: string }) {
  return (
    <Stack spacing={1} id={id}>
      {notes.map((d, i) => (
        <Alert key={i} severity="info" variant="outlined" sx={{ py: 0 }}>
          {showCodePoints(fieldMessage(d))}
          <Reason finding={d} />
          <FindingDetails details={d.details} items={d.items} />
        </Alert>
      ))}
    </Stack>
  )
}

/** LoudFindings: errors and warnings, as alerts. */
export function LoudFindings({ findings }: { findings: readonly Diagnostic[] }) {
  return findings.map((d, i) => (
    <Alert key={i} severity={d.severity} sx={{ py: 0 }}>
      {showCodePoints(fieldMessage(d))}
      <Reason finding={d} />
      <FindingDetails details={d.details} items={d.items} />
    </Alert>
  ))
}

/** Reason: the finding's reason in one sentence, under its headline, shown without expanding anything. */
function Reason({ finding }: { finding: Diagnostic }) {
  if (finding.reason === undefined) return null
  return (
    <Box sx={{ mt: 0.25, wordBreak: 'break-word' }} data-testid="finding-reason">
      {showCodePoints(finding.reason)}
    </Box>
  )
}
