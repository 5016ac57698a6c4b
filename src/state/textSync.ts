// The user's text follows form edits: when a command changes the policy of a document that has text of the
// user's (doc.text), the text is patched to match (policy/textpatch.ts), so comments, key order and quoting
// survive and only the edited field's lines change. The patcher brings the `yaml` library, which the first
// screen does without: it is loaded as soon as a document holds text (an import, the YAML editor, restored or
// shared work), well before the next form edit.
import type { TextLayout } from '../policy/textpatch.ts'
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
 * BIG_TEXT: from this many characters (about 400 rules) the text is read for its findings and layout off the
 * page (textReader.ts), where a worker is at hand: a 2,000-rule text takes a few hundred milliseconds to read.
 */
export const BIG_TEXT = 64 * 1024
let offPage = false

/** readBigTextsOffPage: textReader.ts reads big texts off the page from now on (true) or no longer (false). */
export function readBigTextsOffPage(on: boolean): void {
  offPage = on
}

function remember(text: string, target: Target, findings: readonly Diagnostic[]): void {
  const entry = findingsByText.get(text) ?? new Map<Target, readonly Diagnostic[]>()
  entry.set(target, findings.length === 0 ? NONE : findings)
  findingsByText.delete(text)
  findingsByText.set(text, entry)
  while (findingsByText.size > FINDINGS_KEPT) findingsByText.delete(findingsByText.keys().next().value!)
}

/** rememberTextFindings keeps the findings read off the page for `text` (textReader.ts). */
export function rememberTextFindings(text: string, target: Target, findings: readonly Diagnostic[]): void {
  remember(text, target, findings)
}

/** keptTextNeeds: what is not known yet about a big text: its findings, where its rules sit (textReader.ts). */
export function keptTextNeeds(text: string, target: Target): { findings: boolean; layout: boolean } {
  return {
    findings: findingsByText.get(text)?.get(target) === undefined,
    layout: patcher !== null && patcher.knownLayout(text, target) === null,
  }
}

/**
 * textFindings: the findings about the user's text that the policy cannot carry (see decodeFindings), e.g. an
 * unknown field `verb:`; none until the patcher is loaded (it is, as soon as there is text). A big text not
 * read yet (textReader.ts reads it off the page) shows the findings of the text before it meanwhile: an edit
 * changes a rule or two, and findings that blink on every edit would be worse than findings a moment late.
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
  if (offPage && text.length >= BIG_TEXT) {
    const recent = [...findingsByText.values()].reverse().find((m) => m.has(target))
    return recent?.get(target) ?? NONE
  }
  const findings = patcher.decodeFindings(text, target)
  remember(text, target, findings)
  return findings.length === 0 ? NONE : findings
}

/** rememberKeptLayout keeps where the rules of `text` sit (read off the page with an import) for its first edit. */
export function rememberKeptLayout(text: string, target: Target, layout: TextLayout): void {
  if (patcher) patcher.rememberLayout(text, target, layout)
  else void loadTextPatcher().then((p) => p.rememberLayout(text, target, layout))
}
