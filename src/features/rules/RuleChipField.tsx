import { memo, useCallback, useMemo } from 'react'
import { ChipInput } from '../../components/ChipInput.tsx'
import { fieldOf, setRuleField, useDispatch, useFieldDiagnostics } from '../../state/index.ts'
import type { ListRuleField } from '../../policy/ruleFields.ts'
import { FieldHelp } from './FieldHelp.tsx'

/** ChipRuleField: a rule field holding a list of strings (policy/ruleFields.ts), edited as chips. */
export type ChipRuleField = ListRuleField

interface RuleChipFieldProps {
  index: number
  field: ChipRuleField
  label: string
  value: string[] | undefined
  suggestions: readonly string[]
  help: string
  disabled?: boolean
}

/** RuleChipField: a list field of a rule as chips, with the core's findings for it underneath. */
export const RuleChipField = memo(function RuleChipField({
  index,
  field,
  label,
  value,
  suggestions,
  help,
  disabled,
}: RuleChipFieldProps) {
  const dispatch = useDispatch()
  const problems = useFieldDiagnostics(`rules[${index}].${field}`)
  const onChange = useCallback(
    (v: string[]) => dispatch(setRuleField, index, field, v),
    [dispatch, index, field],
  )
  const invalidItems = useMemo(
    () =>
      problems
        .filter((d) => d.severity === 'error')
        .map((d) => fieldOf(d.at ?? d.path).item)
        .filter((i): i is number => i !== undefined),
    [problems],
  )
  const errors = problems.some((d) => d.severity === 'error')
  return (
    <ChipInput
      label={label}
      value={value}
      onChange={onChange}
      suggestions={suggestions}
      error={errors}
      invalidItems={invalidItems}
      disabled={disabled}
      helperText={<FieldHelp problems={problems} help={help} />}
    />
  )
})
