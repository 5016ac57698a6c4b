// The YAML editor's draft: the text the user is typing in the Policy tab, kept apart from the document.
// While it reads as a policy, that policy flows into the document (setPolicyFromText) and the text stays as
// typed; while it does not, the document keeps the last good policy and the draft keeps the text, so nothing
// is lost. A change of the policy from elsewhere (a form, undo, an import) supersedes the draft: the editor
// then shows the canonical text again, and a superseded broken draft can be brought back.
import { useContext, useSyncExternalStore } from 'react'
import type { Diagnostic, Policy } from '../policy/types.ts'
import { StoreContext } from './context.ts'
import { documentText, policyText } from './derived.ts'
import { useEditorSelector } from './hooks.ts'
import type { EditorStore } from './store.ts'

/** Where reading the draft stands: being read, read into the document, or not readable as a policy. */
export type DraftStatus = 'reading' | 'ok' | 'broken'

/** Why a draft does not reach the forms, and where (1-based line and column in the draft). */
export interface DraftProblem {
  /** The reader's own message (kube-apiserver's decoding error, as it writes it); empty when `code` says it. */
  message: string
  line?: number
  column?: number
  /**
   * Problems of the builder's own, put in words by src/i18n (keepwork.yaml, workerFailures): no policy, more
   * rules than it edits, reading took too long, the reader worker stopped (`message`: the browser's message).
   */
  code?: 'no-policy' | 'too-many-rules' | 'timed-out' | 'reader-stopped'
  /** With 'too-many-rules': how many rules the text has. */
  rules?: number
  /** With 'timed-out': the time limit in seconds. */
  seconds?: number
}

/** Draft: the editor's text and the document policy it stands for. */
export interface Draft {
  text: string
  /**
   * The document's policy when the text was last typed or read: while `doc.policy` is this very object the
   * draft is current (the editor shows `text`); once the policy changes from elsewhere the draft is superseded.
   */
  basis: Policy
  status: DraftStatus
  /** Set when status is 'broken'. */
  problem?: DraftProblem
  /** The text's own findings from its last reading, with ranges in the text (the editor's markers). */
  diagnostics?: readonly Diagnostic[]
}

/** DraftStore: the draft of one editor store (a small external store, like the editor store). */
export interface DraftStore {
  get(): Draft | null
  set(draft: Draft | null): void
  subscribe(listener: () => void): () => void
}

function createDraftStore(): DraftStore {
  let draft: Draft | null = null
  const listeners = new Set<() => void>()
  return {
    get: () => draft,
    set(next) {
      if (next === draft) return
      draft = next
      for (const l of [...listeners]) l()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

const drafts = new WeakMap<EditorStore, DraftStore>()

/** draftFor returns the draft store that belongs to `store` (made on first use). */
export function draftFor(store: EditorStore): DraftStore {
  let d = drafts.get(store)
  if (!d) {
    d = createDraftStore()
    drafts.set(store, d)
  }
  return d
}

/** isCurrent tells whether `draft` still stands for `policy` (the editor shows the draft's text). */
export function isCurrent(draft: Draft | null, policy: Policy): boolean {
  return draft !== null && draft.basis === policy
}

/** editorText is what the YAML editor shows: the current draft's text, or the document's text (documentText). */
export function editorText(draft: Draft | null, policy: Policy, text = ''): string {
  return draft !== null && isCurrent(draft, policy) ? draft.text : documentText({ policy, text })
}

/**
 * unreadDraft tells whether the editor holds text of the user's that is not in the document: a current draft
 * with text that does not read (or is still being read). It is unsaved work, as much as the document is.
 */
export function unreadDraft(draft: Draft | null, policy: Policy): boolean {
  return draft !== null && isCurrent(draft, policy) && draft.status !== 'ok' && draft.text.trim() !== ''
}

/**
 * draftToKeep is the text autosave keeps beside the document: a current draft that differs from the canonical
 * text (the user's own formatting or a text that does not read yet), or a superseded one that did not read.
 */
export function draftToKeep(draft: Draft | null, policy: Policy): string | undefined {
  if (!draft) return undefined
  if (isCurrent(draft, policy)) return draft.text === policyText(policy) ? undefined : draft.text
  return draft.status === 'broken' ? draft.text : undefined
}

function useStoreFromContext(): EditorStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('The draft hooks need a <StoreProvider> above them.')
  return store
}

/** useDraftStore: the draft store of the current editor store. */
export function useDraftStore(): DraftStore {
  return draftFor(useStoreFromContext())
}

/** useDraft: the YAML editor's draft, or null. */
export function useDraft(): Draft | null {
  const d = useDraftStore()
  return useSyncExternalStore(d.subscribe, d.get, d.get)
}

/** useEditorText: the text the YAML editor shows (see editorText). */
export function useEditorText(): string {
  const draft = useDraft()
  const policy = useEditorSelector((s) => s.doc.policy)
  const text = useEditorSelector((s) => s.doc.text)
  return editorText(draft, policy, text)
}
