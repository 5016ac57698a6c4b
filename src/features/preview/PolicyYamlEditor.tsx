import { Box, useTheme } from '@mui/material'
import { useCallback, useRef, useState } from 'react'
import { EditOnFirstUse } from '../../components/EditOnFirstUse.tsx'
import { t } from '../../i18n/index.ts'
import { LazyCodeEditor, type EditorHandle } from '../../monaco/index.ts'
import { useDraftEditor } from '../../state/draft-reading.ts'
import { useEditorText } from '../../state/draft.ts'
import { DraftNotice } from './DraftNotice.tsx'
import { usePolicyEditorStart } from './usePolicyEditorStart.ts'
import { useYamlMarkers } from './useYamlMarkers.ts'
import { useYamlReveal } from './useYamlReveal.ts'

/** The Policy tab's model file: monaco-yaml attaches the audit.k8s.io/v1 schema to it by name. */
const MODEL_PATH = 'audit-policy.yaml'
/** The largest paste the editor takes; bigger texts go through Import (read off the page, size-checked). */
export const MAX_EDITOR_PASTE = 2 * 1024 * 1024
/** The editor's smallest height: about nine lines, whatever notices are shown above it. */
const EDITOR_MIN_HEIGHT = 180

/**
 * PolicyYamlEditor: the policy as editable YAML (Monaco, monaco-yaml's schema completion, hover and markers,
 * plus the core's findings). Typing goes to the draft and, once it reads, into the forms; form changes come
 * back as minimal edits, so the cursor and scroll survive.
 */
export function PolicyYamlEditor() {
  const text = useEditorText()
  const editor = useDraftEditor()
  const dark = useTheme().palette.mode === 'dark'
  const handle = useRef<EditorHandle | null>(null)
  const box = useRef<HTMLDivElement>(null)
  const [ready, setReady] = useState(false)
  const [pasteRefused, setPasteRefused] = useState<number | null>(null)
  const markers = useYamlMarkers(text, ready)
  useYamlReveal(handle, box, text, ready)
  // Monaco loads when the user starts to use the text (or "show me where" needs it), not with the first screen.
  const firstUse = usePolicyEditorStart(text)
  const { handOver } = firstUse
  const onReady = useCallback(
    (h: EditorHandle | null) => {
      handle.current = h
      setReady(h !== null)
      handOver(h)
    },
    [handOver],
  )
  return (
    // At least 100% of the code area, and more when a notice sits above the editor: the editor keeps
    // EDITOR_MIN_HEIGHT and the preview scrolls, rather than the notice squeezing the text to a few lines.
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, minHeight: '100%' }}>
      <DraftNotice
        pasteRefused={pasteRefused}
        maxPaste={MAX_EDITOR_PASTE}
        onDismissPaste={() => setPasteRefused(null)}
      />
      <Box
        ref={box}
        data-testid="code-view"
        sx={{
          flex: 1,
          minHeight: EDITOR_MIN_HEIGHT,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          overflow: 'hidden',
          position: 'relative',
        }}
      >
        {/* Laid over the whole box: the editor's height: 100% then has a definite height to fill. */}
        <Box sx={{ position: 'absolute', inset: 0 }}>
          <EditOnFirstUse
            value={text}
            label={t.preview.tabs.policy}
            started={firstUse.started}
            handedOver={firstUse.handedOver}
            onStart={firstUse.start}
            placeholderRef={firstUse.placeholderRef}
          >
            <LazyCodeEditor
              value={text}
              language="yaml"
              path={MODEL_PATH}
              label={t.preview.tabs.policy}
              dark={dark}
              onChange={editor.edit}
              markers={markers}
              onReady={onReady}
              maxPasteChars={MAX_EDITOR_PASTE}
              onPasteRefused={setPasteRefused}
            />
          </EditOnFirstUse>
        </Box>
      </Box>
    </Box>
  )
}
