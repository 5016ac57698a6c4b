// A read-only side-by-side text diff (Monaco's diff editor), for "Compare with…". Loaded lazily
// (LazyDiffView in index.ts); importing it loads Monaco.
import { DiffEditor } from '@monaco-editor/react'
// The diff editor's widget is not in the slim editor API that setup.ts loads.
import 'monaco-editor/esm/vs/editor/browser/widget/diffEditor/diffEditor.contribution.js'
import { THEMES } from './setup.ts'

export interface DiffViewProps {
  original: string
  modified: string
  /** Accessible name of the diff. */
  label: string
  dark: boolean
}

/** DiffView: the two texts side by side, changes marked. */
export default function DiffView({ original, modified, label, dark }: DiffViewProps) {
  return (
    <DiffEditor
      height="100%"
      original={original}
      modified={modified}
      language="yaml"
      originalModelPath="compare-base.yaml"
      modifiedModelPath="compare-current.yaml"
      theme={dark ? THEMES.dark : THEMES.light}
      loading={null}
      options={{
        readOnly: true,
        originalEditable: false,
        ariaLabel: label,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        fontSize: 13,
        automaticLayout: true,
        renderSideBySide: true,
        scrollbar: { alwaysConsumeMouseWheel: false },
      }}
    />
  )
}
