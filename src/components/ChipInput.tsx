import { Autocomplete, Chip, TextField } from '@mui/material'
import { memo, useCallback, useState, type ClipboardEvent, type ReactNode, type SyntheticEvent } from 'react'
import { t } from '../i18n/index.ts'
import { addAll, display, parseItem, SEPARATORS } from './chipValues.ts'

export interface ChipInputProps {
  /** The field's accessible name and visible label. */
  label: string
  value: readonly string[] | undefined
  onChange: (values: string[]) => void
  suggestions?: readonly string[]
  helperText?: ReactNode
  error?: boolean
  /** Positions of values to mark as invalid. */
  invalidItems?: readonly number[]
  disabled?: boolean
  placeholder?: string
  id?: string
  /** Text already typed in the field before it became this one (see LazyChipInput). */
  initialInput?: string
}

const EMPTY: readonly string[] = []

/**
 * ChipInput edits a list of strings as chips. A value is added by typing and pressing Enter or a comma, by
 * picking a suggestion, or by leaving the field; pasting a comma- or newline-separated list adds each item.
 * Free text is always accepted; `""` adds the empty string.
 */
export const ChipInput = memo(function ChipInput({
  label,
  value,
  onChange,
  suggestions = EMPTY,
  helperText,
  error,
  invalidItems,
  disabled,
  placeholder,
  id,
  initialInput = '',
}: ChipInputProps) {
  const values = value ?? EMPTY
  const [input, setInput] = useState(initialInput)

  const handleChange = useCallback(
    (_e: SyntheticEvent, next: string[]) => {
      // New items arrive at the end; earlier ones are kept or removed as they are.
      const kept = next.filter((v) => values.includes(v))
      onChange(
        addAll(
          kept,
          next.filter((v) => !values.includes(v)),
        ),
      )
    },
    [values, onChange],
  )

  const handleInputChange = useCallback(
    (_e: SyntheticEvent, text: string, reason: string) => {
      if (reason === 'reset') {
        setInput('')
        return
      }
      if (SEPARATORS.test(text)) {
        const parts = text.split(SEPARATORS)
        const rest = parts.pop() ?? ''
        onChange(addAll(values, parts))
        setInput(rest)
        return
      }
      setInput(text)
    },
    [values, onChange],
  )

  const handlePaste = useCallback(
    (e: ClipboardEvent<HTMLDivElement>) => {
      const text = e.clipboardData.getData('text')
      if (!SEPARATORS.test(text)) return
      e.preventDefault()
      onChange(addAll(values, (input + text).split(SEPARATORS)))
      setInput('')
    },
    [values, onChange, input],
  )

  const handleBlur = useCallback(() => {
    if (parseItem(input) === null) return
    onChange(addAll(values, [input]))
    setInput('')
  }, [values, onChange, input])

  return (
    <Autocomplete<string, true, false, true>
      multiple
      freeSolo
      size="small"
      id={id}
      disabled={disabled}
      options={suggestions as string[]}
      value={values as string[]}
      inputValue={input}
      onChange={handleChange}
      onInputChange={handleInputChange}
      onBlur={handleBlur}
      filterSelectedOptions
      autoHighlight={false}
      getOptionLabel={display}
      renderValue={(items, getItemProps) =>
        items.map((item, i) => {
          const { key, ...props } = getItemProps({ index: i })
          const bad = invalidItems?.includes(i) ?? false
          return (
            <Chip
              key={key}
              {...props}
              size="small"
              // <bdi>: a value in a right-to-left script cannot reorder what is around it.
              label={<bdi>{display(item)}</bdi>}
              color={bad ? 'error' : 'default'}
              variant={bad ? 'filled' : 'outlined'}
              title={bad ? t.chip.invalid : undefined}
            />
          )
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={error}
          helperText={helperText}
          placeholder={values.length === 0 ? placeholder : undefined}
          onPaste={handlePaste}
        />
      )}
    />
  )
})
