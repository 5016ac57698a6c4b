// "Analyze a log": what the policy being edited would record for a real audit log, read in a worker. The panel,
// its worker and its charts load only when the tab is first shown.
import { lazy } from 'react'

/** AnalyzerPanel, loaded when the tab is first shown. */
export const AnalyzerPanel = lazy(() =>
  import('./AnalyzerPanel.tsx').then((m) => ({ default: m.AnalyzerPanel })),
)
