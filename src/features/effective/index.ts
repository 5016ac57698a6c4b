// The effective-policy view (DKP): what kube-apiserver really runs. Loaded when its tab is first shown.
import { lazy } from 'react'

/** EffectivePanel, loaded when the tab is first shown. */
export const EffectivePanel = lazy(() =>
  import('./EffectivePanel.tsx').then((m) => ({ default: m.EffectivePanel })),
)
