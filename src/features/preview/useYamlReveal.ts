import { useLayoutEffect, useRef, type RefObject } from 'react'
import type { EditorHandle } from '../../monaco/index.ts'
import type { SourceRange } from '../../policy/types.ts'
import { isCurrent, useDraft, type Draft } from '../../state/draft.ts'
import { usePolicy, useRevealRequest, useRevealServed } from '../../state/index.ts'
import { locateInText } from '../../state/reader.ts'
import { isShown } from '../../components/isShown.ts'

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
 * useYamlReveal answers "show me where" requests for the YAML editor (state/reveal.ts): once the editor (inside
 * `box`) is ready and shown, it selects the path in the text it shows and serves the request. A request made
 * before the editor was ready (the Policy tab was closed) waits in the store until it is; one made while the
 * editor is hidden by Suspense is served when it is shown again (React runs layout effects again then).
 */
export function useYamlReveal(
  handle: RefObject<EditorHandle | null>,
  box: RefObject<HTMLElement | null>,
  text: string,
  ready: boolean,
): void {
  const draft = useDraft()
  const policy = usePolicy()
  const shown = useRef<EditorContent>({ text, draft: null })
  useLayoutEffect(() => {
    shown.current = { text, draft: draft !== null && isCurrent(draft, policy) ? draft : null }
  })
  const request = useRevealRequest('yaml')
  const served = useRevealServed()
  const seq = request?.seq ?? 0
  const at = request?.at ?? ''
  useLayoutEffect(() => {
    const editor = handle.current
    if (seq === 0 || !ready || !editor || !box.current || !isShown(box.current)) return
    revealIn(editor, shown.current.text, shown.current.draft, at)
    served(seq)
  }, [seq, at, ready, handle, box, served])
}
