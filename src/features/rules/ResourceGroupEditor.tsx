import CloseIcon from '@mui/icons-material/Close'
import { Box, IconButton } from '@mui/material'
import { memo, useCallback, useMemo } from 'react'
import { resourceSuggestions } from '../../policy/catalog.ts'
import type { GroupResources } from '../../policy/types.ts'
import { ChipInput } from '../../components/ChipInput.tsx'
import { t } from '../../i18n/index.ts'
import {
  fieldOf,
  removeResourceGroup,
  setResourceGroupField,
  useDispatch,
  useFieldDiagnostics,
} from '../../state/index.ts'
import { RevealSpot } from './RevealSpot.tsx'
import { ApiGroupInput } from './ApiGroupInput.tsx'
import { FieldHelp } from './FieldHelp.tsx'

interface ResourceGroupEditorProps {
  ruleIndex: number
  groupIndex: number
  group: GroupResources
}

/** ResourceGroupEditor: one entry of `resources`, a group named "Resource group N". */
export const ResourceGroupEditor = memo(function ResourceGroupEditor({
  ruleIndex,
  groupIndex,
  group,
}: ResourceGroupEditorProps) {
  const dispatch = useDispatch()
  const base = `rules[${ruleIndex}].resources[${groupIndex}]`
  const resourceProblems = useFieldDiagnostics(`${base}.resources`)
  const nameProblems = useFieldDiagnostics(`${base}.resourceNames`)
  const suggestions = useMemo(() => resourceSuggestions(group.group), [group.group])
  const setResources = useCallback(
    (v: string[]) => dispatch(setResourceGroupField, ruleIndex, groupIndex, 'resources', v),
    [dispatch, ruleIndex, groupIndex],
  )
  const setNames = useCallback(
    (v: string[]) => dispatch(setResourceGroupField, ruleIndex, groupIndex, 'resourceNames', v),
    [dispatch, ruleIndex, groupIndex],
  )
  const invalidNames = useMemo(
    () => nameProblems.map((d) => fieldOf(d.at ?? '').item).filter((i): i is number => i !== undefined),
    [nameProblems],
  )
  return (
    <Box
      role="group"
      aria-label={t.fields.resourceGroupName(groupIndex + 1)}
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr) auto', sm: 'minmax(0, 1.6fr) minmax(0, 1fr) auto' },
        gap: 1.5,
        alignItems: 'start',
        pb: 1.5,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <RevealSpot at={`${base}.group`} sx={{ gridColumn: { xs: '1', sm: '1 / 3' } }}>
        <ApiGroupInput ruleIndex={ruleIndex} groupIndex={groupIndex} group={group.group} />
      </RevealSpot>
      <IconButton
        aria-label={t.fields.removeResourceGroup}
        title={t.fields.removeResourceGroup}
        onClick={() => dispatch(removeResourceGroup, ruleIndex, groupIndex)}
        sx={{ gridColumn: { xs: '2', sm: '3' }, gridRow: '1', mt: 0.5 }}
      >
        <CloseIcon fontSize="small" />
      </IconButton>
      <RevealSpot at={`${base}.resources`} sx={{ gridColumn: { xs: '1 / -1', sm: '1' } }}>
        <ChipInput
          label={t.fields.resources}
          value={group.resources}
          onChange={setResources}
          suggestions={suggestions}
          error={resourceProblems.some((d) => d.severity === 'error')}
          helperText={
            <FieldHelp
              problems={resourceProblems}
              help={groupIndex === 0 ? t.fields.resourceListHelp : undefined}
            />
          }
        />
      </RevealSpot>
      <RevealSpot at={`${base}.resourceNames`} sx={{ gridColumn: { xs: '1 / -1', sm: '2 / -1' } }}>
        <ChipInput
          label={t.fields.resourceNames}
          value={group.resourceNames}
          onChange={setNames}
          error={nameProblems.some((d) => d.severity === 'error')}
          invalidItems={invalidNames}
          helperText={
            <FieldHelp
              problems={nameProblems}
              help={groupIndex === 0 ? t.fields.resourceNamesHelp : undefined}
            />
          }
        />
      </RevealSpot>
    </Box>
  )
})
