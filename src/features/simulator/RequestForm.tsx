import { Box, Checkbox, FormControlLabel, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material'
import { useCallback, useId, useMemo } from 'react'
import {
  apiGroupSuggestions,
  groupSuggestions,
  resourceSuggestions,
  verbSuggestions,
} from '../../policy/catalog.ts'
import type { RequestAttributes } from '../../policy/types.ts'
import { ChipInput } from '../../components/ChipInput.tsx'
import { t } from '../../i18n/verify.ts'
import { setTestRequest } from '../../state/simulation.ts'
import { FreeTextField } from './FreeTextField.tsx'
import { addedGroupsOf, withUser } from './identityFill.ts'

const GROUPS = groupSuggestions()
const API_GROUPS = apiGroupSuggestions()
const VERBS = { resource: verbSuggestions(false), url: verbSuggestions(true) }

/** RequestForm: every attribute of the test request the policy looks at. */
export function RequestForm({ request }: { request: RequestAttributes }) {
  const f = t.verify.simulator.fields
  const kindLabel = useId()
  const set = useCallback(
    <K extends keyof RequestAttributes>(key: K, value: RequestAttributes[K]) =>
      setTestRequest({ ...request, [key]: value }),
    [request],
  )
  const resources = useMemo(() => {
    const all = resourceSuggestions(request.apiGroup)
    return {
      names: all.filter((r) => !r.includes('/')),
      subs: [
        ...new Set(all.filter((r) => r.startsWith(`${request.resource}/`)).map((r) => r.split('/')[1]!)),
      ],
    }
  }, [request.apiGroup, request.resource])
  const noUser = request.user === null
  // The groups kube-apiserver gives this user name that the request carries (shown as added, removable).
  const added = addedGroupsOf(request)
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' },
        gap: 1.5,
      }}
    >
      <TextField
        size="small"
        label={f.user}
        value={request.user ?? ''}
        disabled={noUser}
        onChange={(e) => setTestRequest(withUser(request, e.target.value))}
        helperText={f.userHelp}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={noUser}
            onChange={(e) => setTestRequest({ ...request, user: e.target.checked ? null : '' })}
          />
        }
        label={f.noUser}
      />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <ChipInput
          label={f.groups}
          value={request.groups}
          onChange={(v) => set('groups', v)}
          suggestions={GROUPS}
          disabled={noUser}
          helperText={noUser ? f.groupsNoUser : added.length > 0 ? f.addedGroups(added) : f.groupsHelp}
        />
      </Box>
      <Box sx={{ gridColumn: '1 / -1', display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
        <span id={kindLabel} style={{ fontSize: 14 }}>
          {f.kind}
        </span>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={request.resourceRequest ? 'resource' : 'url'}
          aria-labelledby={kindLabel}
          onChange={(_e, v: string | null) => v && set('resourceRequest', v === 'resource')}
        >
          <ToggleButton value="resource">{f.resourceRequest}</ToggleButton>
          <ToggleButton value="url">{f.nonResourceRequest}</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      <FreeTextField
        label={f.verb}
        value={request.verb}
        onChange={(v) => set('verb', v)}
        suggestions={request.resourceRequest ? VERBS.resource : VERBS.url}
        helperText={request.resourceRequest ? f.verbHelp : f.verbUrlHelp}
      />
      {request.resourceRequest ? (
        <>
          <FreeTextField
            label={f.apiGroup}
            value={request.apiGroup}
            onChange={(v) => set('apiGroup', v)}
            suggestions={API_GROUPS}
            helperText={f.apiGroupHelp}
          />
          <FreeTextField
            label={f.resource}
            value={request.resource}
            onChange={(v) => set('resource', v)}
            suggestions={resources.names}
          />
          <FreeTextField
            label={f.subresource}
            value={request.subresource}
            onChange={(v) => set('subresource', v)}
            suggestions={resources.subs}
          />
          <TextField
            size="small"
            label={f.namespace}
            value={request.namespace}
            onChange={(e) => set('namespace', e.target.value)}
            helperText={f.namespaceHelp}
          />
          <TextField
            size="small"
            label={f.name}
            value={request.name}
            onChange={(e) => set('name', e.target.value)}
            helperText={f.nameHelp}
          />
        </>
      ) : (
        <TextField
          size="small"
          label={f.path}
          value={request.path}
          onChange={(e) => set('path', e.target.value)}
          helperText={f.pathHelp}
        />
      )}
    </Box>
  )
}
