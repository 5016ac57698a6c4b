import { lazy, Suspense, useState } from 'react'
import type { ConfirmDialogProps } from './ConfirmDialogView.tsx'

// MUI's Dialog brings Modal, its focus trap and backdrop (about 9 KB gzip), and a closed dialog renders nothing:
// the dialog's code loads when it first opens, so it is not part of the first screen.
const ConfirmDialogView = lazy(() =>
  import('./ConfirmDialogView.tsx').then((m) => ({ default: m.ConfirmDialogView })),
)

/** ConfirmDialog asks before something that loses work; Cancel has the focus. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  // Mounted from the first opening on, so the dialog can animate out when it closes.
  const [opened, setOpened] = useState(props.open)
  if (props.open && !opened) setOpened(true)
  if (!opened) return null
  return (
    <Suspense fallback={null}>
      <ConfirmDialogView {...props} />
    </Suspense>
  )
}
