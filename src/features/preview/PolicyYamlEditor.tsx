import CloseFullscreenIcon from '@mui/icons-material/CloseFullscreen'
import FormatAlignLeftIcon from '@mui/icons-material/FormatAlignLeft'
import OpenInFullIcon from '@mui/icons-material/OpenInFull'
import { Box, Button, FormControlLabel, IconButton, Stack, Switch, Tooltip, useTheme } from '@mui/material'
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { EditOnFirstUse } from '../../components/EditOnFirstUse.tsx'
import { t } from '../../i18n/index.ts'
import { LazyCodeEditor, type EditorHandle } from '../../monaco/index.ts'
import { TAB_INDENT_KEY } from '../../monaco/types.ts'
import { useDraftEditor } from '../../state/draftReading.ts'
import { useEditorText } from '../../state/draft.ts'
import { isCurrent, useDraft } from '../../state/draft.ts'
import { formatText, useDispatch, useHasOwnText, useKubernetesVersion, usePolicy } from '../../state/index.ts'
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
  const kubernetesVersion = useKubernetesVersion()
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
  // Tab leaves the editor unless the user turns Tab-indent on (the switch below, or Ctrl+M in the editor).
  const [tabIndents, setTabIndents] = useState(false)
  const toggleTabIndent = useCallback(() => setTabIndents((v) => !v), [])
  // Enlarged: the same editor (not remounted) laid over the whole window; Esc or the button brings it back.
  const [enlarged, setEnlarged] = useState(false)
  const toggled = useRef(false)
  useEffect(() => {
    // After the user enlarged or restored it, the keyboard goes on in the editor (not on first mount).
    if (toggled.current) handle.current?.focus()
  }, [enlarged])
  const restore = useCallback(() => {
    toggled.current = true
    setEnlarged(false)
  }, [])
  const onKeyDown = (e: KeyboardEvent) => {
    // Escape in the editor comes through onEscape (Monaco keeps the ones it uses for its own widgets).
    if (enlarged && e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault()
      restore()
    }
  }
  const k = t.keeptext.editor
  const dispatch = useDispatch()
  const ownText = useHasOwnText()
  // Text in the editor that has not been read into the policy (or does not read): Format would drop it.
  const draft = useDraft()
  const policy = usePolicy()
  const unread = draft !== null && !isCurrent(draft, policy)
  return (
    // At least 100% of the code area, and more when a notice sits above the editor: the editor keeps
    // EDITOR_MIN_HEIGHT and the preview scrolls, rather than the notice squeezing the text to a few lines.
    <Box
      onKeyDown={onKeyDown}
      role={enlarged ? 'dialog' : undefined}
      aria-modal={enlarged ? true : undefined}
      aria-label={enlarged ? k.enlargedTitle : undefined}
      data-testid="yaml-editor-box"
      sx={{
        display: 'flex',
        flexDirection: 'column',
        gap: 1,
        minHeight: '100%',
        ...(enlarged && {
          position: 'fixed',
          inset: 0,
          zIndex: 'modal',
          bgcolor: 'background.paper',
          p: 1.5,
        }),
      }}
    >
      <Stack direction="row" alignItems="center" spacing={1}>
        <Tooltip describeChild title={k.tabIndentHelp(TAB_INDENT_KEY)}>
          <FormControlLabel
            sx={{ mr: 'auto', ml: 0 }}
            control={<Switch size="small" checked={tabIndents} onChange={toggleTabIndent} />}
            label={`${k.tabIndent} (${TAB_INDENT_KEY})`}
            slotProps={{ typography: { variant: 'body2' } }}
          />
        </Tooltip>
        {ownText && (
          <Tooltip describeChild title={k.formatHelp}>
            <span>
              <Button
                size="small"
                startIcon={<FormatAlignLeftIcon fontSize="small" />}
                disabled={unread}
                onClick={() => dispatch(formatText)}
              >
                {k.format}
              </Button>
            </span>
          </Tooltip>
        )}
        <Tooltip title={enlarged ? k.restore : k.maximize}>
          <IconButton
            size="small"
            aria-label={enlarged ? k.restore : k.maximize}
            aria-pressed={enlarged}
            onClick={() => {
              toggled.current = true
              setEnlarged((v) => !v)
            }}
          >
            {enlarged ? <CloseFullscreenIcon fontSize="small" /> : <OpenInFullIcon fontSize="small" />}
          </IconButton>
        </Tooltip>
      </Stack>
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
              tabIndents={tabIndents}
              onToggleTabIndent={toggleTabIndent}
              onEscape={enlarged ? restore : undefined}
              schemaVersion={kubernetesVersion}
            />
          </EditOnFirstUse>
        </Box>
      </Box>
    </Box>
  )
}
