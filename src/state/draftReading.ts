// Two-way YAML, the text → forms half: every edit of the YAML editor becomes the draft at once (nothing typed is
// lost), is read off the main thread once typing pauses, and when it reads as a policy (no decoding error,
// not too many rules) that policy goes into the document as one undo step per burst of typing, keeping the
// ids of unchanged rules. The text itself is never rewritten from its own edits.
import { useContext } from 'react'
import type { ParseResult } from '../policy/parse.ts'
import { setPolicyFromText } from './edits.ts'
import { StoreContext } from './context.ts'
import { draftFor, isCurrent, type Draft, type DraftProblem } from './draft.ts'
import { MAX_RULES } from './storedWork.ts'
import type { KubernetesVersion } from '../policy/versions.ts'
import {
  readDraft,
  ReadSupersededError,
  ReadTimeoutError,
  WorkerStoppedError,
  type DraftReading,
} from './reader.ts'
import type { EditorStore } from './store.ts'
import { rememberKeptLayout } from './textSync.ts'

/** DRAFT_READ_DELAY_MS: how long typing must pause before the text is read (the forms follow within ~300 ms). */
export const DRAFT_READ_DELAY_MS = 150
/** The history key of YAML typing: consecutive edits merge into one undo step (see dispatchTyping). */
export const YAML_TYPING_KEY = 'yaml'

/** draftProblem says why a reading cannot go into the forms: a decoding error or too many rules; null if it can. */
export function draftProblem(parse: ParseResult): DraftProblem | null {
  // Flow-style YAML the API server takes for JSON reads completely as YAML: its rules go into the forms, and its
  // error stays on the text (the Problems list and the export guard carry it) until a form edit restyles it.
  const error =
    parse.policy === null
      ? parse.diagnostics.find((d) => d.severity === 'error')
      : parse.readAsYaml
        ? undefined
        : parse.diagnostics.find((d) => d.severity === 'error' && d.kind === 'Decode')
  if (error)
    return { message: error.message, line: error.range?.start.line, column: error.range?.start.column }
  if (parse.policy === null) return { message: '', code: 'no-policy' }
  if (parse.policy.rules.length > MAX_RULES)
    return { message: '', code: 'too-many-rules', rules: parse.policy.rules.length }
  return null
}

/** DraftEditor: the YAML editor's link to the document. */
export interface DraftEditor {
  /** edit records the editor's new text and reads it once typing pauses. */
  edit(text: string): void
  /** load puts a text in the editor as the draft (restored work) and reads it. */
  load(text: string): void
  /** bringBack makes a superseded draft current again (after a form change replaced it). */
  bringBack(): void
}

type Reader = (
  text: string,
  target: 'kube-apiserver' | 'deckhouse',
  kubernetesVersion?: KubernetesVersion,
) => Promise<DraftReading>

/** readDraftText: the worker's reading of the editor's text, as the target on that version reads it. */
const readDraftText: Reader = (text, target, kubernetesVersion) =>
  readDraft(text, target, [], kubernetesVersion, true)

/** createDraftEditor ties `store`'s draft to its document; `read` is the reader (the worker by default). */
export function createDraftEditor(
  store: EditorStore,
  read: Reader = readDraftText,
  delayMs = DRAFT_READ_DELAY_MS,
): DraftEditor {
  const drafts = draftFor(store)
  let timer: ReturnType<typeof setTimeout> | undefined

  const finish = (draft: Draft, reading: DraftReading) => {
    if (drafts.get() !== draft) return
    const problem = draftProblem(reading.parse)
    const diagnostics = reading.parse.diagnostics
    if (problem) {
      drafts.set({ ...draft, status: 'broken', problem, diagnostics })
      return
    }
    const { doc } = store.getState()
    // A form change (or undo) came in while reading: it wins, and this draft is superseded.
    if (doc.policy !== draft.basis) return
    const next = setPolicyFromText(doc, reading.parse.policy!, draft.text)
    // Where the rules of a big text sit, read with it: the next form edit patches from it at once, rather than
    // read the whole text in the page while the kept-text reader (textReader.ts) has not answered yet.
    if (reading.keptLayout)
      rememberKeptLayout(draft.text, reading.keptLayout.target, reading.keptLayout.layout)
    // The draft follows the new policy before the store tells anyone, so the editor is never rewritten.
    drafts.set({ ...draft, basis: next.policy, status: 'ok', problem: undefined, diagnostics })
    store.dispatchTyping(YAML_TYPING_KEY, () => next)
  }

  const readNow = () => {
    const draft = drafts.get()
    const { doc } = store.getState()
    if (!draft || !isCurrent(draft, doc.policy)) return
    read(draft.text, doc.target, doc.kubernetesVersion).then(
      (reading) => finish(draft, reading),
      (e: unknown) => {
        if (e instanceof ReadSupersededError || drafts.get() !== draft) return
        const problem: DraftProblem =
          e instanceof ReadTimeoutError
            ? { code: 'timed-out', seconds: e.seconds, message: '' }
            : e instanceof WorkerStoppedError
              ? { code: 'reader-stopped', message: e.detail }
              : { message: e instanceof Error ? e.message : String(e) }
        drafts.set({ ...draft, status: 'broken', problem, diagnostics: [] })
      },
    )
  }
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(readNow, delayMs)
  }
  const put = (text: string) => {
    const prev = drafts.get()
    const { doc } = store.getState()
    drafts.set({
      text,
      basis: doc.policy,
      status: 'reading',
      // Keep showing the last problem while typing, so the notice does not blink on every key.
      problem: prev && isCurrent(prev, doc.policy) ? prev.problem : undefined,
      diagnostics: prev && isCurrent(prev, doc.policy) ? prev.diagnostics : [],
    })
    schedule()
  }

  // The same text can read differently for the other target (DKP's reader is strict) or another Kubernetes
  // version (group "*" loads from 1.36 on): read it again.
  let target = store.getState().doc.target
  let version = store.getState().doc.kubernetesVersion
  store.subscribe(() => {
    const { doc } = store.getState()
    if (doc.target === target && doc.kubernetesVersion === version) return
    target = doc.target
    version = doc.kubernetesVersion
    const draft = drafts.get()
    if (draft && isCurrent(draft, doc.policy)) schedule()
  })

  return {
    edit: put,
    load: put,
    bringBack() {
      const draft = drafts.get()
      if (draft) put(draft.text)
    },
  }
}

const editors = new WeakMap<EditorStore, DraftEditor>()

/** draftEditorFor returns the one DraftEditor of `store` (made on first use). */
export function draftEditorFor(store: EditorStore): DraftEditor {
  let e = editors.get(store)
  if (!e) {
    e = createDraftEditor(store)
    editors.set(store, e)
  }
  return e
}

/** useDraftEditor: the DraftEditor of the current editor store. */
export function useDraftEditor(): DraftEditor {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useDraftEditor needs a <StoreProvider> above it.')
  return draftEditorFor(store)
}
