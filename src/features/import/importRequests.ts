// Opening the Import dialog from anywhere in the feature (the header button, a file dropped on the page): a
// tiny store holding the open state and what to start with.
import { useSyncExternalStore } from 'react'

/** ImportRequest: the dialog is open, starting empty or with a dropped file or text. */
export interface ImportRequest {
  file?: File
  text?: string
  /** Distinguishes requests, so a second drop replaces the first. */
  seq: number
}

let current: ImportRequest | null = null
let seq = 0
const listeners = new Set<() => void>()
const emit = () => {
  for (const l of [...listeners]) l()
}

/** openImport opens the Import dialog, with a file or text to read when given. */
export function openImport(start: { file?: File; text?: string } = {}): void {
  seq += 1
  current = { ...start, seq }
  emit()
}

/** closeImport closes the dialog. */
export function closeImport(): void {
  current = null
  emit()
}

/** useImportRequest: the open request, or null when the dialog is closed. */
export function useImportRequest(): ImportRequest | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => current,
    () => current,
  )
}
