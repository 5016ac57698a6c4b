import { MenuItem, TextField } from '@mui/material'
import { memo, useId } from 'react'
import { t } from '../../i18n/index.ts'
import { setRuleField, useDispatch } from '../../state/index.ts'

const toValue = (v: boolean | undefined) => (v === undefined ? 'unset' : String(v))

/** OmitManagedFieldsSelect: the rule's tri-state omitManagedFields (unset inherits the policy's). */
export const OmitManagedFieldsSelect = memo(function OmitManagedFieldsSelect({
  index,
  value,
}: {
  index: number
  value: boolean | undefined
}) {
  const dispatch = useDispatch()
  const id = useId()
  return (
    <TextField
      id={id}
      select
      size="small"
      fullWidth
      label={t.fields.omitManagedFields}
      value={toValue(value)}
      // Named by the label alone ("Omit managed fields"), not MUI's default label + shown value.
      slotProps={{ select: { SelectDisplayProps: { 'aria-labelledby': `${id}-label` } as object } }}
      onChange={(e) =>
        dispatch(
          setRuleField,
          index,
          'omitManagedFields',
          e.target.value === 'unset' ? undefined : e.target.value === 'true',
        )
      }
    >
      <MenuItem value="unset">{t.fields.omitManagedFieldsUnset}</MenuItem>
      <MenuItem value="true">{t.fields.omitManagedFieldsTrue}</MenuItem>
      <MenuItem value="false">{t.fields.omitManagedFieldsFalse}</MenuItem>
    </TextField>
  )
})
