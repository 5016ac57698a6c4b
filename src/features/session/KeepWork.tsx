import { lazy, Suspense, useState } from 'react'
import { LazySnackbar } from '../../components/LazySnackbar.tsx'
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { t } from '../../i18n/index.ts'
import { newPolicy, type EditorStore } from '../../state/index.ts'
import type { RestoreOutcome } from '../../state/persistence.ts'
import { ConflictChoiceDialog, type ConflictChoice } from './ConflictChoiceDialog.tsx'
import { openKeepWorkDialog, useKeepWorkDialog } from './keepWorkRequests.ts'
import { KeepWorkNotices } from './KeepWorkNotices.tsx'
import { useAutosave } from './useAutosave.ts'
import { useSharedLinks } from './useSharedLinks.ts'
import { useUndoShortcuts } from './useUndoShortcuts.ts'

const ShareDialog = lazy(() => import('./ShareDialog.tsx').then((m) => ({ default: m.ShareDialog })))

interface KeepWorkProps {
  store: EditorStore
  /** Autosave, restore and share links are on (the app); off in component tests. */
  persist: boolean
  /** What start-up restoring found (restoreSavedWork), when persisting. */
  restored: RestoreOutcome | null
}

/**
 * KeepWork: nothing is lost: autosave, the other-tab guard, share links coming in, the Share dialog, the
 * "New policy" question and the undo/redo keys. Renders its notices where it is placed (under the header).
 */
export function KeepWork({ store, persist, restored }: KeepWorkProps) {
  const autosave = useAutosave(store, persist)
  const { link, open, dismiss } = useSharedLinks(store, persist)
  const dialog = useKeepWorkDialog()
  const [message, setMessage] = useState<string | null>(null)
  const [choice, setChoice] = useState<ConflictChoice>(null)
  useUndoShortcuts()
  const close = () => openKeepWorkDialog(null)
  const s = t.keepwork.share
  const n = t.keepwork.newPolicy
  return (
    <>
      <KeepWorkNotices
        restored={restored}
        status={autosave.status}
        onChoose={setChoice}
        link={link}
        onDismissLink={dismiss}
      />
      <ConflictChoiceDialog
        choice={autosave.status.kind === 'conflict' ? choice : null}
        onCancel={() => setChoice(null)}
        onConfirm={(c) => {
          setChoice(null)
          if (c === 'theirs') autosave.takeTheirs()
          else autosave.keepMine()
        }}
      />
      {dialog === 'share' && (
        <Suspense fallback={null}>
          <ShareDialog onClose={close} />
        </Suspense>
      )}
      <ConfirmDialog
        open={dialog === 'new-policy'}
        title={n.title}
        confirmLabel={n.confirm}
        cancelLabel={n.cancel}
        onCancel={close}
        onConfirm={() => {
          store.dispatch(newPolicy)
          close()
          setMessage(n.done)
        }}
      >
        {n.body}
      </ConfirmDialog>
      <ConfirmDialog
        open={link.kind === 'ask'}
        title={s.openTitle}
        confirmLabel={s.open}
        cancelLabel={s.keep}
        onCancel={dismiss}
        onConfirm={() => {
          open()
          setMessage(s.opened)
        }}
      >
        {s.openBody}
      </ConfirmDialog>
      <LazySnackbar
        open={message !== null || link.kind === 'opened'}
        autoHideDuration={5000}
        onClose={(_e, reason) => {
          if (reason === 'clickaway') return
          setMessage(null)
          if (link.kind === 'opened') dismiss()
        }}
        message={message ?? s.opened}
      />
    </>
  )
}
