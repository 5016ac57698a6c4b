import { useMemo } from 'react'
import type { Diagnostic } from '../../policy/types.ts'
import { isCurrent, useDraft } from '../../state/draft.ts'
import {
  useDiagnostics,
  useDkpDiagnostics,
  useEditorSelector,
  usePolicy,
  useTarget,
} from '../../state/index.ts'
import { collectProblems, type Problem } from './problems.ts'

const NONE: readonly Diagnostic[] = []

/** useTextFindings: the YAML editor's own findings while its text is what the editor shows. */
function useTextFindings(): readonly Diagnostic[] {
  const draft = useDraft()
  const policy = usePolicy()
  return draft && isCurrent(draft, policy) && draft.status !== 'reading' ? (draft.diagnostics ?? NONE) : NONE
}

/** useProblems: every finding about the document, the YAML text and the ModuleConfig, errors first. */
export function useProblems(): Problem[] {
  const policy = useDiagnostics()
  const moduleConfig = useDkpDiagnostics()
  const target = useTarget()
  const text = useTextFindings()
  return useMemo(
    () => collectProblems(policy, moduleConfig, target, text),
    [policy, moduleConfig, target, text],
  )
}

/**
 * useFixesFresh: whether lint ran on the policy as it is now. Lint findings stay shown while the user types
 * (same rules, same order), but their fixes were computed for the policy before the last keystrokes: applying
 * one then would undo those, so fixes wait until lint has caught up (a fraction of a second).
 */
export function useFixesFresh(): boolean {
  return useEditorSelector((s) => s.lint !== null && s.lint.policy === s.doc.policy)
}
