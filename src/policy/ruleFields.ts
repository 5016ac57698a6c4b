// The tables of a Policy's fields: the PolicyRule's API fields (k8s.io/apiserver/pkg/apis/audit/v1 types.go
// PolicyRule), a resources entry's (GroupResources) and the Policy's own (POLICY_FIELD_TABLE, below): each field's name and the kind of its value, in the order the canonical
// text writes them (docs/design.md §2). Decoding (decode.ts, parse.ts), stored work (state/storedWork.ts), the
// JSON schema (schema.ts), the canonical text (serialize.ts), text patches (textpatch.ts), "show me where"
// (state/reveal.ts) and the field labels (i18n `fields`, keyed by RuleFieldName) all follow it.
import type { GroupResources, Policy, PolicyRule } from './types.ts'

/**
 * RuleFieldKind: how a field's value is shaped: `level` a level name (kept as written, possibly invalid),
 * `strings` a list of strings, `stages` a list of stage names, `groups` a list of GroupResources entries,
 * `bool` a tri-state boolean (absent inherits the policy's value).
 */
export type RuleFieldKind = 'level' | 'strings' | 'stages' | 'groups' | 'bool'

/** RuleFieldValues: the value a field of kind K holds in PolicyRule (when set). */
export interface RuleFieldValues {
  level: string
  strings: string[]
  stages: string[]
  groups: GroupResources[]
  bool: boolean
}

/** The API fields of a PolicyRule: every key but `note` (a YAML comment, not part of the API object). */
type ApiField = Exclude<keyof PolicyRule, 'note'>
/** KindsOf: the kinds whose value is exactly of type V. */
type KindsOf<V> = {
  [K in RuleFieldKind]: [V] extends [RuleFieldValues[K]]
    ? [RuleFieldValues[K]] extends [V]
      ? K
      : never
    : never
}[RuleFieldKind]

/**
 * RULE_FIELD_TABLE: every API field of a PolicyRule with its kind, in the order serializePolicy writes them. A
 * kind that does not fit the field's type in PolicyRule fails to compile (and so does a field left out, below).
 */
export const RULE_FIELD_TABLE = [
  { name: 'level', kind: 'level' },
  { name: 'users', kind: 'strings' },
  { name: 'userGroups', kind: 'strings' },
  { name: 'verbs', kind: 'strings' },
  { name: 'resources', kind: 'groups' },
  { name: 'namespaces', kind: 'strings' },
  { name: 'nonResourceURLs', kind: 'strings' },
  { name: 'omitStages', kind: 'stages' },
  { name: 'omitManagedFields', kind: 'bool' },
] as const satisfies ReadonlyArray<
  { [F in ApiField]-?: { name: F; kind: KindsOf<Exclude<PolicyRule[F], undefined>> } }[ApiField]
>

type RuleFieldEntry = (typeof RULE_FIELD_TABLE)[number]
/** RuleFieldName: the name of a PolicyRule API field (every key of PolicyRule but `note`). */
export type RuleFieldName = RuleFieldEntry['name']
/** RuleFieldOfKind: the names of the fields whose values are of kind K. */
export type RuleFieldOfKind<K extends RuleFieldKind> = Extract<RuleFieldEntry, { kind: K }>['name']
/** ListRuleField: the fields holding a list of strings (stages included), edited as chips. */
export type ListRuleField = RuleFieldOfKind<'strings' | 'stages'>

/** Holds: a compile-time check (a false condition fails to compile). */
type Holds<T extends true> = T
/**
 * RuleFieldTableChecks compiles only while the table names every API field of PolicyRule (a field added to
 * types.ts and not here fails) and starts with `level`, which opens the rule's sequence item (serialize.ts).
 */
export type RuleFieldTableChecks = [
  Holds<[Exclude<ApiField, RuleFieldName>] extends [never] ? true : false>,
  Holds<(typeof RULE_FIELD_TABLE)[0]['name'] extends 'level' ? true : false>,
]

/** RULE_FIELDS: a PolicyRule's API field names, in the order serializePolicy writes them. */
export const RULE_FIELDS: readonly RuleFieldName[] = RULE_FIELD_TABLE.map((f) => f.name)

/** isListRuleField: whether the field holds a list of strings (kind `strings` or `stages`). */
export const isListRuleField = (name: string): name is ListRuleField =>
  RULE_FIELD_TABLE.some((f) => f.name === name && (f.kind === 'strings' || f.kind === 'stages'))

/** LIST_RULE_FIELDS: the fields holding a list of strings, in table order. */
export const LIST_RULE_FIELDS: readonly ListRuleField[] = RULE_FIELDS.filter(isListRuleField)

/**
 * GROUP_FIELD_TABLE: every field of a resources entry (GroupResources), in the order serializePolicy writes them:
 * `group` a string that is always written (`""` is the core group), then two lists of strings.
 */
export const GROUP_FIELD_TABLE = [
  { name: 'group', kind: 'group' },
  { name: 'resources', kind: 'strings' },
  { name: 'resourceNames', kind: 'strings' },
] as const satisfies ReadonlyArray<{ name: keyof GroupResources; kind: 'group' | 'strings' }>

/** GroupFieldName: the name of a GroupResources field. */
export type GroupFieldName = (typeof GROUP_FIELD_TABLE)[number]['name']
/** GroupListField: the GroupResources fields holding a list of strings. */
export type GroupListField = Extract<(typeof GROUP_FIELD_TABLE)[number], { kind: 'strings' }>['name']

/** GroupFieldTableChecks compiles only while the table names every field of GroupResources. */
export type GroupFieldTableChecks = Holds<
  [Exclude<keyof GroupResources, GroupFieldName>] extends [never] ? true : false
>

/** GROUP_LIST_FIELDS: the GroupResources fields holding a list of strings, in table order. */
export const GROUP_LIST_FIELDS: readonly GroupListField[] = GROUP_FIELD_TABLE.flatMap((f) =>
  f.kind === 'strings' ? [f.name] : [],
)

/**
 * PolicyFieldKind: how a Policy's own field is shaped: `header` apiVersion or kind (a fixed value the canonical
 * text writes first; not part of the Policy value), `metadata` ObjectMeta (read and ignored, never kept),
 * `stages` a list of stage names, `flag` a boolean whose false means the same as absent (only true is kept: there
 * is nothing above the policy to inherit from), `rules` the list of PolicyRule.
 */
export type PolicyFieldKind = 'header' | 'metadata' | 'stages' | 'flag' | 'rules'

/** The kinds a field of the Policy value may have, by the type of its value. */
interface PolicyFieldValues {
  stages: string[]
  flag: boolean
  rules: PolicyRule[]
}
/** PolicyKindsOf: the kinds of the Policy value whose value is exactly of type V. */
type PolicyKindsOf<V> = {
  [K in keyof PolicyFieldValues]: [V] extends [PolicyFieldValues[K]]
    ? [PolicyFieldValues[K]] extends [V]
      ? K
      : never
    : never
}[keyof PolicyFieldValues]

/**
 * POLICY_FIELD_TABLE: every top-level field of an audit.k8s.io/v1 Policy (k8s.io/apiserver/pkg/apis/audit/v1
 * types.go Policy: TypeMeta, ObjectMeta, Rules, OmitStages, OmitManagedFields) with its kind, in the order the
 * canonical text and the JSON schema write them. Decoding (decode.ts, parse.ts), stored work
 * (state/storedWork.ts), the schema, the canonical text, text patches, "show me where", the form's field paths
 * and the policy settings' labels (i18n `policySettings`, keyed by PolicySettingField) all follow it. Every field
 * of Policy must be here with a kind that fits its type (PolicyFieldTableChecks).
 */
export const POLICY_FIELD_TABLE = [
  { name: 'apiVersion', kind: 'header', value: 'audit.k8s.io/v1' },
  { name: 'kind', kind: 'header', value: 'Policy' },
  { name: 'metadata', kind: 'metadata' },
  { name: 'omitStages', kind: 'stages' },
  { name: 'omitManagedFields', kind: 'flag' },
  { name: 'rules', kind: 'rules' },
] as const satisfies ReadonlyArray<
  | { name: 'apiVersion' | 'kind'; kind: 'header'; value: string }
  | { name: 'metadata'; kind: 'metadata' }
  | { [F in keyof Policy]-?: { name: F; kind: PolicyKindsOf<Exclude<Policy[F], undefined>> } }[keyof Policy]
>

type PolicyFieldEntry = (typeof POLICY_FIELD_TABLE)[number]
/** PolicyFieldName: the name of a top-level Policy field (header and metadata included). */
export type PolicyFieldName = PolicyFieldEntry['name']
/** PolicyFieldOfKind: the names of the top-level fields of kind K. */
export type PolicyFieldOfKind<K extends PolicyFieldKind> = Extract<PolicyFieldEntry, { kind: K }>['name']
/** PolicySettingField: the policy-wide settings (every field of the Policy value but its rules). */
export type PolicySettingField = PolicyFieldOfKind<'stages' | 'flag'>
/** PolicyHeaderEntry: apiVersion or kind, with the value the canonical text writes. */
export type PolicyHeaderEntry = Extract<PolicyFieldEntry, { kind: 'header' }>

/**
 * PolicyFieldTableChecks compiles only while the table names every field of Policy (a field added to types.ts
 * and not here fails), with both header fields first (they open the canonical text) and `rules` last.
 */
export type PolicyFieldTableChecks = [
  Holds<[Exclude<keyof Policy, PolicyFieldName>] extends [never] ? true : false>,
  Holds<(typeof POLICY_FIELD_TABLE)[0]['kind'] extends 'header' ? true : false>,
  Holds<(typeof POLICY_FIELD_TABLE)[1]['kind'] extends 'header' ? true : false>,
  Holds<(typeof POLICY_FIELD_TABLE)[5]['name'] extends 'rules' ? true : false>,
  Holds<(typeof POLICY_FIELD_TABLE)['length'] extends 6 ? true : false>,
]

/** POLICY_HEADER: apiVersion and kind with their values, in the order the canonical text writes them. */
export const POLICY_HEADER: readonly PolicyHeaderEntry[] = POLICY_FIELD_TABLE.filter(
  (f): f is PolicyHeaderEntry => f.kind === 'header',
)

/** POLICY_HEADER_LINES: the canonical text's first lines (`apiVersion: audit.k8s.io/v1`, `kind: Policy`). */
export const POLICY_HEADER_LINES: readonly string[] = POLICY_HEADER.map((f) => `${f.name}: ${f.value}`)

/** POLICY_SETTING_TABLE: the policy-wide settings with their kinds, in table order. */
export const POLICY_SETTING_TABLE = POLICY_FIELD_TABLE.filter(
  (f): f is Extract<PolicyFieldEntry, { kind: 'stages' | 'flag' }> =>
    f.kind === 'stages' || f.kind === 'flag',
)

/** isPolicySettingField: whether a name is a policy-wide setting (`omitStages`, `omitManagedFields`). */
export const isPolicySettingField = (name: string): name is PolicySettingField =>
  POLICY_SETTING_TABLE.some((f) => f.name === name)
