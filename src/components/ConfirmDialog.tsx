import { lazy, Suspense } from 'react'
import { useOpenedOnce } from './useOpenedOnce.ts'
import type { ConfirmDialogProps } from './ConfirmDialogView.tsx'

// MUI's Dialog brings Modal, its focus trap and backdrop (about 9 KB gzip), and a closed dialog renders nothing:
// the dialog's code loads when it first opens, so it is not part of the first screen.
const ConfirmDialogView = lazy(() =>
  import('./ConfirmDialogView.tsx').then((m) => ({ default: m.ConfirmDialogView })),
)

/** ConfirmDialog asks before something that loses work; Cancel has the focus. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  if (!useOpenedOnce(props.open)) return null
  return (
    <Suspense fallback={null}>
      <ConfirmDialogView {...props} />
    </Suspense>
  )
}
