// The Problems tool: every error, warning and lint finding in one list. The panel loads lazily; the badge
// (counts in the tab) is on the first screen and reads only what the store already computes.
import { lazy } from 'react'

export { ProblemsBadge } from './ProblemsBadge.tsx'
/** ProblemsPanel, loaded when the tab is first shown. */
export const ProblemsPanel = lazy(() =>
  import('./ProblemsPanel.tsx').then((m) => ({ default: m.ProblemsPanel })),
)
