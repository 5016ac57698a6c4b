import { Autocomplete, TextField } from '@mui/material'
import { memo } from 'react'

interface FreeTextFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  suggestions: readonly string[]
  helperText?: string
  disabled?: boolean
}

/** FreeTextField: a text field with suggestions; any text is accepted as typed. */
export const FreeTextField = memo(function FreeTextField({
  label,
  value,
  onChange,
  suggestions,
  helperText,
  disabled,
}: FreeTextFieldProps) {
  return (
    <Autocomplete<string, false, false, true>
      freeSolo
      size="small"
      disabled={disabled}
      options={suggestions as string[]}
      inputValue={value}
      onInputChange={(_e, v, reason) => reason !== 'reset' && onChange(v)}
      onChange={(_e, v) => onChange(v ?? '')}
      value={value}
      renderInput={(params) => <TextField {...params} label={label} helperText={helperText} />}
    />
  )
})
