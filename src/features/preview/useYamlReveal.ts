import { useEffect, useRef, type RefObject } from 'react'
import type { EditorHandle } from '../../monaco/index.ts'
import type { SourceRange } from '../../policy/types.ts'
import { isCurrent, useDraft, type Draft } from '../../state/draft.ts'
import { usePolicy } from '../../state/index.ts'
import { locateInText } from '../../state/reader.ts'
import { takePendingReveal, useRevealRequests } from '../../state/reveal.ts'
import { useWhenShown, type WhenShown } from './whenShown.ts'

function select(editor: EditorHandle, r: SourceRange): void {
  editor.reveal({
    startLine: r.start.line,
    startColumn: r.start.column,
    endLine: r.end.line,
    endColumn: r.end.column,
  })
}

/**
 * revealIn selects `at` in the editor: a finding of the shown draft at that path is selected where the reading
 * put it (a syntax error has no path to look up); otherwise the path is found in the text.
 */
function revealIn(editor: EditorHandle, text: string, draft: Draft | null, at: string): void {
  const own = draft?.diagnostics?.find((d) => (d.at ?? d.path) === at && d.range)
  if (own?.range) {
    select(editor, own.range)
    return
  }
  locateInText(text, [at]).then(
    (where) => (where[at] ? select(editor, where[at]) : editor.focus()),
    () => editor.focus(),
  )
}

/** What the editor shows: its text and the draft behind it, if that is current. */
interface EditorContent {
  text: string
  draft: Draft | null
}

/**
 * revealWhenShown selects `at` once the editor (inside `box`) is shown, in the text it shows then: the text
 * and the draft may have changed while it was hidden.
 */
function revealWhenShown(
  whenShown: WhenShown,
  handle: RefObject<EditorHandle | null>,
  box: RefObject<HTMLElement | null>,
  content: RefObject<EditorContent>,
  at: string,
): void {
  whenShown(
    () => (handle.current ? box.current : null),
    () => {
      if (handle.current) revealIn(handle.current, content.current.text, content.current.draft, at)
    },
  )
}

/**
 * useYamlReveal answers "show me where" requests for the YAML editor (state/reveal.ts): it finds the path in
 * the editor's text and selects it once the editor (inside `box`) is shown: a request can arrive while the
 * editor is mounted but hidden by Suspense, where it could not take the focus. A request made before the
 * editor was ready (the Policy tab was closed) is taken once it is.
 */
export function useYamlReveal(
  handle: RefObject<EditorHandle | null>,
  box: RefObject<HTMLElement | null>,
  text: string,
  ready: boolean,
): void {
  const draft = useDraft()
  const policy = usePolicy()
  const shown = useRef({ text, draft: draft !== null && isCurrent(draft, policy) ? draft : null })
  useEffect(() => {
    shown.current = { text, draft: draft !== null && isCurrent(draft, policy) ? draft : null }
  })
  const whenShown = useWhenShown()
  useRevealRequests('yaml', (target) => {
    if (!handle.current) return
    takePendingReveal('yaml')
    revealWhenShown(whenShown, handle, box, shown, target.at)
  })
  useEffect(() => {
    if (!ready || !handle.current) return
    const pending = takePendingReveal('yaml')
    if (pending) revealWhenShown(whenShown, handle, box, shown, pending.at)
  }, [ready, handle, box, whenShown])
}
