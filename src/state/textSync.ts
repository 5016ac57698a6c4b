// The user's text follows form edits: when a command changes the policy of a document that has text of the
// user's (doc.text), the text is patched to match (policy/textpatch.ts), so comments, key order and quoting
// survive and only the edited field's lines change. The patcher brings the `yaml` library, which the first
// screen does without: it is loaded as soon as a document holds text (an import, the YAML editor, restored or
// shared work), well before the next form edit.
import { useSyncExternalStore } from 'react'
import type { TextLayout, TextPatchInput } from '../policy/textpatch.ts'
import type { Diagnostic, Policy, PolicyRule, Target } from '../policy/types.ts'
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
  if (!patcher) return { ...next, text: '' }
  const input = {
    text: prev.text,
    before: prev.policy,
    after: next.policy,
    beforeIds: prev.ruleIds,
    afterIds: next.ruleIds,
    target: next.target,
  }
  const kept = patcher.keptPolicyText(input)
  if (kept !== null) return { ...next, text: kept }
  // Flow style and JSON cannot be patched line by line: the text is first written in block style, comments and
  // all (policy/restyle.ts), then patched; the user is told either way (useTextRestyle).
  const style = patcher.textStyle(prev.text)
  if (style === 'block') return { ...next, text: '' }
  const block = patcher.blockStyleText(prev.text, next.target)
  const restyledDoc = block === null ? null : followBlock(block, input, next)
  restyled = { from: style, kept: restyledDoc !== null, seq: (restyled?.seq ?? 0) + 1 }
  for (const l of [...restyleListeners]) l()
  return restyledDoc ?? { ...next, text: '' }
}

/**
 * followBlock patches the block-style version of the text. In block style a comment right above a rule is that
 * rule's note (notes.ts): such notes come into the policy before and after the edit, so the comment stays.
 */
function followBlock(block: string, input: TextPatchInput, next: EditorDocument): EditorDocument | null {
  const read = patcher!.readPolicy(block, input.target).policy
  if (!read || read.rules.length !== input.before.rules.length) return null
  const noteOf = new Map(input.beforeIds.map((id, i) => [id, read.rules[i]!.note]))
  const withNote = (rule: PolicyRule, note: string | undefined, was: PolicyRule | undefined) =>
    note === undefined || (was && (was.note ?? '') !== (rule.note ?? '')) ? rule : { ...rule, note }
  const beforeById = new Map(input.beforeIds.map((id, i) => [id, input.before.rules[i]!]))
  const after: Policy = {
    ...input.after,
    rules: input.after.rules.map((r, j) =>
      withNote(r, noteOf.get(input.afterIds[j]!), beforeById.get(input.afterIds[j]!)),
    ),
  }
  const text = patcher!.keptPolicyText({ ...input, text: block, before: read, after })
  return text === null ? null : { ...next, policy: after, text }
}

/**
 * TextRestyle: a form edit rewrote the user's flow-style or JSON text in block style (`kept`: with every comment
 * and field; otherwise the policy was written canonically, and Undo brings the text back).
 */
export interface TextRestyle {
  from: 'flow' | 'json'
  kept: boolean
  /** Counts restyles, so that a second one shows again after the first was dismissed. */
  seq: number
}

let restyled: TextRestyle | null = null
const restyleListeners = new Set<() => void>()

/** lastTextRestyle: the last restyle of the user's text by a form edit (null before any). */
export function lastTextRestyle(): TextRestyle | null {
  return restyled
}

/** useTextRestyle: the last restyle of the user's text by a form edit (null before any). */
export function useTextRestyle(): TextRestyle | null {
  return useSyncExternalStore(
    (l) => {
      restyleListeners.add(l)
      return () => restyleListeners.delete(l)
    },
    () => restyled,
    () => restyled,
  )
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
