// Named edits: pure functions (doc, ...args) → new doc. Untouched rules and resource groups keep their
// identity (structural sharing), so memoized rule cards skip re-rendering. A command that changes nothing
// returns `doc` itself, and the store then records no history step. Lists follow the core's convention: an
// empty list is stored as absent (undefined), as parsePolicy reads it.
import type { DkpSettings } from '../policy/moduleconfig.ts'
import type { Preset } from '../policy/presets.ts'
import type { GroupResources, Policy, PolicyRule, Target } from '../policy/types.ts'
import { freshIds, newRuleId, type EditorDocument } from './document.ts'

/** A command: a pure edit of the document. */
export type Command<A extends unknown[] = never[]> = (doc: EditorDocument, ...args: A) => EditorDocument

/** The fields of a rule that the form edits (every PolicyRule field, `resources` included). */
export type RuleField = keyof PolicyRule
export type ResourceGroupField = keyof GroupResources
export type PolicyField = 'omitStages' | 'omitManagedFields'

/** The default rule a new rule starts from. */
export const NEW_RULE: PolicyRule = { level: 'Metadata' }

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

/** setPolicyField sets policy-level omitStages or omitManagedFields (false is stored as absent, as the core reads it). */
export const setPolicyField = <K extends PolicyField>(
  doc: EditorDocument,
  field: K,
  value: Policy[K],
): EditorDocument => {
  const v = field === 'omitManagedFields' && value === false ? undefined : value
  if (sameValue(doc.policy[field], v)) return doc
  return { ...doc, policy: withoutEmpty(doc.policy, field, v) }
}

/** setTarget chooses whose reader the policy is written for. */
export const setTarget: Command<[target: Target]> = (doc, target) =>
  doc.target === target ? doc : { ...doc, target }

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
export const replacePolicy: Command<[policy: Policy]> = (doc, policy) => ({
  ...doc,
  policy,
  ruleIds: freshIds(policy.rules.length),
})

/** loadPreset replaces the policy with a preset's. */
export const loadPreset: Command<[preset: Preset]> = (doc, preset) => replacePolicy(doc, preset.policy)
