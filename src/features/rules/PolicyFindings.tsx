// What the core says about the rule list as a whole (e.g. requests no rule logs). The notes' toggle sits in the
// Rules heading's row, whose height does not change when it appears: lint loads on first use, and a toggle
// arriving late on a line of its own would push the rules down under the user's pointer.
import { Box, Stack } from '@mui/material'
import { detailsOnce, useFieldDiagnostics } from '../../state/index.ts'
import { LoudFindings, NotesList, NotesToggle } from './FindingsList.tsx'

const NOTES_ID = 'policy-notes'

/** PolicyNotesToggle: "Show n notes" for the rule list, in the heading's row; nothing when there are none. */
export function PolicyNotesToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const count = useFieldDiagnostics('rules').filter((d) => d.severity === 'info').length
  if (count === 0) return null
  return (
    <Box>
      <NotesToggle count={count} open={open} controls={NOTES_ID} onToggle={onToggle} />
    </Box>
  )
}

/** PolicyFindings: the rule list's errors and warnings, and its notes when `notesOpen`. */
export function PolicyFindings({ notesOpen }: { notesOpen: boolean }) {
  const findings = detailsOnce(useFieldDiagnostics('rules'))
  const loud = findings.filter((d) => d.severity !== 'info')
  const notes = notesOpen ? findings.filter((d) => d.severity === 'info') : []
  if (loud.length === 0 && notes.length === 0) return null
  return (
    <Stack spacing={1} sx={{ mb: 1.5 }}>
      <LoudFindings findings={loud} />
      {notes.length > 0 && <NotesList notes={notes} id={NOTES_ID} />}
    </Stack>
  )
}
