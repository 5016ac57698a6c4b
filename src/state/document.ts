// The editor document: everything the user edits, as one immutable value. Add fields here (e.g. saved test
// requests); edits.ts changes it, store.ts keeps its history.
import { defaultDkpSettings, type DkpSettings } from '../policy/moduleconfig.ts'
import { readRequestAttributes } from '../policy/requestText.ts'
import type { Policy, RequestAttributes, Target } from '../policy/types.ts'
import { defaultKubernetesVersion, type KubernetesVersion } from '../policy/versions.ts'

/**
 * SavedRequest: a test request kept with the policy and the level the user expects it to get (from the policy
 * that runs: the effective one on DKP). A small regression suite, re-checked on every edit.
 */
export interface SavedRequest {
  /** What the user calls it, e.g. "kubectl exec by a developer". */
  name?: string
  request: RequestAttributes
  /** The expected level: None, Metadata, Request or RequestResponse. */
  expectedLevel: string
}

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
  /** The kube-apiserver minor of the cluster: validation, lint and the simulator follow it. */
  kubernetesVersion: KubernetesVersion
  /** DKP's control-plane-manager settings, for the ModuleConfig and the commands. */
  dkp: DkpSettings
  /** Parallel to `policy.rules`; see above. */
  ruleIds: readonly string[]
  /** The user's saved test requests (the simulator's table), in the order they were added. */
  savedRequests: readonly SavedRequest[]
  /**
   * The policy's text as the user wrote it (imported, typed in the YAML editor, or restored), comments and
   * formatting included; '' when the policy has no text of the user's (it is then written canonically, see
   * serialize.ts). When set, it reads as `policy` and it is what every output carries: form edits patch it
   * (state/textSync.ts) instead of writing the policy again.
   */
  text: string
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

/**
 * createDocument makes a document for `policy` (empty by default), targeting DKP with its default settings,
 * with no saved test requests unless given.
 */
export function createDocument(
  policy: Policy = { rules: [] },
  target: Target = 'deckhouse',
  dkp: DkpSettings = defaultDkpSettings(),
  savedRequests: readonly SavedRequest[] = [],
  text = '',
  kubernetesVersion: KubernetesVersion = defaultKubernetesVersion(target),
): EditorDocument {
  return {
    policy,
    target,
    kubernetesVersion,
    dkp,
    ruleIds: freshIds(policy.rules.length),
    savedRequests,
    text,
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * readSavedRequests keeps the well-formed entries of a stored or shared `savedRequests` value (anything else,
 * e.g. from a hand-edited link, is dropped), so a bad value never reaches the simulator.
 */
export function readSavedRequests(value: unknown): SavedRequest[] {
  if (!Array.isArray(value)) return []
  const out: SavedRequest[] = []
  for (const item of value) {
    if (!isRecord(item) || typeof item.expectedLevel !== 'string') continue
    const request = readRequestAttributes(item.request)
    if (!request) continue
    const saved: SavedRequest = { request, expectedLevel: item.expectedLevel }
    if (typeof item.name === 'string' && item.name !== '') saved.name = item.name
    out.push(saved)
  }
  return out
}
