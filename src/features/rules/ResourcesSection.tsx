import AddIcon from '@mui/icons-material/Add'
import { Alert, Box, Button, Stack, Typography } from '@mui/material'
import { memo } from 'react'
import type { GroupResources } from '../../policy/types.ts'
import { t } from '../../i18n/index.ts'
import { addResourceGroup, revealKey, useDispatch } from '../../state/index.ts'
import { ResourceGroupEditor } from './ResourceGroupEditor.tsx'
import { useRevealTarget } from './useRevealTarget.ts'

interface ResourcesSectionProps {
  index: number
  resources: GroupResources[] | undefined
  /** The rule matches non-resource URLs, so resources cannot be added. */
  blockedByUrls: boolean
  /** The rule has both, which the API server refuses. */
  conflict: boolean
}

/** ResourcesSection: the rule's resource groups (API group + resources + names), repeatable. */
export const ResourcesSection = memo(function ResourcesSection({
  index,
  resources,
  blockedByUrls,
  conflict,
}: ResourcesSectionProps) {
  const dispatch = useDispatch()
  const addRef = useRevealTarget<HTMLButtonElement>(revealKey(index, 'addResourceGroup'))
  const groups = resources ?? []
  const blocked = blockedByUrls && groups.length === 0
  return (
    <Box
      component="fieldset"
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 1.5, pb: 1.5, pt: 0.5, m: 0 }}
    >
      <Typography component="legend" variant="body2" sx={{ px: 0.5, color: 'text.secondary' }}>
        {t.fields.resourcesHeading}
      </Typography>
      {conflict && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {t.fields.exclusiveBoth}
        </Alert>
      )}
      {blocked ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t.fields.exclusiveResources}
        </Typography>
      ) : (
        groups.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t.fields.resourcesHelp}
          </Typography>
        )
      )}
      <Stack spacing={1.5}>
        {groups.map((g, j) => (
          <ResourceGroupEditor key={j} ruleIndex={index} groupIndex={j} group={g} />
        ))}
      </Stack>
      <Button
        ref={addRef}
        size="small"
        startIcon={<AddIcon />}
        sx={{ mt: groups.length > 0 ? 1 : 0 }}
        disabled={blocked}
        onClick={() => dispatch(addResourceGroup, index)}
      >
        {t.fields.addResourceGroup}
      </Button>
    </Box>
  )
})
