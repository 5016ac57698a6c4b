// The user's text follows form edits: when a command changes the policy of a document that has text of the
// user's (doc.text), the text is patched to match (policy/textpatch.ts), so comments, key order and quoting
// survive and only the edited field's lines change. The patcher brings the `yaml` library, which the first
// screen does without: it is loaded as soon as a document holds text (an import, the YAML editor, restored or
// shared work), well before the next form edit.
import type { Diagnostic, Target } from '../policy/types.ts'
import type { EditorDocument } from './document.ts'

type Patcher = typeof import('../policy/textpatch.ts')

let patcher: Patcher | null = null
let loading: Promise<Patcher> | null = null

/** loadTextPatcher loads the patcher (once); awaited by tests and by an import before it puts text in place. */
export function loadTextPatcher(): Promise<Patcher> {
  loading ??= import('../policy/textpatch.ts').then((m) => (patcher = m))
  return loading
}

/** textPatcherLoaded tells whether followText can patch now. */
export function textPatcherLoaded(): boolean {
  return patcher !== null
}

/**
 * followText returns `next` with its text brought in line with its policy, when a command changed the policy
 * of `prev` but left the text as it was. A command that set the text itself (an import, the YAML editor, a
 * preset) is left alone. When the text cannot be patched (not block-style YAML, e.g. JSON) the policy is
 * written canonically.
 */
export function followText(prev: EditorDocument, next: EditorDocument): EditorDocument {
  if (next === prev || next.text === '' || next.text !== prev.text || next.policy === prev.policy) return next
  const text =
    patcher?.keptPolicyText({
      text: prev.text,
      before: prev.policy,
      after: next.policy,
      beforeIds: prev.ruleIds,
      afterIds: next.ruleIds,
      target: next.target,
    }) ?? ''
  return { ...next, text }
}

const NONE: readonly Diagnostic[] = Object.freeze([])
let lastFindings: { text: string; target: Target; findings: readonly Diagnostic[] } | null = null

/**
 * textFindings: the findings about the user's text that the policy cannot carry (see decodeFindings), e.g. an
 * unknown field `verb:`; none until the patcher is loaded (it is, as soon as there is text).
 */
export function textFindings(text: string, target: Target): readonly Diagnostic[] {
  if (text === '' || !patcher) return NONE
  if (lastFindings?.text === text && lastFindings.target === target) return lastFindings.findings
  const found = patcher.decodeFindings(text, target)
  const findings = found.length === 0 ? NONE : found
  lastFindings = { text, target, findings }
  return findings
}
