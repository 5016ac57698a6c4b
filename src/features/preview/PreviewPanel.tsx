import { Paper, Tab, Tabs } from '@mui/material'
import { lazy, Suspense, useState, type ComponentType } from 'react'
import { t } from '../../i18n/index.ts'
import { useRevealRequest } from '../../state/index.ts'
import { PolicyPreview } from './PolicyPreview.tsx'
import { ProblemsBanner } from './ProblemsBanner.tsx'

// The Secret and Commands tabs need the yaml library (through the core's secret.ts), the ModuleConfig tab its
// own controls (radios, switch): each is loaded when opened.
const SecretPreview = lazy(() => import('./SecretPreview.tsx').then((m) => ({ default: m.SecretPreview })))
const ModuleConfigPreview = lazy(() =>
  import('./ModuleConfigPreview.tsx').then((m) => ({ default: m.ModuleConfigPreview })),
)
const CommandsPreview = lazy(() =>
  import('./CommandsPreview.tsx').then((m) => ({ default: m.CommandsPreview })),
)

const TABS = ['policy', 'secret', 'moduleConfig', 'commands'] as const
type TabKey = (typeof TABS)[number]

const PANES: Record<TabKey, ComponentType> = {
  policy: PolicyPreview,
  secret: SecretPreview,
  moduleConfig: ModuleConfigPreview,
  commands: CommandsPreview,
}

/** PreviewPanel: the live outputs in tabs (Policy, Secret, ModuleConfig, Commands); only the open one is computed. */
export function PreviewPanel() {
  const [tab, setTab] = useState<TabKey>('policy')
  // "Show in the YAML" (state/reveal.ts) opens the Policy tab; its editor then puts the cursor there. A
  // ModuleConfig finding opens the ModuleConfig tab; its controls then focus the one concerned. (Set while
  // rendering, once per request: the tab is right in the same render.)
  const yamlAsk = useRevealRequest('yaml')?.seq ?? 0
  const moduleConfigAsk = useRevealRequest('moduleConfig')?.seq ?? 0
  const [answered, setAnswered] = useState(0)
  const ask = Math.max(yamlAsk, moduleConfigAsk)
  if (ask > answered) {
    setAnswered(ask)
    setTab(ask === yamlAsk ? 'policy' : 'moduleConfig')
  }
  const Pane = PANES[tab]
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={t.app.previewRegion}
      sx={{
        p: { xs: 1.5, sm: 2 },
        display: 'flex',
        flexDirection: 'column',
        gap: 1.5,
        height: { md: '100%' },
        minHeight: 0,
        // When the tools panel takes most of the column, the preview scrolls inside its smaller half.
        overflow: { md: 'auto' },
      }}
    >
      <ProblemsBanner />
      <Tabs
        value={tab}
        onChange={(_e, v: TabKey) => setTab(v)}
        aria-label={t.preview.tabsLabel}
        variant="scrollable"
        allowScrollButtonsMobile
        sx={{ borderBottom: 1, borderColor: 'divider', minHeight: 40 }}
      >
        {TABS.map((k) => (
          <Tab
            key={k}
            value={k}
            label={t.preview.tabs[k]}
            id={`preview-tab-${k}`}
            aria-controls={tab === k ? `preview-panel-${k}` : undefined}
            sx={{ minHeight: 40, textTransform: 'none' }}
          />
        ))}
      </Tabs>
      <div
        role="tabpanel"
        id={`preview-panel-${tab}`}
        aria-labelledby={`preview-tab-${tab}`}
        style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
      >
        <Suspense fallback={null}>
          <Pane />
        </Suspense>
      </div>
    </Paper>
  )
}
