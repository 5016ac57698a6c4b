import { Box } from '@mui/material'
import { verbSuggestions } from '../../policy/catalog.ts'
import type { PolicyRule } from '../../policy/types.ts'
import { t } from '../../i18n/index.ts'
import { LevelSelect } from './LevelSelect.tsx'
import { RevealSpot } from './RevealSpot.tsx'
import { revealKey } from '../../state/index.ts'
import { NoteField } from './NoteField.tsx'
import { OmitManagedFieldsSelect } from './OmitManagedFieldsSelect.tsx'
import { ResourcesSection } from './ResourcesSection.tsx'
import { RuleFindings } from './RuleFindings.tsx'
import { RuleChipField } from './RuleChipField.tsx'
import {
  GROUP_SUGGESTIONS,
  NAMESPACE_SUGGESTIONS,
  STAGE_SUGGESTIONS,
  URL_SUGGESTIONS,
  USER_SUGGESTIONS,
} from './suggestions.ts'

const RESOURCE_VERBS = verbSuggestions(false)
const HTTP_VERBS = verbSuggestions(true)

/**
 * RuleEditor: every PolicyRule field. Resources/namespaces and non-resource URLs exclude each other in the
 * API server, so whichever side is in use disables the other, saying why right there.
 */
export function RuleEditor({ index, rule }: { index: number; rule: PolicyRule }) {
  const hasUrls = (rule.nonResourceURLs?.length ?? 0) > 0
  const hasResources = (rule.resources?.length ?? 0) > 0
  const hasNamespaces = (rule.namespaces?.length ?? 0) > 0
  const both = hasUrls && (hasResources || hasNamespaces)
  const f = t.fields
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' },
        gap: 2,
        pt: 1,
      }}
    >
      <RuleFindings index={index} />
      <RevealSpot at={revealKey(index, 'level')}>
        <LevelSelect index={index} level={rule.level} />
      </RevealSpot>
      <RevealSpot at={revealKey(index, 'omitManagedFields')}>
        <OmitManagedFieldsSelect index={index} value={rule.omitManagedFields} />
      </RevealSpot>
      <RevealSpot at={revealKey(index, 'users')}>
        <RuleChipField
          index={index}
          field="users"
          label={f.users}
          value={rule.users}
          suggestions={USER_SUGGESTIONS}
          help={f.usersHelp}
        />
      </RevealSpot>
      <RevealSpot at={revealKey(index, 'userGroups')}>
        <RuleChipField
          index={index}
          field="userGroups"
          label={f.userGroups}
          value={rule.userGroups}
          suggestions={GROUP_SUGGESTIONS}
          help={f.userGroupsHelp}
        />
      </RevealSpot>
      <RevealSpot at={revealKey(index, 'verbs')}>
        <RuleChipField
          index={index}
          field="verbs"
          label={f.verbs}
          value={rule.verbs}
          suggestions={hasUrls ? HTTP_VERBS : RESOURCE_VERBS}
          help={hasUrls ? f.verbsNonResourceHelp : f.verbsHelp}
        />
      </RevealSpot>
      <RevealSpot at={revealKey(index, 'omitStages')}>
        <RuleChipField
          index={index}
          field="omitStages"
          label={f.omitStages}
          value={rule.omitStages}
          suggestions={STAGE_SUGGESTIONS}
          help={f.omitStagesHelp}
        />
      </RevealSpot>
      <RevealSpot at={revealKey(index, 'namespaces')}>
        <RuleChipField
          index={index}
          field="namespaces"
          label={f.namespaces}
          value={rule.namespaces}
          suggestions={NAMESPACE_SUGGESTIONS}
          help={hasUrls && !hasNamespaces ? f.exclusiveResources : f.namespacesHelp}
          disabled={hasUrls && !hasNamespaces}
        />
      </RevealSpot>
      <RevealSpot at={revealKey(index, 'nonResourceURLs')}>
        <RuleChipField
          index={index}
          field="nonResourceURLs"
          label={f.nonResourceURLs}
          value={rule.nonResourceURLs}
          suggestions={URL_SUGGESTIONS}
          help={(hasResources || hasNamespaces) && !hasUrls ? f.exclusiveUrls : f.urlsHelp}
          disabled={(hasResources || hasNamespaces) && !hasUrls}
        />
      </RevealSpot>
      <Box sx={{ gridColumn: '1 / -1' }}>
        <ResourcesSection index={index} resources={rule.resources} blockedByUrls={hasUrls} conflict={both} />
      </Box>
      <RevealSpot at={revealKey(index, 'note')} sx={{ gridColumn: '1 / -1' }}>
        <NoteField index={index} note={rule.note} />
      </RevealSpot>
    </Box>
  )
}
