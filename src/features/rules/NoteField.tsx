import { TextField } from '@mui/material'
import { memo } from 'react'
import { t } from '../../i18n/index.ts'
import { setRuleField, useTypingDispatch } from '../../state/index.ts'

/** NoteField: free text kept as a YAML comment above the rule; typing merges into one undo step. */
export const NoteField = memo(function NoteField({
  index,
  note,
}: {
  index: number
  note: string | undefined
}) {
  const dispatchTyping = useTypingDispatch()
  return (
    <TextField
      size="small"
      fullWidth
      multiline
      // Fixed rows: an auto-sizing textarea measures layout on every keystroke, costly next to 300 rules.
      rows={2}
      label={t.fields.note}
      value={note ?? ''}
      onChange={(e) => dispatchTyping(`rules[${index}].note`, setRuleField, index, 'note', e.target.value)}
      helperText={t.fields.noteHelp}
    />
  )
})
