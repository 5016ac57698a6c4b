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
      // Fixed rows, and a plain <textarea>: MUI renders `multiline` (even with `rows`) as TextareaAutosize, which
      // reads the page's layout (getComputedStyle and a hidden copy's scrollHeight) as it mounts and on every
      // keystroke — with 2,000 rules imported that forced style and layout was a third of opening a rule.
      rows={2}
      slotProps={{ input: { inputComponent: 'textarea' } }}
      label={t.fields.note}
      value={note ?? ''}
      onChange={(e) => dispatchTyping(`rules[${index}].note`, setRuleField, index, 'note', e.target.value)}
      helperText={t.fields.noteHelp}
    />
  )
})
