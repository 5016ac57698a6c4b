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
/**
 * FINDINGS_KEPT: texts whose findings are remembered. Undo and redo bring back texts read before, and reading a
 * 2,000-rule text again takes a few hundred milliseconds of the page's main thread.
 */
const FINDINGS_KEPT = 16
/** Findings per text (most recently used last), then per target. */
const findingsByText = new Map<string, Map<Target, readonly Diagnostic[]>>()

/**
 * textFindings: the findings about the user's text that the policy cannot carry (see decodeFindings), e.g. an
 * unknown field `verb:`; none until the patcher is loaded (it is, as soon as there is text).
 */
export function textFindings(text: string, target: Target): readonly Diagnostic[] {
  if (text === '' || !patcher) return NONE
  const byTarget = findingsByText.get(text)
  const known = byTarget?.get(target)
  if (byTarget) {
    // Most recently used last.
    findingsByText.delete(text)
    findingsByText.set(text, byTarget)
  }
  if (known) return known
  const found = patcher.decodeFindings(text, target)
  const findings = found.length === 0 ? NONE : found
  const entry = byTarget ?? new Map<Target, readonly Diagnostic[]>()
  entry.set(target, findings)
  findingsByText.set(text, entry)
  while (findingsByText.size > FINDINGS_KEPT) findingsByText.delete(findingsByText.keys().next().value!)
  return findings
}
