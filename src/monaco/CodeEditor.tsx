// The one Monaco wrapper: a read-only editor whose text follows `value` by in-place edits. Loaded lazily
// (index.ts); importing it loads Monaco.
import Editor, { type OnMount } from '@monaco-editor/react'
import { useCallback, useEffect, useRef } from 'react'
import { diffText } from './applyText.ts'
import { monaco, THEMES } from './setup.ts'
import type { CodeEditorProps } from './types.ts'

type StandaloneEditor = Parameters<OnMount>[0]

function syncModel(editor: StandaloneEditor, value: string): void {
  const model = editor.getModel()
  if (!model) return
  const change = diffText(model.getValue(), value)
  if (!change) return
  const start = model.getPositionAt(change.start)
  const end = model.getPositionAt(change.end)
  // applyEdits works on read-only editors too and keeps the model (no setValue, no new model).
  model.applyEdits([
    {
      range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
      text: change.text,
    },
  ])
}

/** CodeEditor shows `value` read-only in Monaco with YAML (schema-aware) or shell highlighting. */
export default function CodeEditor({ value, language, path, label, dark }: CodeEditorProps) {
  const editorRef = useRef<StandaloneEditor | null>(null)
  const valueRef = useRef(value)

  useEffect(() => {
    valueRef.current = value
    if (editorRef.current) syncModel(editorRef.current, value)
  }, [value])

  const onMount = useCallback<OnMount>((editor) => {
    editorRef.current = editor
    // A model kept from an earlier mount may hold older text.
    syncModel(editor, valueRef.current)
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
        readOnly: true,
        domReadOnly: true,
        ariaLabel: label,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        renderValidationDecorations: 'on',
        fontSize: 13,
        lineNumbersMinChars: 3,
        folding: true,
        wordWrap: 'off',
        automaticLayout: true,
        tabFocusMode: true,
        stickyScroll: { enabled: false },
        renderLineHighlight: 'none',
        occurrencesHighlight: 'off',
        scrollbar: { alwaysConsumeMouseWheel: false },
      }}
    />
  )
}
