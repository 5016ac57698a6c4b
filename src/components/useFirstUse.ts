import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import type { EditorHandle, TextRange } from '../monaco/index.ts'

/** Once the editor has been used in this page, later mounts (back to the tab) start it at once. */
let usedInThisPage = false

/** The part of `el`'s text the selection covers, as a 1-based range; null when the selection is elsewhere. */
function selectionIn(el: HTMLElement, text: string): TextRange | null {
  const sel = window.getSelection()
  const pre = el.querySelector('pre')
  if (!sel || sel.rangeCount === 0 || !pre || !sel.anchorNode || !sel.focusNode) return null
  if (!pre.contains(sel.anchorNode) || !pre.contains(sel.focusNode)) return null
  const offset = (node: Node, at: number) => {
    const r = document.createRange()
    r.setStart(pre, 0)
    r.setEnd(node, at)
    return r.toString().length
  }
  const [a, b] = [offset(sel.anchorNode, sel.anchorOffset), offset(sel.focusNode, sel.focusOffset)].sort(
    (x, y) => x - y,
  )
  const place = (at: number) => {
    const before = text.slice(0, at).split('\n')
    return { line: before.length, column: before[before.length - 1]!.length + 1 }
  }
  const start = place(a!)
  const end = place(b!)
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column }
}

/** FirstUse: what EditOnFirstUse and the editor's owner share. */
export interface FirstUse {
  /** Whether the editor has been asked for (it may still be loading). */
  started: boolean
  start: () => void
  /** The editor's owner calls this from the editor's onReady: the editor takes the focus and the selection. */
  handOver: (editor: EditorHandle | null) => void
  /** Set once the editor has taken over (the highlighted text is gone). */
  handedOver: boolean
  /** The highlighted text's element. */
  placeholderRef: RefObject<HTMLDivElement | null>
}

/**
 * useFirstUse: an editor that starts on the first use of its text (a click, the focus or a key on it, see
 * EditOnFirstUse), or at once when `startNow` is true. `text` is what the highlighted text shows.
 */
export function useFirstUse(text: string, startNow = false): FirstUse {
  const [startedByUse, setStartedByUse] = useState(usedInThisPage)
  const [handedOver, setHandedOver] = useState(false)
  const placeholderRef = useRef<HTMLDivElement | null>(null)
  const shown = useRef(text)
  useEffect(() => {
    shown.current = text
  })
  const start = useCallback(() => {
    usedInThisPage = true
    setStartedByUse(true)
  }, [])
  const handOver = useCallback((editor: EditorHandle | null) => {
    if (!editor) {
      setHandedOver(false)
      return
    }
    usedInThisPage = true
    const el = placeholderRef.current
    // The editor takes the focus only from its own text: a user who has moved on keeps their focus.
    if (el && el.contains(document.activeElement)) {
      const range = selectionIn(el, shown.current)
      if (range) editor.reveal(range)
      else editor.focus()
    }
    setHandedOver(true)
  }, [])
  return { started: startedByUse || startNow, start, handOver, handedOver, placeholderRef }
}
