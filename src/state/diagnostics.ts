// Diagnostics for the form: the core's findings for the document, indexed by the field they concern. Each
// diagnostic's `at` path (rules[3].resources[0].group, rules[3].nonResourceURLs[1], …) names a field; for list
// fields the trailing index names the offending item (a chip).
import { t } from '../i18n/index.ts'
import { diagnosticText } from '../i18n/ownFindings.ts'
import { GROUP_LIST_FIELDS, POLICY_SETTING_TABLE, RULE_FIELD_TABLE } from '../policy/ruleFields.ts'
import type { Diagnostic, DiagnosticHint } from '../policy/types.ts'
import { targetFindings } from '../policy/target.ts'
import { validatePolicy } from '../policy/validate.ts'
import { defaultKubernetesVersion, type KubernetesVersion } from '../policy/versions.ts'
import type { EditorDocument } from './document.ts'

/** DiagnosedDocument: what the diagnostics read (the version defaults to the target's). */
export type DiagnosedDocument = Pick<EditorDocument, 'policy' | 'target'> & {
  kubernetesVersion?: KubernetesVersion
}

/** A field path as the form uses it: `at` without a trailing list index (`rules[2].verbs`, `omitStages`). */
export type FieldPath = string

/** Where a diagnostic points in the form: the field, and for list fields the item. */
export interface FieldRef {
  field: FieldPath
  item?: number
}

/** Lists whose items a path can name: a rule's lists (of strings, of resources entries) and an entry's lists. */
const LISTS = new Set<string>([
  ...RULE_FIELD_TABLE.filter((f) => f.kind !== 'level' && f.kind !== 'bool').map((f) => f.name),
  ...GROUP_LIST_FIELDS,
])
/**
 * A list item's path: `rules[0].nonResourceURLs[2]`, `rules[0].resources[1].resourceNames[0]`, and the
 * policy-wide lists' (`omitStages[1]`).
 */
const POLICY_LISTS = POLICY_SETTING_TABLE.filter((f) => f.kind === 'stages').map((f) => f.name)
const ITEM_PATH = new RegExp(`^(.*\\.(?:${[...LISTS].join('|')})|${POLICY_LISTS.join('|')})\\[(\\d+)\\]$`)

/** fieldOf maps a diagnostic path to its form field: `rules[0].nonResourceURLs[2]` → field …nonResourceURLs, item 2. */
export function fieldOf(at: string): FieldRef {
  const m = ITEM_PATH.exec(at)
  return m ? { field: m[1]!, item: Number(m[2]) } : { field: at }
}

/** targetDiagnostics: what the chosen target adds to validatePolicy (the core's targetFindings). */
export function targetDiagnostics(doc: DiagnosedDocument): Diagnostic[] {
  return targetFindings(doc.policy, doc.target)
}

/**
 * documentDiagnostics: every finding for the document, errors first in the API server's order. This is the
 * seam for more checks (lintPolicy's warnings, the simulator's notes): append them here.
 */
export function documentDiagnostics(doc: DiagnosedDocument): Diagnostic[] {
  const kubernetesVersion = doc.kubernetesVersion ?? defaultKubernetesVersion(doc.target)
  return [...validatePolicy(doc.policy, { everyField: true, kubernetesVersion }), ...targetDiagnostics(doc)]
}

/**
 * fieldDecodeFindings: the decoding errors of an imported text that name a field (a value of the wrong type, or
 * an unknown field, which does not come in), without their ranges: those are in the imported text, not in the
 * editor's. They come back as warnings: the policy being edited (and every export of it) no longer holds the
 * value, so they tell what was left out and block nothing.
 */
export function fieldDecodeFindings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .filter((d) => d.kind === 'Decode' && (d.at ?? '') !== '')
    .map(({ range: _range, ...d }) => ({ ...d, severity: 'warning' as const }))
}

/** indexByField groups diagnostics by the form field they concern. */
export function indexByField(diagnostics: readonly Diagnostic[]): Map<FieldPath, Diagnostic[]> {
  const index = new Map<FieldPath, Diagnostic[]>()
  for (const d of diagnostics) {
    const { field } = fieldOf(d.at ?? d.path)
    const list = index.get(field)
    if (list) list.push(d)
    else index.set(field, [d])
  }
  return index
}

/** indexByRule groups the diagnostics about rules by rule index (for badges on collapsed rules). */
export function indexByRule(diagnostics: readonly Diagnostic[]): Map<number, Diagnostic[]> {
  const index = new Map<number, Diagnostic[]>()
  for (const d of diagnostics) {
    const m = /^rules\[(\d+)\]/.exec(d.at ?? d.path)
    if (!m) continue
    const i = Number(m[1])
    const list = index.get(i)
    if (list) list.push(d)
    else index.set(i, [d])
  }
  return index
}

/** hintText: the fact a diagnostic's message leaves out (group "*" before 1.36), in the active language. */
export function hintText(h: DiagnosticHint): string {
  return t.hints[h.code](h)
}

/**
 * fieldMessage is a diagnostic's message (our own in the active language) without the path prefix the API server
 * puts in front.
 */
export function fieldMessage(d: Diagnostic): string {
  const message = diagnosticText(d)
  return message.startsWith(`${d.path}: `) ? message.slice(d.path.length + 2) : message
}

/** ruleOfPath: the rule a path is about (`rules[3].verbs` → 3), or null for the policy and the ModuleConfig. */
export function ruleOfPath(at: string | undefined): number | null {
  const m = /^rules\[(\d+)\]/.exec(at ?? '')
  return m ? Number(m[1]) : null
}

/**
 * detailsOnce: the findings in order, each detail sentence said once per rule: a sentence an earlier finding
 * about the same rule already carries (how to choose the level of requests DKP decides, under each of a rule's
 * overlaps) is left out of the later ones.
 */
export function detailsOnce<D extends { at?: string; path?: string; details?: readonly string[] }>(
  list: readonly D[],
): D[] {
  const said = new Map<number | null, Set<string>>()
  return list.map((d) => {
    if (!d.details || d.details.length === 0) return d
    const rule = ruleOfPath(d.at ?? d.path)
    let seen = said.get(rule)
    if (!seen) said.set(rule, (seen = new Set()))
    const kept = d.details.filter((line) => !seen.has(line))
    kept.forEach((line) => seen.add(line))
    return kept.length === d.details.length ? d : { ...d, details: kept }
  })
}

/**
 * sameFinding: the same words, place and fix (lint's headline can stay while its details or fix change; a fix is
 * the whole policy fixed, so only the same fix object is the same fix).
 */
function sameFinding(d: Diagnostic, e: Diagnostic): boolean {
  const fix = (x: Diagnostic) => (x as { fix?: object }).fix
  return (
    d.message === e.message &&
    d.at === e.at &&
    d.severity === e.severity &&
    d.hint === e.hint &&
    d.reason === e.reason &&
    (d.details ?? []).join('\n') === (e.details ?? []).join('\n') &&
    (d.items ?? []).join('\n') === (e.items ?? []).join('\n') &&
    fix(d) === fix(e)
  )
}

/** sameDiagnostics compares two lists by content, so unchanged findings keep their identity in hooks. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  // The same list (a memoized selector's answer on a state change that did not touch it, e.g. opening a rule):
  // no need to compare a big policy's thousands of findings one by one.
  if (a === b) return true
  return a.length === b.length && a.every((d, i) => d === b[i] || sameFinding(d, b[i]!))
}
