// The one-line description of a collapsed rule: "Metadata · group system:authenticated · every verb".
import type { GroupResources, PolicyRule } from '../../policy/types.ts'
import { t } from '../../i18n/index.ts'
import { isolatedValue } from '../../components/visibleText.ts'

const MAX_ITEMS = 3

function short(values: readonly string[]): string {
  // A user's value cannot turn the summary's own words around: hidden characters are spelled out, and
  // right-to-left text is isolated.
  const shown = values.slice(0, MAX_ITEMS).map((v) => (v === '' ? '""' : isolatedValue(v)))
  return values.length > MAX_ITEMS ? `${shown.join(', ')} +${values.length - MAX_ITEMS}` : shown.join(', ')
}

function groupResources(gr: GroupResources): string {
  const group = gr.group === '' ? t.summary.coreGroup : gr.group
  if (!gr.resources || gr.resources.length === 0) return t.summary.groupAll(group)
  const names = gr.resourceNames?.length ? ` [${short(gr.resourceNames)}]` : ''
  return gr.group === '' ? `${short(gr.resources)}${names}` : `${group}: ${short(gr.resources)}${names}`
}

/** ruleSummary describes a rule in one line: level, who, verbs, what, where, omitted stages. */
export function ruleSummary(rule: PolicyRule): string {
  const s = t.summary
  const parts: string[] = [rule.level || t.fields.noLevel]
  const who: string[] = []
  if (rule.users)
    who.push(
      rule.users.length > MAX_ITEMS
        ? s.usersMany(rule.users.length)
        : s.users(short(rule.users), rule.users.length),
    )
  if (rule.userGroups)
    who.push(
      rule.userGroups.length > MAX_ITEMS
        ? s.groupsMany(rule.userGroups.length)
        : s.groups(short(rule.userGroups), rule.userGroups.length),
    )
  parts.push(who.length > 0 ? who.join(', ') : s.everyone)
  parts.push(rule.verbs ? s.verbs(short(rule.verbs)) : s.everyVerb)
  if (rule.resources) {
    parts.push(
      rule.resources.length > 2
        ? s.resourcesMany(rule.resources.length)
        : rule.resources.map(groupResources).join('; '),
    )
  }
  if (rule.nonResourceURLs) parts.push(s.urls(short(rule.nonResourceURLs)))
  if (rule.namespaces) parts.push(s.namespaces(short(rule.namespaces)))
  if (rule.omitStages) parts.push(s.omit(short(rule.omitStages)))
  return parts.join(s.separator)
}
