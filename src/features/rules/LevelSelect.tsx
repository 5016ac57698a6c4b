import { ListItemText, MenuItem, TextField } from '@mui/material'
import { memo, useId } from 'react'
import { LEVELS } from '../../policy/types.ts'
import { t } from '../../i18n/index.ts'
import { setRuleField, useDispatch, useFieldDiagnostics } from '../../state/index.ts'
import { FieldHelp } from './FieldHelp.tsx'

/** LevelSelect: the rule's level, each level explained in one line. */
export const LevelSelect = memo(function LevelSelect({ index, level }: { index: number; level: string }) {
  const dispatch = useDispatch()
  const problems = useFieldDiagnostics(`rules[${index}].level`)
  const known = (LEVELS as readonly string[]).includes(level)
  const id = useId()
  return (
    <TextField
      id={id}
      select
      size="small"
      fullWidth
      label={t.fields.level}
      value={level}
      onChange={(e) => dispatch(setRuleField, index, 'level', e.target.value)}
      error={problems.some((d) => d.severity === 'error')}
      helperText={<FieldHelp problems={problems} help={t.levels[level]} />}
      slotProps={{
        select: {
          // Named by the label alone ("Level"), not MUI's default label + shown value ("Level Metadata").
          SelectDisplayProps: { 'data-field': 'level', 'aria-labelledby': `${id}-label` } as object,
          renderValue: (v) => (v as string) || t.fields.noLevel,
        },
      }}
    >
      {!known && (
        <MenuItem value={level} disabled>
          {level || t.fields.noLevel}
        </MenuItem>
      )}
      {LEVELS.map((l) => (
        <MenuItem key={l} value={l}>
          <ListItemText primary={l} secondary={t.levels[l]} />
        </MenuItem>
      ))}
    </TextField>
  )
})
