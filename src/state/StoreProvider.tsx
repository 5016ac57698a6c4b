import { useEffect, useState, type ReactNode } from 'react'
import { StoreContext } from './context.ts'
import { startLintRunner } from './lintRunner.ts'
import { startSessionVersions } from './sessionVersions.ts'
import { createEditorStore, type EditorStore } from './store.ts'
import { startTextReader } from './textReader.ts'

interface StoreProviderProps {
  /** The store to provide; a fresh empty one when omitted (tests pass their own). */
  store?: EditorStore
  children: ReactNode
}

/** StoreProvider makes the editor store available to the hooks below it, and keeps its lint findings fresh. */
export function StoreProvider({ store, children }: StoreProviderProps) {
  const [own] = useState(() => store ?? createEditorStore())
  const active = store ?? own
  // Lint findings follow the document (computed lazily, after edits settle).
  useEffect(() => startLintRunner(active), [active])
  // A big kept text is read off the page (its findings, where its rules sit).
  useEffect(() => startTextReader(active), [active])
  // The versions "Compare with…" offers as a base.
  useEffect(() => startSessionVersions(active), [active])
  return <StoreContext.Provider value={active}>{children}</StoreContext.Provider>
}
