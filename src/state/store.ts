// The one editor store: document, selection, view state (collapsed rules) and undo/redo history. A small
// hand-written external store for React's useSyncExternalStore; components reach it only through hooks.ts.
import type { Diagnostic, Policy, Target } from '../policy/types.ts'
import type { KubernetesVersion } from '../policy/versions.ts'
import type { Command } from './edits.ts'
import { createDocument, type EditorDocument } from './document.ts'
import { formFieldFor, ruleOf, type RevealRequest, type RevealTarget } from './reveal.ts'
import { followText, loadTextPatcher } from './textSync.ts'

/** HISTORY_LIMIT: undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200
/** COALESCE_MS: typing in one field after a pause this long starts a new undo step. */
export const COALESCE_MS = 1500
/**
 * COLLAPSE_WHEN_LOADING_MORE_THAN: when more rules than this arrive at once (a preset, an import), they start
 * collapsed: the summaries give an overview, and big policies stay cheap to render.
 */
export const COLLAPSE_WHEN_LOADING_MORE_THAN = 3

export interface Selection {
  /** The rule the user is working on (focus or click), or null. */
  ruleId: string | null
}

export interface HistoryState {
  /** Earlier documents, oldest first. */
  past: readonly EditorDocument[]
  /** Undone documents, the next redo last. */
  future: readonly EditorDocument[]
}

/**
 * LintSnapshot: lint findings for one policy. A cache of an asynchronous derivation (lintRunner.ts computes it
 * off the typing path), never part of the document or of history.
 */
export interface LintSnapshot {
  policy: Policy
  target: Target
  /** The Kubernetes minor lint ran for (absent: the target's default). */
  kubernetesVersion?: KubernetesVersion
  basicAuditPolicyEnabled: boolean
  /** The rule ids when it was computed: findings point at rules by index, so they stay usable while these do. */
  ruleIds: readonly string[]
  findings: readonly Diagnostic[]
}

/**
 * ImportedFindings: what the core found in an imported text at fields whose values could not come in (wrong
 * types): shown at those fields while the imported policy is the one edited (until it changes; undo and redo
 * bring them back with it). Not part of the document or of history.
 */
export interface ImportedFindings {
  policy: Policy
  findings: readonly Diagnostic[]
}

export interface EditorState {
  doc: EditorDocument
  selection: Selection
  /** Ids of rules shown collapsed. View state: not in history, not in the document. */
  collapsed: ReadonlySet<string>
  history: HistoryState
  /** The document as last loaded or saved; `doc !== pristine` means unsaved work. */
  pristine: EditorDocument
  /** Lint findings, computed after edits settle (see LintSnapshot). */
  lint: LintSnapshot | null
  /** Findings of the last import, for its policy (see ImportedFindings). */
  imported: ImportedFindings | null
  /** A "show me where" request waiting for the part of the page that shows it (reveal.ts), or null. */
  reveal: RevealRequest | null
}

export interface EditorStore {
  getState(): EditorState
  subscribe(listener: () => void): () => void
  /** dispatch applies a command as one undo step. */
  dispatch<A extends unknown[]>(command: Command<A>, ...args: A): void
  /** dispatchTyping applies a command, merging it into the previous step while the same `field` key is typed into. */
  dispatchTyping<A extends unknown[]>(field: string, command: Command<A>, ...args: A): void
  undo(): void
  redo(): void
  /** reset replaces the document without history (start-up, restoring autosave); it becomes pristine. */
  reset(doc: EditorDocument): void
  /** markPristine records the current document as saved. */
  markPristine(): void
  select(ruleId: string | null): void
  setCollapsed(ruleIds: readonly string[], collapsed: boolean): void
  /** setLint records lint findings (lintRunner.ts). */
  setLint(snapshot: LintSnapshot | null): void
  /** setImported records an import's findings for the policy now in the document (null forgets them). */
  setImported(findings: readonly Diagnostic[] | null): void
  /**
   * requestReveal asks for a place to be shown (reveal.ts). A place inside a rule selects the rule and expands
   * it (unless `focusOnly`); the request waits until served or replaced, and the next edit drops it.
   */
  requestReveal(target: RevealTarget): void
  /** revealServed forgets request `seq` once shown (a later request stays). */
  revealServed(seq: number): void
  /** refresh tells the subscribers to read again: derived data they read from a cache has changed (textReader.ts). */
  refresh(): void
}

export interface StoreOptions {
  /** Clock for coalescing, replaceable in tests. */
  now?: () => number
}

function reconcileView(
  state: EditorState,
  doc: EditorDocument,
): Pick<EditorState, 'collapsed' | 'selection'> {
  const prevIds = state.doc.ruleIds
  if (prevIds === doc.ruleIds) return { collapsed: state.collapsed, selection: state.selection }
  const live = new Set(doc.ruleIds)
  const collapsed = new Set([...state.collapsed].filter((id) => live.has(id)))
  const known = new Set(prevIds)
  const added = doc.ruleIds.filter((id) => !known.has(id))
  if (added.length > COLLAPSE_WHEN_LOADING_MORE_THAN) for (const id of added) collapsed.add(id)
  const selection =
    state.selection.ruleId !== null && !live.has(state.selection.ruleId) ? { ruleId: null } : state.selection
  return { collapsed, selection }
}

function initialCollapsed(doc: EditorDocument): Set<string> {
  return new Set(doc.ruleIds.length > COLLAPSE_WHEN_LOADING_MORE_THAN ? doc.ruleIds : [])
}

/** createEditorStore makes a store holding `initial` (an empty DKP policy by default). */
export function createEditorStore(
  initial: EditorDocument = createDocument(),
  options: StoreOptions = {},
): EditorStore {
  const now = options.now ?? (() => Date.now())
  const listeners = new Set<() => void>()
  let state: EditorState = {
    doc: initial,
    selection: { ruleId: null },
    collapsed: initialCollapsed(initial),
    history: { past: [], future: [] },
    pristine: initial,
    lint: null,
    imported: null,
    reveal: null,
  }
  let revealSeq = 0
  if (initial.text !== '') void loadTextPatcher()
  // The field being typed into and when, for coalescing; any other change ends the run.
  let typing: { field: string; at: number } | null = null

  const set = (next: EditorState) => {
    state = next
    // A document with the user's text needs the patcher for the next form edit (see textSync.ts).
    if (next.doc.text !== '') void loadTextPatcher()
    for (const l of [...listeners]) l()
  }

  const commit = (doc: EditorDocument, coalesce: boolean) => {
    if (doc === state.doc) return
    const past = coalesce ? state.history.past : [...state.history.past, state.doc].slice(-HISTORY_LIMIT)
    set({ ...state, ...reconcileView(state, doc), doc, history: { past, future: [] }, reveal: null })
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispatch(command, ...args) {
      typing = null
      commit(followText(state.doc, command(state.doc, ...args)), false)
    },
    dispatchTyping(field, command, ...args) {
      const t = now()
      const coalesce = typing !== null && typing.field === field && t - typing.at < COALESCE_MS
      const before = state.doc
      commit(followText(before, command(state.doc, ...args)), coalesce)
      if (state.doc !== before) typing = { field, at: t }
    },
    undo() {
      typing = null
      const { past, future } = state.history
      const prev = past[past.length - 1]
      if (!prev) return
      set({
        ...state,
        ...reconcileView(state, prev),
        doc: prev,
        history: { past: past.slice(0, -1), future: [...future, state.doc] },
        reveal: null,
      })
    },
    redo() {
      typing = null
      const { past, future } = state.history
      const next = future[future.length - 1]
      if (!next) return
      set({
        ...state,
        ...reconcileView(state, next),
        doc: next,
        history: { past: [...past, state.doc], future: future.slice(0, -1) },
        reveal: null,
      })
    },
    reset(doc) {
      typing = null
      set({
        doc,
        selection: { ruleId: null },
        collapsed: initialCollapsed(doc),
        history: { past: [], future: [] },
        pristine: doc,
        lint: null,
        imported: null,
        reveal: null,
      })
    },
    markPristine() {
      if (state.pristine !== state.doc) set({ ...state, pristine: state.doc })
    },
    select(ruleId) {
      if (state.selection.ruleId !== ruleId) set({ ...state, selection: { ruleId } })
    },
    setCollapsed(ids, collapsed) {
      const next = new Set(state.collapsed)
      for (const id of ids) {
        if (collapsed) next.add(id)
        else next.delete(id)
      }
      if (next.size !== state.collapsed.size || ids.some((id) => state.collapsed.has(id) !== collapsed))
        set({ ...state, collapsed: next })
    },
    setLint(snapshot) {
      if (state.lint !== snapshot) set({ ...state, lint: snapshot })
    },
    requestReveal(target) {
      const request: RevealRequest = { ...target, seq: ++revealSeq }
      let { selection, collapsed } = state
      if (target.where === 'form') {
        const field = target.field ?? formFieldFor(target.at, state.doc.policy)
        request.field = field
        const index = ruleOf(field)
        const id = index === null ? undefined : state.doc.ruleIds[index]
        if (id !== undefined) {
          request.ruleId = id
          selection = { ruleId: id }
          if (!target.focusOnly && collapsed.has(id))
            collapsed = new Set([...collapsed].filter((c) => c !== id))
        }
      }
      set({ ...state, selection, collapsed, reveal: request })
    },
    revealServed(seq) {
      if (state.reveal?.seq === seq) set({ ...state, reveal: null })
    },
    refresh() {
      set({ ...state })
    },
    setImported(findings) {
      set({
        ...state,
        imported: findings && findings.length > 0 ? { policy: state.doc.policy, findings } : null,
      })
    },
  }
}
