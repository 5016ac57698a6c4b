// "Show me where": one part of the page asks for a place to be shown (a finding's `at` path such as
// `rules[3].resources[0].group`, a simulator verdict's rule, the rule just added) and the part that shows it
// answers. The request lives in the editor store (EditorState.reveal) until it is served:
// - where='form': the request names the form field that will answer (formFieldFor below); each field registers
//   itself under that key (hooks.ts useRevealTarget) and serves the request when it is in the page — at once,
//   or when it mounts (a card expanded for it, a long list's card scrolled to, the rule list still loading).
// - where='yaml': the YAML editor selects the path in its text once it is shown.
// - where='moduleConfig': the ModuleConfig controls focus the one named by a ModuleConfig path.
// No polling and no label lookup: a place that never appears leaves the request waiting until the next one or
// the next edit replaces it.
import { GROUP_FIELD_TABLE, isPolicySettingField, RULE_FIELD_TABLE } from '../policy/ruleFields.ts'
import type { Policy } from '../policy/types.ts'

/** Where to reveal a place: in the YAML editor, in the rule forms, or in the ModuleConfig controls. */
export type RevealWhere = 'yaml' | 'form' | 'moduleConfig'

/**
 * RevealTarget: a place (`at` as in Diagnostic.at, '' is the whole policy; for where='moduleConfig' the
 * ModuleConfig path, as in the ModuleConfig's Diagnostic.path) and where to show it. `field` names the form
 * control directly (a RevealKey), for places that are not policy paths (a rule's move buttons).
 */
export interface RevealTarget {
  at: string
  where: RevealWhere
  field?: string
  /**
   * Focus management after an action (a move, a delete): leave the rule collapsed or expanded as it is and
   * scroll only as far as needed. Otherwise a place inside a rule is shown expanded, in the middle of the view.
   */
  focusOnly?: boolean
}

/** RevealRequest: a request waiting in the store; `seq` tells one request from the next for the same place. */
export interface RevealRequest extends RevealTarget {
  seq: number
  /** where='form': the key of the control that answers (formFieldFor). */
  field?: string
  /** where='form', inside a rule: the rule's id, so a long list can bring its card into the page. */
  ruleId?: string
}

/** The fields of a rule a path can name directly (`rules[i].users[2]` is the users field): all but resources. */
const RULE_FIELDS = new Set<string>([
  ...RULE_FIELD_TABLE.filter((f) => f.kind !== 'groups').map((f) => f.name),
  'note',
])
const RESOURCE_FIELDS = new Set<string>(GROUP_FIELD_TABLE.map((f) => f.name))

/** revealKey: the key under which a form control registers: `rules[3].level`, `rules[3]` (the card), `omitStages`. */
export const revealKey = (rule: number | null, field = ''): string =>
  rule === null ? field : field === '' ? `rules[${rule}]` : `rules[${rule}].${field}`

/**
 * formFieldFor: the key of the form control that shows `at` in `policy`: the field itself, a resource group's
 * field (the API group when the path names the group as a whole), "Add resource group" when the rule has no such
 * group, the rule's card for anything else inside a rule, the policy settings' controls, and for the rule list
 * as a whole its first rule (or "Add rule" when there is none).
 */
export function formFieldFor(at: string, policy: Policy): string {
  const rule = /^rules\[(\d+)\](.*)$/.exec(at)
  if (!rule) {
    // A policy-wide setting, or one item of it (`omitStages[1]`).
    const setting = /^(\w+)(?:\[\d+\])?$/.exec(at)?.[1]
    if (setting !== undefined && isPolicySettingField(setting)) return setting
    return policy.rules.length > 0 ? revealKey(0) : 'addRule'
  }
  const i = Number(rule[1])
  const rest = rule[2]!
  const field = /^\.(\w+)(?:\[\d+\])?$/.exec(rest)
  if (field && RULE_FIELDS.has(field[1]!)) return revealKey(i, field[1])
  const group = /^\.resources(?:\[(\d+)\](?:\.(\w+)(?:\[\d+\])?)?)?$/.exec(rest)
  if (group) {
    const g = Number(group[1] ?? 0)
    if ((policy.rules[i]?.resources?.length ?? 0) <= g) return revealKey(i, 'addResourceGroup')
    const name = group[2] ?? 'group'
    return revealKey(i, `resources[${g}].${RESOURCE_FIELDS.has(name) ? name : 'group'}`)
  }
  return revealKey(i)
}

/** ruleOf: the rule index a form key belongs to, or null for the policy-level ones. */
export function ruleOf(key: string): number | null {
  const m = /^rules\[(\d+)\]/.exec(key)
  return m ? Number(m[1]) : null
}
