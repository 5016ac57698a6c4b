// Opening the Share dialog and the "New policy" question from the header: a tiny store the host listens to.
import { useSyncExternalStore } from 'react'

/** KeepWorkDialog: which of the feature's dialogs is open. */
export type KeepWorkDialog = 'share' | 'new-policy' | null

let open: KeepWorkDialog = null
const listeners = new Set<() => void>()

/** openKeepWorkDialog opens the Share dialog or the New policy question (null closes it). */
export function openKeepWorkDialog(dialog: KeepWorkDialog): void {
  open = dialog
  for (const l of [...listeners]) l()
}

/** useKeepWorkDialog: the open dialog, or null. */
export function useKeepWorkDialog(): KeepWorkDialog {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => open,
    () => open,
  )
}
