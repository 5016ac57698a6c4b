import { Box, FormControl, FormHelperText, InputLabel, OutlinedInput } from '@mui/material'
import { lazy, startTransition, Suspense, useEffect, useId, useRef, useState, type RefObject } from 'react'
import type { ChipInputProps } from './ChipInput.tsx'
import { addAll, SEPARATORS } from './chipValues.ts'
import { showCodePoints } from './visibleText.ts'

// ChipInput brings MUI's Autocomplete and Popper (about 20 KB gzip): a first-screen field loads it only when it
// has values to show as chips, or when the user heads for it (pointer over it, or focus on it).
const loadChipInput = () => import('./ChipInput.tsx').then((m) => ({ default: m.ChipInput }))
const ChipInput = lazy(loadChipInput)

/** FocusInside moves focus into `box`'s input once the real field has replaced a focused look-alike. */
function FocusInside({
  boxRef,
  wantedRef,
}: {
  boxRef: RefObject<HTMLElement | null>
  wantedRef: RefObject<boolean>
}) {
  useEffect(() => {
    const active = document.activeElement
    if (wantedRef.current && (active === null || active === document.body))
      boxRef.current?.querySelector('input')?.focus()
    wantedRef.current = false
  }, [boxRef, wantedRef])
  return null
}

/**
 * LazyChipInput is ChipInput for the first screen: a light look-alike field (the same role and name) until the
 * user points at it or focuses it (focus then moves into the real field), or until it has values. What is typed
 * into the look-alike is kept: a comma or Enter adds the value, and the rest carries over into the real field.
 */
export function LazyChipInput(props: ChipInputProps) {
  const [asked, setAsked] = useState(false)
  const [draft, setDraft] = useState('')
  const values = props.value ?? []
  const commit = (text: string) => {
    const parts = text.split(SEPARATORS)
    const rest = parts.pop() ?? ''
    if (parts.length > 0) props.onChange(addAll(values, parts))
    setDraft(rest)
  }
  const box = useRef<HTMLElement | null>(null)
  // Whether the look-alike held focus when it went away (a Tab away from it clears this).
  const focused = useRef(false)
  const wake = () => {
    void loadChipInput()
    // A transition keeps the look-alike (and its focus) on screen until the real field is ready.
    startTransition(() => setAsked(true))
  }
  const id = useId()
  const helperId = props.helperText ? `${id}-helper-text` : undefined
  // The look-alike is what MUI's TextField renders for a small, outlined, full-width field, put together from
  // its parts (the same elements, classes, styles, ids and ARIA; a test compares them): TextField itself would
  // bring Select, and with it Menu, Popover and Modal, onto the first screen (about 17 KB gzip).
  const fallback = (
    <FormControl
      className="MuiTextField-root"
      size="small"
      fullWidth
      error={props.error}
      disabled={props.disabled}
      onPointerEnter={wake}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && draft.trim() !== '') {
          e.preventDefault()
          commit(`${draft},`)
        }
      }}
    >
      <InputLabel htmlFor={id} id={`${id}-label`}>
        {props.label}
      </InputLabel>
      <OutlinedInput
        id={id}
        label={props.label}
        fullWidth
        aria-describedby={helperId}
        value={values.length > 0 ? values.map(showCodePoints).join(', ') : draft}
        onChange={(e) => commit(e.target.value)}
        onFocus={() => {
          focused.current = true
          wake()
        }}
        onBlur={(e) => {
          if (e.relatedTarget !== null) focused.current = false
        }}
        placeholder={props.placeholder}
        inputProps={{
          // The real field is a combobox (MUI Autocomplete): the look-alike has the same role and name.
          role: 'combobox',
          'aria-expanded': false,
          'aria-autocomplete': 'list',
          readOnly: values.length > 0,
        }}
      />
      {props.helperText ? <FormHelperText id={helperId}>{props.helperText}</FormHelperText> : null}
    </FormControl>
  )
  const real = asked || values.length > 0
  return (
    <Box ref={box}>
      <Suspense fallback={fallback}>
        {real ? (
          <>
            <ChipInput {...props} initialInput={draft} />
            <FocusInside boxRef={box} wantedRef={focused} />
          </>
        ) : (
          fallback
        )}
      </Suspense>
    </Box>
  )
}
