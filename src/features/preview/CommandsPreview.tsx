import { Stack, ToggleButton, ToggleButtonGroup } from '@mui/material'
import { useState } from 'react'
import type { Kubectl } from '../../policy/shellCommands.ts'
import { t } from '../../i18n/index.ts'
import { useApplyCommands, useApplyScript } from '../../state/outputs.ts'
import { DkpOnlyNote } from './DkpOnlyNote.tsx'
import { PreviewPane } from './PreviewPane.tsx'
import { useCommandsBlocked } from './usePolicyBlocked.ts'

/** CommandsPreview: paste-ready `d8 k` or kubectl commands (heredocs included); downloads apply.sh. */
export function CommandsPreview() {
  const [tool, setTool] = useState<Kubectl>('d8')
  const text = useApplyCommands(tool)
  const script = useApplyScript()
  return (
    <PreviewPane
      description={`${t.preview.descriptions.commands} ${t.preview.downloadScript}`}
      controls={
        <Stack spacing={1.5} alignItems="flex-start">
          <DkpOnlyNote />
          <ToggleButtonGroup
            exclusive
            size="small"
            color="primary"
            value={tool}
            aria-label={t.preview.tool}
            onChange={(_e, v: Kubectl | null) => v && setTool(v)}
          >
            <ToggleButton value="d8">{t.preview.toolD8}</ToggleButton>
            <ToggleButton value="kubectl">{t.preview.toolKubectl}</ToggleButton>
          </ToggleButtonGroup>
        </Stack>
      }
      text={text}
      downloadText={script}
      mime="text/x-shellscript"
      language="shell"
      modelPath="apply-commands.sh"
      codeLabel={t.preview.tabs.commands}
      filename="apply.sh"
      blockedReason={useCommandsBlocked()}
    />
  )
}
