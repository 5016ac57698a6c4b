import { TextField } from '@mui/material'
import { lazy, Suspense } from 'react'
import type { ChipInputProps } from './ChipInput.tsx'

// ChipInput brings MUI's Autocomplete and Popper (about 13 KB gzip): first-screen fields load it lazily.
const ChipInput = lazy(() => import('./ChipInput.tsx').then((m) => ({ default: m.ChipInput })))

/** LazyChipInput is ChipInput for the first screen: a read-only look-alike field until the real one arrives. */
export function LazyChipInput(props: ChipInputProps) {
  const fallback = (
    <TextField
      size="small"
      fullWidth
      label={props.label}
      value={(props.value ?? []).join(', ')}
      helperText={props.helperText}
      error={props.error}
      slotProps={{ htmlInput: { readOnly: true } }}
    />
  )
  return (
    <Suspense fallback={fallback}>
      <ChipInput {...props} />
    </Suspense>
  )
}
