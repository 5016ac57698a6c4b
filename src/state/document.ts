// The editor document: everything the user edits, as one immutable value. Add fields here (e.g. saved test
// requests); commands.ts changes it, store.ts keeps its history.
import { defaultDkpSettings, type DkpSettings } from '../policy/moduleconfig.ts'
import type { Policy, Target } from '../policy/types.ts'

/**
 * EditorDocument is the unit of undo/redo and (later) of autosave and share links.
 *
 * Rule ids: `ruleIds[i]` identifies `policy.rules[i]` for React keys and dnd-kit. They are a parallel array,
 * not a field of the rule, so the Policy handed to the core (serializePolicy, validatePolicy, …) never carries
 * them. Every command keeps the two arrays in step; ids are not persisted (a loaded document gets fresh ones).
 */
export interface EditorDocument {
  policy: Policy
  /** Whose reader decides strictness and what the previews warn about. */
  target: Target
  /** DKP's control-plane-manager settings, for the ModuleConfig and the commands. */
  dkp: DkpSettings
  /** Parallel to `policy.rules`; see above. */
  ruleIds: readonly string[]
}

let lastId = 0

/** newRuleId returns an id no other rule of this page has. */
export function newRuleId(): string {
  lastId += 1
  return `rule-${lastId.toString(36)}`
}

/** freshIds gives `n` new rule ids. */
export function freshIds(n: number): string[] {
  return Array.from({ length: n }, newRuleId)
}

/** createDocument makes a document for `policy` (empty by default), targeting DKP with its default settings. */
export function createDocument(
  policy: Policy = { rules: [] },
  target: Target = 'deckhouse',
  dkp: DkpSettings = defaultDkpSettings(),
): EditorDocument {
  return { policy, target, dkp, ruleIds: freshIds(policy.rules.length) }
}
