import { useCallback, useEffect, useRef, useState } from 'react'
import { draftFor } from '../../state/draft.ts'
import { loadDocument, type EditorStore } from '../../state/index.ts'
import { startAutosave, type Autosave, type AutosaveStatus } from '../../state/persistence.ts'
import { browserStorage, restoreDraft, TAB_ID } from './restore.ts'

/** AutosaveControls: the autosave's last status and how to settle a conflict with another tab. */
export interface AutosaveControls {
  status: AutosaveStatus
  keepMine: () => void
  takeTheirs: () => void
}

/** useAutosave keeps `store`'s work in the browser's storage while `enabled` (see state/persistence.ts). */
export function useAutosave(store: EditorStore, enabled: boolean): AutosaveControls {
  const [status, setStatus] = useState<AutosaveStatus>(() =>
    enabled && !browserStorage() ? { kind: 'failed', reason: { code: 'no-storage' } } : { kind: 'idle' },
  )
  const autosave = useRef<Autosave | null>(null)
  useEffect(() => {
    const storage = browserStorage()
    if (!enabled || !storage) return
    const a = startAutosave(store, { storage, tab: TAB_ID, onStatus: setStatus })
    autosave.current = a
    return () => {
      a.flush()
      a.stop()
      autosave.current = null
    }
  }, [store, enabled])
  const keepMine = useCallback(() => {
    autosave.current?.keepMine()
    setStatus({ kind: 'idle' })
  }, [])
  const takeTheirs = useCallback(() => {
    const theirs = autosave.current?.takeTheirs()
    setStatus({ kind: 'idle' })
    if (!theirs) return
    const before = store.getState().doc
    // Loading is one undo step, and this tab's draft is not cleared: a different policy supersedes it (the Policy
    // tab offers it back, and undo makes it current again).
    store.dispatch(loadDocument, theirs.doc)
    if (theirs.draft !== undefined) restoreDraft(store, theirs.draft)
    else if (store.getState().doc === before) draftFor(store).set(null)
  }, [store])
  return { status, keepMine, takeTheirs }
}
