// The canonical policy text (docs/design.md §3): fixed key order, empty lists left out, `group: ""` written for the
// core group, every string double-quoted (so `no`, `on`, `1001` and `*` stay strings under YAML 1.1), notes as
// comments above their rules. The same policy always gives the same bytes.
import { normalizeNote } from './notes.ts'
import { GROUP_LIST_FIELDS, POLICY_FIELD_TABLE, RULE_FIELD_TABLE } from './ruleFields.ts'
import { LEVELS, type GroupResources, type Policy, type PolicyRule } from './types.ts'

const MAX_FLOW_LINE = 100

/** yamlQuote writes a double-quoted YAML scalar that go-yaml and eemeli/yaml both read back exactly. */
export function yamlQuote(s: string): string {
  // JSON escapes are YAML escapes; YAML also needs its line breaks (NEL, LS, PS) and non-printables escaped.
  return JSON.stringify(s).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  )
}

function list(key: string, values: readonly string[] | undefined, indent: string, out: string[]): void {
  if (!values || values.length === 0) return
  const quoted = values.map(yamlQuote)
  const flow = `${indent}${key}: [${quoted.join(', ')}]`
  if (flow.length <= MAX_FLOW_LINE) {
    out.push(flow)
    return
  }
  out.push(`${indent}${key}:`)
  for (const q of quoted) out.push(`${indent}  - ${q}`)
}

function level(l: string): string {
  return (LEVELS as readonly string[]).includes(l) ? l : yamlQuote(l)
}

function groupResources(gr: GroupResources, indent: string, out: string[]): void {
  out.push(`${indent}- group: ${yamlQuote(gr.group)}`)
  for (const f of GROUP_LIST_FIELDS) list(f, gr[f], indent + '  ', out)
}

/** serializeRule writes one rule as a block sequence item at `indent`, its note above it. */
export function serializeRule(rule: PolicyRule, indent = '  '): string {
  const out: string[] = []
  const note = rule.note ? normalizeNote(rule.note) : ''
  if (note) for (const line of note.split('\n')) out.push(line === '' ? `${indent}#` : `${indent}# ${line}`)
  const inner = indent + '  '
  // The fields in the table's order; `level` comes first (ruleFields.ts), so it opens the sequence item.
  for (const f of RULE_FIELD_TABLE) {
    switch (f.kind) {
      case 'level':
        out.push(`${indent}- ${f.name}: ${level(rule[f.name])}`)
        break
      case 'strings':
      case 'stages':
        list(f.name, rule[f.name], inner, out)
        break
      case 'groups': {
        const groups = rule[f.name]
        if (groups && groups.length > 0) {
          out.push(`${inner}${f.name}:`)
          for (const gr of groups) groupResources(gr, inner + '  ', out)
        }
        break
      }
      case 'bool': {
        const v = rule[f.name]
        if (v !== undefined) out.push(`${inner}${f.name}: ${v}`)
        break
      }
    }
  }
  return out.join('\n')
}

/** serializePolicy writes the canonical audit.k8s.io/v1 Policy text, ending with a newline. */
export function serializePolicy(policy: Policy): string {
  const out: string[] = []
  // The fields in the table's order (ruleFields.ts): apiVersion and kind first, rules last; metadata is not kept.
  for (const f of POLICY_FIELD_TABLE) {
    switch (f.kind) {
      case 'header':
        out.push(`${f.name}: ${f.value}`)
        break
      case 'metadata':
        break
      case 'stages':
        list(f.name, policy[f.name], '', out)
        break
      case 'flag':
        if (policy[f.name]) out.push(`${f.name}: true`)
        break
      case 'rules':
        if (policy[f.name].length === 0) out.push(`${f.name}: []`)
        else {
          out.push(`${f.name}:`)
          for (const rule of policy[f.name]) out.push(serializeRule(rule))
        }
        break
    }
  }
  return out.join('\n') + '\n'
}
