import type { KubernetesVersion } from '../policy/versions.ts'
/** The languages CodeEditor highlights. */
export type CodeLanguage = 'yaml' | 'shell'

/** A place in the text: 1-based lines and columns, the end exclusive (Monaco's convention). */
export interface TextRange {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

/** EditorMarker: a squiggle with a message (our own findings; monaco-yaml adds the schema's). */
export interface EditorMarker extends TextRange {
  severity: 'error' | 'warning' | 'info'
  message: string
  /** Who says so, shown after the message (e.g. kube-apiserver, lint). */
  source?: string
}

/** EditorHandle: what the owner of an editable CodeEditor can do with it. */
export interface EditorHandle {
  /** reveal scrolls `range` into view, selects it and focuses the editor. */
  reveal(range: TextRange): void
  focus(): void
}

export interface CodeEditorProps {
  value: string
  language: CodeLanguage
  /** The model's file name (the Policy schema attaches to audit-policy.yaml). */
  path: string
  /** Accessible name of the editor. */
  label: string
  dark: boolean
  /**
   * Makes the editor editable and receives the user's edits (not the ones that came in through `value`). A new
   * `value` is applied as one minimal in-place edit, so the cursor and scroll position survive.
   */
  onChange?: (text: string) => void
  /** Our markers on the text. */
  markers?: readonly EditorMarker[]
  /** Called with the editor's handle once it is ready, and with null when it goes. */
  onReady?: (handle: EditorHandle | null) => void
  /** The largest paste taken (in characters); a bigger one is refused before it reaches the editor. */
  maxPasteChars?: number
  /** Called when a paste was refused for its size. */
  onPasteRefused?: (chars: number) => void
  /**
   * Editable editors only: whether Tab and Shift+Tab indent (true) or move the focus out of the editor (false,
   * the default, so a keyboard user is never trapped). TAB_INDENT_KEY asks `onToggleTabIndent` to switch it.
   */
  tabIndents?: boolean
  onToggleTabIndent?: () => void
  /** Escape pressed in the editor when Monaco has no use for it (no suggestions, find widget or snippet open). */
  onEscape?: () => void
  /** The Kubernetes version the Policy schema follows (group "*" is valid from 1.36 on). */
  schemaVersion?: KubernetesVersion
}

/** The key that switches Tab between indenting and leaving the editor (Monaco's own Tab-mode key). */
export const TAB_INDENT_KEY = 'Ctrl+M'
