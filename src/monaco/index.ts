// Monaco's entry for the rest of the app: a lazily loaded CodeEditor. Nothing here imports Monaco itself, so
// the first screen ships without it.
import { lazy } from 'react'

/** LazyCodeEditor is CodeEditor loaded on first render; wrap it in <Suspense>. */
export const LazyCodeEditor = lazy(() => import('./CodeEditor.tsx'))

export type { CodeEditorProps, CodeLanguage, EditorHandle, EditorMarker, TextRange } from './types.ts'
