// The declaration of Monaco's TabFocus, for every TypeScript project that reaches this file (tests too).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./tabFocus.d.ts" />
// The one Monaco wrapper: read-only by default, editable with onChange. Its text follows `value` by in-place
// edits. Loaded lazily (index.ts); importing it loads Monaco.
import Editor, { type OnMount } from '@monaco-editor/react'
import { useCallback, useEffect, useRef } from 'react'
import { TabFocus } from 'monaco-editor/esm/vs/editor/browser/config/tabFocus.js'
import { diffText } from './applyText.ts'
import { monaco, setPolicySchemaVersion, THEMES } from './setup.ts'
import type { CodeEditorProps, EditorHandle, EditorMarker } from './types.ts'

type StandaloneEditor = Parameters<OnMount>[0]

/** The owner of our markers on a model (monaco-yaml uses its own, so the two sets live side by side). */
const MARKER_OWNER = 'audit-policy-builder'

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  // Notes are hints (a faint underline), not blue squiggles all over a good policy.
  info: monaco.MarkerSeverity.Hint,
} as const

/**
 * syncModel makes the model hold `value` with one edit covering only what changed. An editable editor records
 * it as its own undo step and keeps the cursor (Monaco moves it with the text); a read-only one just edits.
 */
function syncModel(editor: StandaloneEditor, value: string, editable: boolean): void {
  const model = editor.getModel()
  if (!model) return
  const change = diffText(model.getValue(), value)
  if (!change) return
  const start = model.getPositionAt(change.start)
  const end = model.getPositionAt(change.end)
  const edit = {
    range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
    text: change.text,
  }
  if (editable) {
    editor.pushUndoStop()
    editor.executeEdits('value', [edit])
    editor.pushUndoStop()
  } else {
    // applyEdits works on read-only editors too and keeps the model (no setValue, no new model).
    model.applyEdits([edit])
  }
}

function setMarkers(editor: StandaloneEditor, markers: readonly EditorMarker[]): void {
  const model = editor.getModel()
  if (!model) return
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    markers.map((m) => ({
      severity: SEVERITY[m.severity],
      message: m.message,
      source: m.source,
      startLineNumber: m.startLine,
      startColumn: m.startColumn,
      endLineNumber: m.endLine,
      endColumn: Math.max(m.endColumn, m.startLine === m.endLine ? m.startColumn + 1 : m.endColumn),
    })),
  )
}

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** CodeEditor shows `value` in Monaco with YAML (schema-aware) or shell highlighting; see CodeEditorProps. */
export default function CodeEditor({
  value,
  language,
  path,
  label,
  dark,
  onChange,
  markers,
  onReady,
  maxPasteChars,
  onPasteRefused,
  tabIndents = false,
  onToggleTabIndent,
  onEscape,
  schemaVersion,
}: CodeEditorProps) {
  const editable = onChange !== undefined
  const editorRef = useRef<StandaloneEditor | null>(null)
  const latest = useRef({
    value,
    editable,
    onChange,
    markers,
    onReady,
    maxPasteChars,
    onPasteRefused,
    onToggleTabIndent,
    onEscape,
  })
  // Set while `value` is being applied, so that edit is not reported back as the user's.
  const applying = useRef(false)

  // The Policy schema follows the document's Kubernetes version (one schema for the page, like the theme).
  useEffect(() => {
    if (schemaVersion) setPolicySchemaVersion(schemaVersion)
  }, [schemaVersion])

  useEffect(() => {
    latest.current = {
      value,
      editable,
      onChange,
      markers,
      onReady,
      maxPasteChars,
      onPasteRefused,
      onToggleTabIndent,
      onEscape,
    }
  })

  // Tab leaves the editor unless the user turned Tab-indent on (read-only editors never take Tab).
  const tabFocus = !editable || !tabIndents
  const tabFocusRef = useRef(tabFocus)
  useEffect(() => {
    tabFocusRef.current = tabFocus
    // Monaco's switch is one for the page: the editor with the focus sets it (see also onMount).
    if (editorRef.current?.hasTextFocus()) TabFocus.setTabFocusMode(tabFocus)
  }, [tabFocus])

  useEffect(() => {
    const editor = editorRef.current
    if (!editor) return
    applying.current = true
    try {
      syncModel(editor, value, editable)
    } finally {
      applying.current = false
    }
  }, [value, editable])

  useEffect(() => {
    if (editorRef.current) setMarkers(editorRef.current, markers ?? [])
  }, [markers])

  const onMount = useCallback<OnMount>((editor) => {
    editorRef.current = editor
    const l = latest.current
    // A model kept from an earlier mount may hold older text.
    applying.current = true
    try {
      syncModel(editor, l.value, l.editable)
    } finally {
      applying.current = false
    }
    setMarkers(editor, l.markers ?? [])
    // Ctrl+M (Monaco's Tab-mode key) switches our setting, so the switch shown beside the editor stays true.
    const ctrl = isMac() ? monaco.KeyMod.WinCtrl : monaco.KeyMod.CtrlCmd
    editor.addCommand(ctrl | monaco.KeyCode.KeyM, () => latest.current.onToggleTabIndent?.())
    editor.addCommand(
      monaco.KeyCode.Escape,
      () => latest.current.onEscape?.(),
      '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !inSnippetMode && !editorHasMultipleSelections && !markersNavigationVisible && !renameInputVisible',
    )
    editor.onDidFocusEditorText(() => TabFocus.setTabFocusMode(tabFocusRef.current))
    editor.onDidChangeModelContent(() => {
      if (!applying.current) latest.current.onChange?.(editor.getValue())
    })
    // A huge paste is refused before Monaco sees it (it would sit in the model and the undo stack).
    editor.getDomNode()?.addEventListener(
      'paste',
      (e: ClipboardEvent) => {
        const max = latest.current.maxPasteChars
        if (max === undefined || !latest.current.editable) return
        const size = e.clipboardData?.getData('text/plain').length ?? 0
        if (size <= max) return
        e.preventDefault()
        e.stopPropagation()
        latest.current.onPasteRefused?.(size)
      },
      true,
    )
    const handle: EditorHandle = {
      reveal(r) {
        const range = new monaco.Range(r.startLine, r.startColumn, r.endLine, r.endColumn)
        editor.setSelection(range)
        // An editor without its size yet takes every line for out of view: revealing then scrolls it, and when
        // the size comes the scroll is clamped back to the top, its top lines rendered anew (the likely cause
        // of e2e/first-visit's one failure under load: Monaco's first line 18 px off). Reveal once sized.
        const show = () => {
          editor.revealRangeInCenterIfOutsideViewport(range)
          editor.focus()
        }
        if (editor.getLayoutInfo().height > 0) return show()
        const sized = editor.onDidLayoutChange((info) => {
          if (info.height <= 0) return
          sized.dispose()
          show()
        })
        editor.focus()
      },
      focus: () => editor.focus(),
    }
    l.onReady?.(handle)
    editor.onDidDispose(() => latest.current.onReady?.(null))
  }, [])

  return (
    <Editor
      height="100%"
      defaultValue={value}
      defaultLanguage={language}
      path={path}
      theme={dark ? THEMES.dark : THEMES.light}
      onMount={onMount}
      loading={null}
      options={{
        readOnly: !editable,
        domReadOnly: !editable,
        ariaLabel: label,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        renderValidationDecorations: 'on',
        fontSize: 13,
        lineNumbersMinChars: 3,
        folding: true,
        wordWrap: 'off',
        automaticLayout: true,
        // Tab leaves the editor unless Tab-indent is on (see tabIndents); Ctrl+M switches it.
        tabFocusMode: tabFocus,
        tabSize: 2,
        insertSpaces: true,
        stickyScroll: { enabled: false },
        renderLineHighlight: editable ? 'line' : 'none',
        occurrencesHighlight: 'off',
        quickSuggestions: editable ? { other: true, comments: false, strings: true } : false,
        fixedOverflowWidgets: true,
        scrollbar: { alwaysConsumeMouseWheel: false },
      }}
    />
  )
}
