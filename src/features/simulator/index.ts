// The request simulator ("Test a request"). The panel loads lazily; the badge is on the first screen and
// loads its checker only when the document has saved test requests.
import { lazy } from 'react'

export { SimulatorBadge } from './SimulatorBadge.tsx'
/** SimulatorPanel, loaded when the tab is first shown. */
export const SimulatorPanel = lazy(() =>
  import('./SimulatorPanel.tsx').then((m) => ({ default: m.SimulatorPanel })),
)
