// Start-up: the work autosaved by an earlier visit (or another tab) comes back before the first render.
import { draftFor } from '../../state/draft.ts'
import type { EditorStore } from '../../state/index.ts'
import { restoreWork, type RestoreOutcome } from '../../state/persistence.ts'

/** browserStorage is localStorage, or null where the browser refuses it (storage switched off). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/**
 * restoreDraft puts a kept YAML text back in the editor as it was, then has it read (the reading code loads
 * with the editor, so it is fetched here only when there is a draft).
 */
export function restoreDraft(store: EditorStore, text: string): void {
  draftFor(store).set({ text, basis: store.getState().doc.policy, status: 'reading' })
  void import('../../state/draftReading.ts').then((m) => m.draftEditorFor(store).load(text))
}

/** restoreSavedWork puts the autosaved document (and the YAML editor's draft) into `store`, and says how it went. */
export function restoreSavedWork(store: EditorStore): RestoreOutcome {
  const outcome = restoreWork(browserStorage())
  if (outcome.kind === 'restored') {
    store.reset(outcome.work.doc)
    if (outcome.work.draft !== undefined) restoreDraft(store, outcome.work.draft)
  }
  return outcome
}

/** TAB_ID: this page's id in saves, so another tab's save can be told from this one's. */
export const TAB_ID =
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
