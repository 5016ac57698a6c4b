// One line per rule for the side-by-side list: the level and the selectors it sets.
import type { PolicyRule } from '../../policy/types.ts'

const SELECTORS = ['users', 'userGroups', 'verbs', 'namespaces', 'nonResourceURLs'] as const

/** ruleLine: "Metadata · verbs: get, list · resources: secrets, configmaps". */
export function ruleLine(rule: PolicyRule): string {
  const parts = [rule.level]
  for (const f of SELECTORS) if (rule[f]?.length) parts.push(`${f}: ${rule[f]!.join(', ')}`)
  if (rule.resources?.length) {
    const res = rule.resources.flatMap((g) =>
      g.resources?.length ? g.resources : [`${g.group || 'core'}/*`],
    )
    parts.push(`resources: ${res.join(', ')}`)
  }
  return parts.join(' · ')
}
