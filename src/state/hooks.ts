// The hooks components use to read the editor state and change it. Reading goes through useEditorSelector
// (useSyncExternalStore with a selector and an equality check, so a component re-renders only when its slice
// changes); changing goes through named commands (edits.ts) passed to useDispatch/useTypingDispatch.
import { useCallback, useContext, useMemo, useRef, useSyncExternalStore } from 'react'
import type { KubernetesVersion } from '../policy/versions.ts'
import type { DkpSettings } from '../policy/moduleconfig.ts'
import type { Diagnostic, Policy, PolicyRule, Target } from '../policy/types.ts'
import { isBlankPolicy } from './edits.ts'
import { StoreContext } from './context.ts'
import * as derived from './derived.ts'
import { sameDiagnostics, type FieldPath } from './diagnostics.ts'
import type { EditorDocument } from './document.ts'
import type { RevealRequest, RevealWhere } from './reveal.ts'
import type { EditorState, EditorStore } from './store.ts'

function useStore(): EditorStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('The editor hooks need a <StoreProvider> above them.')
  return store
}

/**
 * useEditorSelector returns `selector(state)`, re-rendering only when it changes by `isEqual` (Object.is by
 * default). The selector may be an inline function.
 */
export function useEditorSelector<T>(
  selector: (state: EditorState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useStore()
  const cache = useRef<{ state: EditorState; selector: (s: EditorState) => T; value: T } | null>(null)
  const getSnapshot = useCallback(() => {
    const state = store.getState()
    const c = cache.current
    if (c && c.state === state && c.selector === selector) return c.value
    const value = selector(state)
    const kept = c && isEqual(c.value, value) ? c.value : value
    cache.current = { state, selector, value: kept }
    return kept
  }, [store, selector, isEqual])
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot)
}

/** useDocument: the whole document (re-renders on every edit; prefer the narrower hooks). */
export function useDocument(): EditorDocument {
  return useEditorSelector((s) => s.doc)
}

/** usePolicy: the policy being edited. */
export function usePolicy(): Policy {
  return useEditorSelector((s) => s.doc.policy)
}

/**
 * usePolicyNow: a stable function that returns the policy as it is when called (for work that finishes later,
 * e.g. a fix arriving from lint's worker), without re-rendering on edits.
 */
export function usePolicyNow(): () => Policy {
  const store = useStore()
  return useCallback(() => store.getState().doc.policy, [store])
}

/** useRule: rule `index` (undefined past the end); identity changes only when that rule does. */
export function useRule(index: number): PolicyRule | undefined {
  return useEditorSelector((s) => s.doc.policy.rules[index])
}

/** useRuleIds: the rules' ids in match order (stable React/dnd-kit keys). */
export function useRuleIds(): readonly string[] {
  return useEditorSelector((s) => s.doc.ruleIds)
}

/** usePolicyOmitStages / usePolicyOmitManagedFields: the policy-level settings. */
export function usePolicyOmitStages(): string[] | undefined {
  return useEditorSelector((s) => s.doc.policy.omitStages)
}
export function usePolicyOmitManagedFields(): boolean {
  return useEditorSelector((s) => s.doc.policy.omitManagedFields === true)
}

/** useTarget: Kubernetes (kube-apiserver) or Deckhouse. */
export function useTarget(): Target {
  return useEditorSelector((s) => s.doc.target)
}

/** useKubernetesVersion: the kube-apiserver minor the policy is checked against. */
export function useKubernetesVersion(): KubernetesVersion {
  return useEditorSelector((s) => s.doc.kubernetesVersion)
}

/** useDkpSettings: the ModuleConfig settings. */
export function useDkpSettings(): DkpSettings {
  return useEditorSelector((s) => s.doc.dkp)
}

/** A dispatch function: applies a command as one undo step. */
export type Dispatch = EditorStore['dispatch']
/** A typing dispatch: like Dispatch, but consecutive edits with the same field key merge into one undo step. */
export type TypingDispatch = EditorStore['dispatchTyping']

/** useDispatch: the stable dispatch function. */
export function useDispatch(): Dispatch {
  return useStore().dispatch
}

/** useSetImported: records an import's findings for the policy it brought in (see ImportedFindings). */
export function useSetImported(): EditorStore['setImported'] {
  return useStore().setImported
}

/** useTypingDispatch: the stable typing dispatch (use the field's path as the key). */
export function useTypingDispatch(): TypingDispatch {
  return useStore().dispatchTyping
}

export interface HistoryApi {
  canUndo: boolean
  canRedo: boolean
  undo: () => void
  redo: () => void
}

/** useHistory: undo/redo and whether each is possible. */
export function useHistory(): HistoryApi {
  const store = useStore()
  const canUndo = useEditorSelector((s) => s.history.past.length > 0)
  const canRedo = useEditorSelector((s) => s.history.future.length > 0)
  return useMemo(() => ({ canUndo, canRedo, undo: store.undo, redo: store.redo }), [canUndo, canRedo, store])
}

/** useIsDirty: whether the document changed since it was last loaded or saved. */
export function useIsDirty(): boolean {
  return useEditorSelector((s) => s.doc !== s.pristine)
}

/**
 * useHasUnsavedPolicy: whether the policy itself (its rules or its policy-level settings) holds work not loaded or
 * saved as it is; a blank policy holds none. The target, the DKP settings and the saved requests do not count.
 */
export function useHasUnsavedPolicy(): boolean {
  return useEditorSelector((s) => s.doc.policy !== s.pristine.policy && !isBlankPolicy(s.doc.policy))
}

export interface DocumentActions {
  reset: EditorStore['reset']
  markPristine: EditorStore['markPristine']
}

/** useDocumentActions: replace the document without history, or mark it saved. */
export function useDocumentActions(): DocumentActions {
  const store = useStore()
  return useMemo(() => ({ reset: store.reset, markPristine: store.markPristine }), [store])
}

/** useSelectedRuleId: the selected rule's id, or null. */
export function useSelectedRuleId(): string | null {
  return useEditorSelector((s) => s.selection.ruleId)
}

/** useIsSelected: whether rule `id` is the selected one (re-renders only that rule when selection moves). */
export function useIsSelected(id: string): boolean {
  return useEditorSelector((s) => s.selection.ruleId === id)
}

/** useSelect: the stable function that selects a rule (or null). */
export function useSelect(): EditorStore['select'] {
  return useStore().select
}

/** useIsCollapsed: whether rule `id` is shown collapsed. */
export function useIsCollapsed(id: string): boolean {
  return useEditorSelector((s) => s.collapsed.has(id))
}

/** useCollapsedIds: the ids of the rules shown collapsed (a long list sizes the cards it leaves out by it). */
export function useCollapsedIds(): ReadonlySet<string> {
  return useEditorSelector((s) => s.collapsed)
}

/** useCollapsedCount: how many rules are collapsed (for "expand all"/"collapse all"). */
export function useCollapsedCount(): number {
  return useEditorSelector((s) => s.collapsed.size)
}

/** useSetCollapsed: the stable function that collapses or expands rules by id. */
export function useSetCollapsed(): EditorStore['setCollapsed'] {
  return useStore().setCollapsed
}

// Derived data (derived.ts): computed on demand, memoized, never stored.

/** usePolicyText: the policy's text: the user's own when there is one, else the canonical YAML. */
export function usePolicyText(): string {
  return useEditorSelector((s) => derived.documentText(s.doc))
}

/** useModuleConfigText: the ModuleConfig manifest. */
export function useModuleConfigText(): string {
  return useEditorSelector((s) => derived.moduleConfigText(s.doc.dkp))
}

/** useDiagnostics: every finding for the document (errors and warnings). */
export function useDiagnostics(): readonly Diagnostic[] {
  return useEditorSelector((s) => derived.diagnostics(s), sameDiagnostics)
}

/** useFieldDiagnostics: the findings about one field, e.g. `rules[2].resources[0].group` or `omitStages`. */
export function useFieldDiagnostics(field: FieldPath): readonly Diagnostic[] {
  const select = useCallback((s: EditorState) => derived.fieldDiagnostics(s, field), [field])
  return useEditorSelector(select, sameDiagnostics)
}

/** useRuleDiagnostics: every finding about rule `index`. */
export function useRuleDiagnostics(index: number): readonly Diagnostic[] {
  const select = useCallback((s: EditorState) => derived.ruleDiagnostics(s, index), [index])
  return useEditorSelector(select, sameDiagnostics)
}

/** useDkpDiagnostics: what DKP would refuse in the ModuleConfig settings. */
export function useDkpDiagnostics(): readonly Diagnostic[] {
  return useEditorSelector((s) => derived.dkpDiagnostics(s.doc.dkp), sameDiagnostics)
}

// "Show me where" (reveal.ts): the request waits in the store until the part of the page that shows it serves it.

/** useRequestReveal: the stable function that asks for a place to be shown (EditorStore.requestReveal). */
export function useRequestReveal(): EditorStore['requestReveal'] {
  return useStore().requestReveal
}

/** useRevealServed: the stable function that marks a request as served. */
export function useRevealServed(): EditorStore['revealServed'] {
  return useStore().revealServed
}

/** useRevealRequest: the waiting request for `where` (the YAML editor, the ModuleConfig controls), or null. */
export function useRevealRequest(where: RevealWhere): RevealRequest | null {
  return useEditorSelector((s) => (s.reveal?.where === where ? s.reveal : null))
}

/**
 * useRevealFieldRequest: the waiting request that form control `key` answers (reveal.ts formFieldFor), or null:
 * only that control re-renders when one arrives.
 */
export function useRevealFieldRequest(key: string | null): RevealRequest | null {
  return useEditorSelector(
    (s) => (key !== null && s.reveal?.where === 'form' && s.reveal.field === key ? s.reveal : null),
    (a, b) => a?.seq === b?.seq,
  )
}

/** useRevealRuleRequest: the id of the rule a waiting form request is inside, and its `seq` (a long list scrolls to it). */
export function useRevealRuleRequest(): { ruleId: string; seq: number } | null {
  return useEditorSelector(
    (s) =>
      s.reveal?.where === 'form' && s.reveal.ruleId !== undefined
        ? { ruleId: s.reveal.ruleId, seq: s.reveal.seq }
        : null,
    (a, b) => a?.seq === b?.seq,
  )
}

/** useHasOwnText: whether the document holds the user's own YAML text (import, the editor), not the canonical one. */
export function useHasOwnText(): boolean {
  return useEditorSelector((s) => s.doc.text !== '')
}
