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
import { RuleChipField, type ChipRuleField } from './RuleChipField.tsx'
import {
  GROUP_SUGGESTIONS,
  NAMESPACE_SUGGESTIONS,
  STAGE_SUGGESTIONS,
  URL_SUGGESTIONS,
  USER_SUGGESTIONS,
} from './suggestions.ts'

/** A list field of the rule, edited as chips. */
interface ChipSpec {
  field: ChipRuleField
  suggestions: readonly string[]
  help: string
  disabled?: boolean
}

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
  const urlsOnly = hasUrls && !hasNamespaces
  const resourcesOnly = (hasResources || hasNamespaces) && !hasUrls
  const chips: ChipSpec[] = [
    { field: 'users', suggestions: USER_SUGGESTIONS, help: f.usersHelp },
    { field: 'userGroups', suggestions: GROUP_SUGGESTIONS, help: f.userGroupsHelp },
    {
      field: 'verbs',
      suggestions: hasUrls ? HTTP_VERBS : RESOURCE_VERBS,
      help: hasUrls ? f.verbsNonResourceHelp : f.verbsHelp,
    },
    { field: 'omitStages', suggestions: STAGE_SUGGESTIONS, help: f.omitStagesHelp },
    {
      field: 'namespaces',
      suggestions: NAMESPACE_SUGGESTIONS,
      help: urlsOnly ? f.exclusiveResources : f.namespacesHelp,
      disabled: urlsOnly,
    },
    {
      field: 'nonResourceURLs',
      suggestions: URL_SUGGESTIONS,
      help: resourcesOnly ? f.exclusiveUrls : f.urlsHelp,
      disabled: resourcesOnly,
    },
  ]
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
      {chips.map((c) => (
        <RevealSpot key={c.field} at={revealKey(index, c.field)}>
          <RuleChipField
            index={index}
            field={c.field}
            label={f[c.field]}
            value={rule[c.field]}
            suggestions={c.suggestions}
            help={c.help}
            disabled={c.disabled}
          />
        </RevealSpot>
      ))}
      <Box sx={{ gridColumn: '1 / -1' }}>
        <ResourcesSection index={index} resources={rule.resources} blockedByUrls={hasUrls} conflict={both} />
      </Box>
      <RevealSpot at={revealKey(index, 'note')} sx={{ gridColumn: '1 / -1' }}>
        <NoteField index={index} note={rule.note} />
      </RevealSpot>
    </Box>
  )
}
