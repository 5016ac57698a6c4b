import CloseFullscreenIcon from '@mui/icons-material/CloseFullscreen'
import OpenInFullIcon from '@mui/icons-material/OpenInFull'
import { Box, IconButton, Paper, Tab, Tabs } from '@mui/material'
import { Suspense, useEffect, useRef, useState } from 'react'
import { t } from '../i18n/index.ts'
import { subscribeTool } from '../state/tools.ts'
import type { ToolDef } from './tools.tsx'

const STORAGE_KEY = 'abp.tools.tab'

function rememberedTab(tools: readonly ToolDef[]): string {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    if (saved && tools.some((x) => x.id === saved)) return saved
  } catch {
    /* storage may be unavailable (private mode); the first tab it is */
  }
  return tools[0]!.id
}

interface ToolsPanelProps {
  tools: readonly ToolDef[]
  /** Whether the panel has most of the column (wide screens only); the toggle shows when this is given. */
  enlarged?: boolean
  onToggleEnlarged?: () => void
}

/** ToolsPanel: the tool tabs (problems, simulator, analyzer…) under the preview; nothing when there are none. */
export function ToolsPanel({ tools, enlarged, onToggleEnlarged }: ToolsPanelProps) {
  const [tab, setTab] = useState(() => (tools.length > 0 ? rememberedTab(tools) : ''))
  // Another tool may ask for a tab (e.g. the comparison's "Open in simulator", the problems banner's count);
  // on a phone the panel is far below, so it comes into view.
  const panel = useRef<HTMLElement>(null)
  useEffect(
    () =>
      subscribeTool((id) => {
        setTab(id)
        panel.current?.scrollIntoView?.({ block: 'nearest' })
      }),
    [],
  )
  if (tools.length === 0) return null
  const current = tools.find((x) => x.id === tab) ?? tools[0]!
  const choose = (id: string) => {
    setTab(id)
    try {
      localStorage.setItem(STORAGE_KEY, id)
    } catch {
      /* not remembered, that is all */
    }
  }
  return (
    <Paper
      ref={panel}
      variant="outlined"
      component="section"
      aria-label={t.app.toolsRegion}
      sx={{
        p: { xs: 1.5, sm: 2 },
        display: 'flex',
        flexDirection: 'column',
        gap: 1.5,
        // Enlarged: at least the rest of the screen under the preview (40vh), and as tall as its content.
        minHeight: { xs: 0, md: enlarged ? 'calc(60vh - 112px)' : 0 },
        height: { md: enlarged ? 'auto' : '100%' },
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', borderBottom: 1, borderColor: 'divider' }}>
        <Tabs
          value={current.id}
          onChange={(_e, v: string) => choose(v)}
          aria-label={t.app.toolsRegion}
          variant="scrollable"
          allowScrollButtonsMobile
          sx={{ minHeight: 40, flex: 1, minWidth: 0 }}
        >
          {tools.map((tool) => (
            <Tab
              key={tool.id}
              value={tool.id}
              id={`tool-tab-${tool.id}`}
              aria-controls={current.id === tool.id ? `tool-panel-${tool.id}` : undefined}
              // On wide screens a long label (Russian: «Проверить запрос») wraps onto a second line rather
              // than pushing the last tabs behind a scroll arrow; phones scroll the row as before.
              sx={{
                minHeight: 40,
                textTransform: 'none',
                px: { md: 1.25 },
                flexShrink: { md: 1 },
                minWidth: { md: 'min-content' },
                lineHeight: 1.25,
              }}
              label={
                <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
                  {tool.label}
                  {tool.Badge ? <tool.Badge /> : null}
                </Box>
              }
            />
          ))}
        </Tabs>
        {onToggleEnlarged ? (
          // A native title, not MUI's Tooltip: Popper would weigh on the first screen's JavaScript.
          <IconButton
            title={enlarged ? t.app.toolsRestore : t.app.toolsEnlarge}
            size="small"
            aria-label={t.app.toolsEnlarge}
            aria-pressed={enlarged === true}
            onClick={onToggleEnlarged}
            sx={{ display: { xs: 'none', md: 'inline-flex' } }}
          >
            {enlarged ? <CloseFullscreenIcon fontSize="small" /> : <OpenInFullIcon fontSize="small" />}
          </IconButton>
        ) : null}
      </Box>
      <Box
        role="tabpanel"
        id={`tool-panel-${current.id}`}
        aria-labelledby={`tool-tab-${current.id}`}
        sx={{ flex: 1, minHeight: 0, overflow: enlarged ? 'visible' : 'auto' }}
      >
        <Suspense fallback={null}>
          <current.Panel />
        </Suspense>
      </Box>
    </Paper>
  )
}
