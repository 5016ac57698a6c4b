// The state layer's public API: the document, its commands, the store and the hooks. Components use the hooks
// and commands; only app/ creates a store.
export {
  createDocument,
  newRuleId,
  freshIds,
  readSavedRequests,
  type EditorDocument,
  type SavedRequest,
} from './document.ts'
export * from './edits.ts'
export {
  createEditorStore,
  HISTORY_LIMIT,
  COALESCE_MS,
  COLLAPSE_WHEN_LOADING_MORE_THAN,
  type EditorState,
  type EditorStore,
  type LintSnapshot,
  type HistoryState,
  type Selection,
  type StoreOptions,
} from './store.ts'
export { StoreProvider } from './StoreProvider.tsx'
export { formFieldFor, revealKey, type RevealRequest, type RevealTarget, type RevealWhere } from './reveal.ts'
export * from './hooks.ts'
export {
  fieldOf,
  fieldMessage,
  detailsOnce,
  ruleOfPath,
  documentDiagnostics,
  targetDiagnostics,
  type FieldPath,
  type FieldRef,
} from './diagnostics.ts'
export {
  memoLast,
  policyText,
  diagnostics,
  fieldDiagnostics,
  ruleDiagnostics,
  lintFindings,
} from './derived.ts'
export { startLintRunner, LINT_DELAY_MS } from './lintRunner.ts'
export { loadFix } from './lintOffPage.ts'
// The Secret and apply-command hooks live in './outputs.ts', imported directly by the tabs that need them:
// re-exporting them here would put the yaml library into the first screen's bundle.
