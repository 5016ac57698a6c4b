import { Box, Stack } from '@mui/material'
import { useState } from 'react'
import { PresetQuickStart } from '../features/presets/index.ts'
import { PreviewPanel } from '../features/preview/index.ts'
import { PolicySettings, RulesPanel } from '../features/rules/index.ts'
import { t } from '../i18n/index.ts'
import { TOOLS } from './tools.tsx'
import { SplitHandle } from './SplitHandle.tsx'
import { ToolsPanel } from './ToolsPanel.tsx'
import { useSplit } from './useSplit.ts'

/** BuilderLayout: editor and preview side by side on wide screens, stacked on narrow ones. */
export function BuilderLayout() {
  // The analyzer's report and the simulator want room: the tools panel can take most of the column.
  const [toolsEnlarged, setToolsEnlarged] = useState(false)
  // Enlarged, the tools grow with their content and the page scrolls (no report squeezed into a scroll box);
  // the preview keeps a fixed, smaller height above them.
  const rows = toolsEnlarged ? 'minmax(0, 40vh) auto' : 'minmax(0, 3fr) minmax(0, 2fr)'
  // The editor column's share of the width: the bar between the columns moves it (and it is remembered).
  const [split, setSplit] = useSplit()
  return (
    <Box
      component="main"
      sx={{
        display: 'grid',
        gridTemplateColumns: {
          xs: 'minmax(0, 1fr)',
          md: `minmax(0, ${split}fr) 12px minmax(0, ${100 - split}fr)`,
        },
        gap: { xs: 2, md: 1 },
        p: { xs: 1, sm: 2 },
        alignItems: 'start',
        maxWidth: 1920,
        mx: 'auto',
      }}
    >
      <Stack spacing={2} aria-label={t.app.editorRegion} component="div" sx={{ minWidth: 0 }}>
        <PolicySettings />
        <RulesPanel emptyActions={<PresetQuickStart />} />
      </Stack>
      <SplitHandle value={split} onChange={setSplit} />
      <Box
        sx={{
          position: { md: toolsEnlarged ? 'static' : 'sticky' },
          top: { md: 80 },
          height: { md: toolsEnlarged ? 'auto' : 'calc(100vh - 96px)' },
          minWidth: 0,
          display: 'grid',
          // minmax(0, …) lets long code lines scroll inside the panes instead of widening the page.
          gridTemplateColumns: 'minmax(0, 1fr)',
          // Outputs above, tools below once there are any (each scrolls inside its own half).
          gridTemplateRows: { md: TOOLS.length > 0 ? rows : 'minmax(0, 1fr)' },
          gap: 2,
        }}
      >
        <PreviewPanel />
        <ToolsPanel
          tools={TOOLS}
          enlarged={toolsEnlarged}
          onToggleEnlarged={() => setToolsEnlarged((v) => !v)}
        />
      </Box>
    </Box>
  )
}
