// The one table of a PolicyRule's API fields (k8s.io/apiserver/pkg/apis/audit/v1 types.go PolicyRule) and of a
// resources entry's (GroupResources): each field's name and the kind of its value, in the order the canonical
// text writes them (docs/design.md §2). Decoding (decode.ts, parse.ts), stored work (state/storedWork.ts), the
// JSON schema (schema.ts), the canonical text (serialize.ts), text patches (textpatch.ts), "show me where"
// (state/reveal.ts) and the field labels (i18n `fields`, keyed by RuleFieldName) all follow it.
import type { GroupResources, PolicyRule } from './types.ts'

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
