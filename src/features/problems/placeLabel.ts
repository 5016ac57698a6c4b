// A finding's place in words: `rules[3].resources[0].group` → "Rule 4 · Resource group 1 · API group".
import { t } from '../../i18n/index.ts'
import { isPolicySettingField, RULE_FIELDS } from '../../policy/ruleFields.ts'

const FIELD_LABELS: Record<string, string> = {
  ...Object.fromEntries(RULE_FIELDS.map((f) => [f, t.fields[f]])),
  note: t.fields.note,
  group: t.fields.apiGroup,
  resourceNames: t.fields.resourceNames,
}

/** placeLabel describes a finding's path for the reader; unknown shapes are shown as they are. */
export function placeLabel(place: string): string {
  const p = t.verify.problems.place
  if (place === 'rules') return p.rules
  // A policy-wide setting (policy/ruleFields.ts), labelled as the policy settings show it.
  const [, setting, index] = /^(\w+)(?:\[(\d+)\])?$/.exec(place) ?? []
  if (setting !== undefined && isPolicySettingField(setting)) {
    const item = index !== undefined ? ` · ${p.item(Number(index) + 1)}` : ''
    return `${p.policy} · ${t.policySettings[setting]}${item}`
  }
  if (place.startsWith('spec.'))
    return `${p.moduleConfig} · ${place.replace(/^spec\.(settings\.apiserver\.)?/, '')}`
  const m = /^rules\[(\d+)\](.*)$/.exec(place)
  if (!m) return place
  const parts = [t.rules.ruleName(Number(m[1]) + 1)]
  for (const seg of m[2]!.split('.').filter(Boolean)) {
    const s = /^(\w+)(?:\[(\d+)\])?$/.exec(seg)
    if (!s) {
      parts.push(seg)
      continue
    }
    const [, name, index] = s
    if (name === 'resources' && index !== undefined && parts.length === 1)
      parts.push(t.fields.resourceGroupName(Number(index) + 1))
    else parts.push(FIELD_LABELS[name!] ?? name!, ...(index !== undefined ? [p.item(Number(index) + 1)] : []))
  }
  return parts.join(' · ')
}
