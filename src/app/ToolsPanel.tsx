import { Box, Paper, Tab, Tabs } from '@mui/material'
import { Suspense, useState } from 'react'
import { t } from '../i18n/index.ts'
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

/** ToolsPanel: the tool tabs (problems, simulator, analyzer…) under the preview; nothing when there are none. */
export function ToolsPanel({ tools }: { tools: readonly ToolDef[] }) {
  const [tab, setTab] = useState(() => (tools.length > 0 ? rememberedTab(tools) : ''))
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
      variant="outlined"
      component="section"
      aria-label={t.app.toolsRegion}
      sx={{
        p: { xs: 1.5, sm: 2 },
        display: 'flex',
        flexDirection: 'column',
        gap: 1.5,
        minHeight: 0,
        height: { md: '100%' },
      }}
    >
      <Tabs
        value={current.id}
        onChange={(_e, v: string) => choose(v)}
        aria-label={t.app.toolsRegion}
        variant="scrollable"
        allowScrollButtonsMobile
        sx={{ borderBottom: 1, borderColor: 'divider', minHeight: 40 }}
      >
        {tools.map((tool) => (
          <Tab
            key={tool.id}
            value={tool.id}
            id={`tool-tab-${tool.id}`}
            aria-controls={current.id === tool.id ? `tool-panel-${tool.id}` : undefined}
            sx={{ minHeight: 40, textTransform: 'none' }}
            label={
              <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
                {tool.label}
                {tool.Badge ? <tool.Badge /> : null}
              </Box>
            }
          />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id={`tool-panel-${current.id}`}
        aria-labelledby={`tool-tab-${current.id}`}
        sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}
      >
        <Suspense fallback={null}>
          <current.Panel />
        </Suspense>
      </Box>
    </Paper>
  )
}
