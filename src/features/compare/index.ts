// "Compare with…": what the edits change against a base (the cluster's policy, a file), rule by rule and
// request by request. Loaded when its tab is first shown.
import { lazy } from 'react'

/** ComparePanel, loaded when the tab is first shown. */
export const ComparePanel = lazy(() =>
  import('./ComparePanel.tsx').then((m) => ({ default: m.ComparePanel })),
)
