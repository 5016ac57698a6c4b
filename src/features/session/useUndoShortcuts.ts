import { useEffect } from 'react'
import { useHistory } from '../../state/index.ts'

/** Where the keys belong to someone else: text fields and Monaco have their own undo; dialogs their own work. */
const OWN_UNDO =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], .monaco-editor, [role="dialog"]'

/**
 * useUndoShortcuts: Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z or Ctrl+Y redoes any edit of the document, while the
 * focus is not in a text field or the YAML editor.
 */
export function useUndoShortcuts(): void {
  const { undo, redo } = useHistory()
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return
      const key = e.key.toLowerCase()
      const isUndo = key === 'z' && !e.shiftKey
      const isRedo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey && e.ctrlKey)
      if (!isUndo && !isRedo) return
      if (e.target instanceof Element && e.target.closest(OWN_UNDO)) return
      e.preventDefault()
      if (isUndo) undo()
      else redo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo])
}
