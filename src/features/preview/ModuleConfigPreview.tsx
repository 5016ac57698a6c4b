import { Stack } from '@mui/material'
import { t } from '../../i18n/index.ts'
import { useModuleConfigText } from '../../state/index.ts'
import { DkpOnlyNote } from './DkpOnlyNote.tsx'
import { ModuleConfigControls } from './ModuleConfigControls.tsx'
import { PreviewPane } from './PreviewPane.tsx'
import { useDraftBlocked, useModuleConfigBlocked } from './usePolicyBlocked.ts'

/** ModuleConfigPreview: the control-plane-manager ModuleConfig and its audit settings. */
export function ModuleConfigPreview() {
  const draft = useDraftBlocked(false)
  const moduleConfig = useModuleConfigBlocked()
  return (
    <PreviewPane
      description={t.preview.descriptions.moduleConfig}
      controls={
        <Stack spacing={1.5}>
          <DkpOnlyNote />
          <ModuleConfigControls />
        </Stack>
      }
      text={useModuleConfigText()}
      language="yaml"
      modelPath="control-plane-manager.yaml"
      codeLabel={t.preview.tabs.moduleConfig}
      filename="control-plane-manager.yaml"
      blockedReason={draft ?? moduleConfig}
    />
  )
}
