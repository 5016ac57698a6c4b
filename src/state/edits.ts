// Named edits: pure functions (doc, ...args) → new doc. Untouched rules and resource groups keep their
// identity (structural sharing), so memoized rule cards skip re-rendering. A command that changes nothing
// returns `doc` itself, and the store then records no history step. Lists follow the core's convention: an
// empty list is stored as absent (undefined), as parsePolicy reads it.
import type { DkpSettings } from '../policy/moduleconfig.ts'
import { defaultKubernetesVersion, type KubernetesVersion } from '../policy/versions.ts'
import type { Preset } from '../policy/presets.ts'
import { POLICY_SETTING_TABLE, type PolicySettingField } from '../policy/ruleFields.ts'
import type { GroupResources, Policy, PolicyRule, Target } from '../policy/types.ts'
import { freshIds, newRuleId, type EditorDocument, type SavedRequest } from './document.ts'
import { createDocument } from './document.ts'

/** A command: a pure edit of the document. */
export type Command<A extends unknown[] = never[]> = (doc: EditorDocument, ...args: A) => EditorDocument

/** The fields of a rule that the form edits (every PolicyRule field, `resources` included). */
export type RuleField = keyof PolicyRule
export type ResourceGroupField = keyof GroupResources
/** The policy-wide settings the form edits (policy/ruleFields.ts: `omitStages`, `omitManagedFields`). */
export type PolicyField = PolicySettingField

/** The default rule a new rule starts from. */
export const NEW_RULE: PolicyRule = { level: 'Metadata' }

/**
 * formatText: the explicit "Format" action (DESIGN §2): the user's own text gives way to the canonical YAML of
 * the same policy (rule notes stay, as comments; other comments and fields the policy cannot carry go). Undo
 * brings the text back.
 */
export const formatText: Command<[]> = (doc) => (doc.text === '' ? doc : { ...doc, text: '' })

function withoutEmpty<T extends object>(obj: T, key: keyof T, value: unknown): T {
  const out = { ...obj }
  const empty =
    value === undefined || (Array.isArray(value) && value.length === 0) || (key === 'note' && value === '')
  if (empty) delete out[key]
  else (out as Record<keyof T, unknown>)[key] = value
  return out
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i])
  const emptyA = a === undefined || (Array.isArray(a) && a.length === 0)
  const emptyB = b === undefined || (Array.isArray(b) && b.length === 0)
  return emptyA && emptyB
}

function withRules(doc: EditorDocument, rules: PolicyRule[], ruleIds: readonly string[]): EditorDocument {
  return { ...doc, policy: { ...doc.policy, rules }, ruleIds }
}

function updateRule(
  doc: EditorDocument,
  index: number,
  update: (rule: PolicyRule) => PolicyRule,
): EditorDocument {
  const rule = doc.policy.rules[index]
  if (!rule) return doc
  const next = update(rule)
  if (next === rule) return doc
  const rules = doc.policy.rules.slice()
  rules[index] = next
  return withRules(doc, rules, doc.ruleIds)
}

/** addRule inserts `rule` (a Metadata rule by default) at `at` (the end by default), with id `id`. */
export const addRule: Command<[rule?: PolicyRule, at?: number, id?: string]> = (
  doc,
  rule = NEW_RULE,
  at = doc.policy.rules.length,
  id = newRuleId(),
) => {
  const i = Math.max(0, Math.min(at, doc.policy.rules.length))
  const rules = doc.policy.rules.slice()
  const ids = doc.ruleIds.slice()
  rules.splice(i, 0, { ...rule })
  ids.splice(i, 0, id)
  return withRules(doc, rules, ids)
}

/** duplicateRule inserts a copy of rule `index` right after it. */
export const duplicateRule: Command<[index: number]> = (doc, index) => {
  const rule = doc.policy.rules[index]
  return rule ? addRule(doc, rule, index + 1) : doc
}

/** removeRule deletes rule `index`. */
export const removeRule: Command<[index: number]> = (doc, index) => {
  if (!doc.policy.rules[index]) return doc
  const rules = doc.policy.rules.slice()
  const ids = doc.ruleIds.slice()
  rules.splice(index, 1)
  ids.splice(index, 1)
  return withRules(doc, rules, ids)
}

/** moveRule moves rule `from` to position `to` (both 0-based; the rules in between shift by one). */
export const moveRule: Command<[from: number, to: number]> = (doc, from, to) => {
  const n = doc.policy.rules.length
  if (from === to || from < 0 || to < 0 || from >= n || to >= n) return doc
  const rules = doc.policy.rules.slice()
  const ids = doc.ruleIds.slice()
  rules.splice(to, 0, ...rules.splice(from, 1))
  ids.splice(to, 0, ...ids.splice(from, 1))
  return withRules(doc, rules, ids)
}

/** setRuleField sets one field of rule `index`; an empty list, an empty note or undefined removes the field. */
export const setRuleField = <K extends RuleField>(
  doc: EditorDocument,
  index: number,
  field: K,
  value: PolicyRule[K],
): EditorDocument =>
  updateRule(doc, index, (rule) => (sameValue(rule[field], value) ? rule : withoutEmpty(rule, field, value)))

/** addResourceGroup appends a resource group (the core group, every resource, by default) to rule `ruleIndex`. */
export const addResourceGroup: Command<[ruleIndex: number, group?: GroupResources]> = (
  doc,
  ruleIndex,
  group = { group: '' },
) => updateRule(doc, ruleIndex, (rule) => ({ ...rule, resources: [...(rule.resources ?? []), { ...group }] }))

/** setResourceGroupField sets `group`, `resources` or `resourceNames` of one resource group. */
export const setResourceGroupField = <K extends ResourceGroupField>(
  doc: EditorDocument,
  ruleIndex: number,
  groupIndex: number,
  field: K,
  value: GroupResources[K],
): EditorDocument =>
  updateRule(doc, ruleIndex, (rule) => {
    const gr = rule.resources?.[groupIndex]
    if (!gr || sameValue(gr[field], value)) return rule
    const resources = rule.resources!.slice()
    resources[groupIndex] =
      field === 'group' ? { ...gr, group: (value as string) ?? '' } : withoutEmpty(gr, field, value)
    return { ...rule, resources }
  })

/** removeResourceGroup deletes one resource group (the field goes when the last one does). */
export const removeResourceGroup: Command<[ruleIndex: number, groupIndex: number]> = (
  doc,
  ruleIndex,
  groupIndex,
) =>
  updateRule(doc, ruleIndex, (rule) => {
    if (!rule.resources?.[groupIndex]) return rule
    return withoutEmpty(
      rule,
      'resources',
      rule.resources.filter((_, i) => i !== groupIndex),
    )
  })

/** setPolicyField sets a policy-wide setting (a flag's false is stored as absent, as the core reads it). */
export const setPolicyField = <K extends PolicyField>(
  doc: EditorDocument,
  field: K,
  value: Policy[K],
): EditorDocument => {
  const flag = POLICY_SETTING_TABLE.some((f) => f.name === field && f.kind === 'flag')
  const v = flag && value === false ? undefined : value
  if (sameValue(doc.policy[field], v)) return doc
  return { ...doc, policy: withoutEmpty(doc.policy, field, v) }
}

/**
 * setTarget chooses whose reader the policy is written for; a Kubernetes version left at the old target's
 * default follows to the new target's default (one chosen on purpose stays).
 */
export const setTarget: Command<[target: Target]> = (doc, target) => {
  if (doc.target === target) return doc
  const followDefault = doc.kubernetesVersion === defaultKubernetesVersion(doc.target)
  return {
    ...doc,
    target,
    kubernetesVersion: followDefault ? defaultKubernetesVersion(target) : doc.kubernetesVersion,
  }
}

/** setKubernetesVersion chooses the kube-apiserver minor the policy is checked against. */
export const setKubernetesVersion: Command<[version: KubernetesVersion]> = (doc, version) =>
  doc.kubernetesVersion === version ? doc : { ...doc, kubernetesVersion: version }

/** The part of DkpSettings to change; auditLog may be given in part. */
export type DkpSettingsPatch = Partial<Omit<DkpSettings, 'auditLog'>> & {
  auditLog?: Partial<DkpSettings['auditLog']>
}

/** setDkpSettings changes some of the ModuleConfig settings. */
export const setDkpSettings: Command<[patch: DkpSettingsPatch]> = (doc, patch) => {
  const next: DkpSettings = { ...doc.dkp, ...patch, auditLog: { ...doc.dkp.auditLog, ...patch.auditLog } }
  const same =
    next.auditPolicyEnabled === doc.dkp.auditPolicyEnabled &&
    next.basicAuditPolicyEnabled === doc.dkp.basicAuditPolicyEnabled &&
    next.version === doc.dkp.version &&
    next.auditLog.output === doc.dkp.auditLog.output &&
    next.auditLog.path === doc.dkp.auditLog.path
  return same ? doc : { ...doc, dkp: next }
}

/** replacePolicy puts a whole new policy in place (import, two-way YAML, presets); its rules get fresh ids. */
export const replacePolicy: Command<[policy: Policy, text?: string]> = (doc, policy, text = '') => ({
  ...doc,
  policy,
  ruleIds: freshIds(policy.rules.length),
  text,
})

/** loadPreset replaces the policy with a preset's, and the text with the preset's own (the documentation's). */
export const loadPreset: Command<[preset: Pick<Preset, 'text'> & { policy: Policy }]> = (doc, preset) =>
  replacePolicy(doc, preset.policy, preset.text ?? '')

const sameRule = (a: PolicyRule, b: PolicyRule) => JSON.stringify(a) === JSON.stringify(b)

/**
 * applyFix puts a lint finding's fixed policy in place as one step. Rules that are unchanged (moved or not)
 * keep their ids, so their cards, focus and collapsed state follow them; a changed rule keeps the id of the
 * rule at its place when the rule count is the same; new rules get fresh ids.
 */
export const applyFix: Command<[policy: Policy]> = (doc, policy) => {
  if (policy === doc.policy) return doc
  const old = doc.policy.rules
  const used = new Set<number>()
  const claim = (matches: (k: number) => boolean): string | undefined => {
    const k = old.findIndex((_, i) => !used.has(i) && matches(i))
    if (k < 0) return undefined
    used.add(k)
    return doc.ruleIds[k]
  }
  // The same object first (the fix left the rule alone), then an equal rule, then the same place.
  const ids = policy.rules.map((rule) => claim((k) => old[k] === rule))
  policy.rules.forEach((rule, j) => (ids[j] ??= claim((k) => sameRule(old[k]!, rule))))
  if (policy.rules.length === old.length) ids.forEach((id, j) => (ids[j] = id ?? claim((k) => k === j)))
  return { ...doc, policy, ruleIds: ids.map((id) => id ?? newRuleId()) }
}

/** addSavedRequest appends a test request to the saved ones. */
export const addSavedRequest: Command<[saved: SavedRequest]> = (doc, saved) => ({
  ...doc,
  savedRequests: [...doc.savedRequests, saved],
})

/** updateSavedRequest changes saved request `index` (its name, request or expected level); an empty name is removed. */
export const updateSavedRequest: Command<[index: number, patch: Partial<SavedRequest>]> = (
  doc,
  index,
  patch,
) => {
  const current = doc.savedRequests[index]
  if (!current) return doc
  const next: SavedRequest = { ...current, ...patch }
  if (next.name === undefined || next.name === '') delete next.name
  if (
    next.name === current.name &&
    next.expectedLevel === current.expectedLevel &&
    JSON.stringify(next.request) === JSON.stringify(current.request)
  )
    return doc
  const savedRequests = doc.savedRequests.slice()
  savedRequests[index] = next
  return { ...doc, savedRequests }
}

/** removeSavedRequest deletes saved request `index`. */
export const removeSavedRequest: Command<[index: number]> = (doc, index) =>
  doc.savedRequests[index] ? { ...doc, savedRequests: doc.savedRequests.filter((_, i) => i !== index) } : doc

// Commands of "bring your own policy": import, two-way YAML, share links, another tab's version, new policy.

/** sameJson compares two JSON-like values by content (object key order does not matter). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]))
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  return (
    ka.length === kb.length &&
    ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  )
}

/** ruleKey is a rule's content as a string that does not depend on key order. */
function ruleKey(rule: PolicyRule): string {
  return JSON.stringify(rule, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  )
}

/**
 * keepRuleIdentity lines `next` up with the current rules: unchanged rules keep their object and id (their
 * cards skip re-rendering), a rule edited in place keeps its id (its card does not remount), moved rules keep
 * theirs, and only rules that are really new get fresh ids.
 */
function keepRuleIdentity(
  doc: EditorDocument,
  next: readonly PolicyRule[],
): { rules: PolicyRule[]; ids: string[] } {
  const old = doc.policy.rules
  const rules = next.slice()
  const ids: Array<string | undefined> = Array.from({ length: next.length }, () => undefined)
  const used = new Set<number>()
  const take = (i: number, k: number) => {
    used.add(k)
    ids[i] = doc.ruleIds[k]
    if (rules[i] !== old[k] && sameJson(rules[i], old[k])) rules[i] = old[k]!
  }
  // Unchanged heads and tails (the common case: one rule edited or inserted somewhere).
  let head = 0
  while (head < next.length && head < old.length && sameJson(next[head], old[head])) take(head, head++)
  let tail = 0
  while (
    tail < next.length - head &&
    tail < old.length - head &&
    sameJson(next[next.length - 1 - tail], old[old.length - 1 - tail])
  ) {
    take(next.length - 1 - tail, old.length - 1 - tail)
    tail++
  }
  const midNew = next.length - head - tail
  const midOld = old.length - head - tail
  // In between: equal rules find their old selves (moved rules), then, when the count is unchanged, a rule
  // keeps the id of the one at its place (edited in place).
  const byKey = new Map<string, number[]>()
  for (let k = head; k < head + midOld; k++) {
    const key = ruleKey(old[k]!)
    const list = byKey.get(key)
    if (list) list.push(k)
    else byKey.set(key, [k])
  }
  for (let i = head; i < head + midNew; i++) {
    const k = byKey.get(ruleKey(next[i]!))?.shift()
    if (k !== undefined) take(i, k)
  }
  if (midNew === midOld)
    for (let i = head; i < head + midNew; i++) if (ids[i] === undefined && !used.has(i)) take(i, i)
  return { rules, ids: ids.map((id) => id ?? newRuleId()) }
}

/**
 * setPolicyFromText puts a policy read from the YAML editor in place, with the text it was read from. Rules
 * that did not change keep their ids and objects (see keepRuleIdentity), so the forms neither remount nor
 * re-render them; the same text reading as the current policy changes nothing (and records no undo step).
 */
export const setPolicyFromText: Command<[policy: Policy, text?: string]> = (doc, policy, text = '') => {
  const { rules, ids } = keepRuleIdentity(doc, policy.rules)
  const sameTop = POLICY_SETTING_TABLE.every((f) => sameJson(policy[f.name], doc.policy[f.name]))
  const sameRules =
    rules.length === doc.policy.rules.length && rules.every((r, i) => r === doc.policy.rules[i])
  const sameIds = ids.length === doc.ruleIds.length && ids.every((id, i) => id === doc.ruleIds[i])
  if (sameTop && sameRules && sameIds) return text === doc.text ? doc : { ...doc, text }
  const top: Policy = sameTop ? { ...doc.policy, rules } : { ...policy, rules }
  // The same ids keep the same array: what is keyed on it (lint's findings, see derived.ts) stays valid.
  return { ...doc, policy: top, ruleIds: sameIds ? doc.ruleIds : ids, text }
}

/**
 * importPolicy brings in what an import read, as one undo step: the policy (rules get fresh ids) with the text
 * it was read from, kept as written, when there is one, and the DKP settings of a ModuleConfig that came with it.
 */
export const importPolicy: Command<[policy: Policy | null, settings?: DkpSettingsPatch, text?: string]> = (
  doc,
  policy,
  settings,
  text = '',
) => {
  const withPolicy = policy ? replacePolicy(doc, policy, text) : doc
  return settings ? setDkpSettings(withPolicy, settings) : withPolicy
}

/** loadDocument replaces the whole document (a share link, another tab's version); its rules get fresh ids. */
export const loadDocument: Command<[next: EditorDocument]> = (doc, next) =>
  sameJson({ ...next, ruleIds: [] }, { ...doc, ruleIds: [] })
    ? doc
    : { ...next, ruleIds: freshIds(next.policy.rules.length) }

/** isBlankDocument tells whether `doc` holds nothing of the user's: no rules and every setting at its default. */
export function isBlankDocument(doc: EditorDocument): boolean {
  return sameJson({ ...doc, ruleIds: [] }, { ...createDocument(undefined, doc.target), ruleIds: [] })
}

/** sameDocument tells whether two documents hold the same work (rule ids aside). */
export function sameDocument(a: EditorDocument, b: EditorDocument): boolean {
  return sameJson({ ...a, ruleIds: [] }, { ...b, ruleIds: [] })
}

/** isBlankPolicy tells whether `policy` is a new document's: no rules and every policy-level setting unset. */
export function isBlankPolicy(policy: Policy): boolean {
  return policy.rules.length === 0 && sameJson(policy, createDocument().policy)
}

/** newPolicy starts over: no rules, default settings, nothing saved; the target stays (it is the user's cluster). */
export const newPolicy: Command = (doc) =>
  isBlankDocument(doc) ? doc : createDocument(undefined, doc.target)
