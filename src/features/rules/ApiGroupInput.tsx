import { Autocomplete, TextField } from '@mui/material'
import { memo, useCallback } from 'react'
import { apiGroupSuggestions } from '../../policy/catalog.ts'
import { t } from '../../i18n/index.ts'
import {
  setResourceGroupField,
  useDispatch,
  useFieldDiagnostics,
  useTypingDispatch,
} from '../../state/index.ts'
import { FieldHelp } from './FieldHelp.tsx'

const GROUPS = apiGroupSuggestions()
const label = (g: string) => (g === '' ? t.fields.coreGroupLabel : g)

interface ApiGroupInputProps {
  ruleIndex: number
  groupIndex: number
  group: string
}

/** ApiGroupInput: a group's name, free text with catalog suggestions; empty is the core group. */
export const ApiGroupInput = memo(function ApiGroupInput({
  ruleIndex,
  groupIndex,
  group,
}: ApiGroupInputProps) {
  const dispatch = useDispatch()
  const dispatchTyping = useTypingDispatch()
  const path = `rules[${ruleIndex}].resources[${groupIndex}].group`
  const problems = useFieldDiagnostics(path)
  const onInput = useCallback(
    (_e: unknown, text: string, reason: string) => {
      if (reason === 'input' || reason === 'clear')
        dispatchTyping(path, setResourceGroupField, ruleIndex, groupIndex, 'group', text.trim())
    },
    [dispatchTyping, path, ruleIndex, groupIndex],
  )
  const onPick = useCallback(
    (_e: unknown, value: string | null) =>
      dispatch(setResourceGroupField, ruleIndex, groupIndex, 'group', value ?? ''),
    [dispatch, ruleIndex, groupIndex],
  )
  return (
    <Autocomplete<string, false, false, true>
      freeSolo
      size="small"
      options={GROUPS}
      value={group}
      inputValue={group}
      onInputChange={onInput}
      onChange={onPick}
      getOptionLabel={(g) => g}
      renderOption={(props, option) => {
        const { key, ...rest } = props as typeof props & { key: string }
        return (
          <li key={key} {...rest}>
            {label(option)}
          </li>
        )
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t.fields.apiGroup}
          placeholder={t.fields.coreGroupLabel}
          error={problems.some((d) => d.severity === 'error')}
          helperText={
            <FieldHelp
              problems={problems}
              help={group === '' ? t.fields.coreGroupHelp : groupIndex === 0 ? t.fields.groupHelp : undefined}
            />
          }
        />
      )}
    />
  )
})
