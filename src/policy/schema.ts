// A JSON Schema (draft-07) of the audit.k8s.io/v1 Policy, for monaco-yaml's completion, hover and markers.
// Built from the core's own constants (LEVELS, STAGES) and the tables of fields (ruleFields.ts); schema.test.ts checks
// it against the core (every preset validates, and what validatePolicy or DKP's strict reader refuses does not).
import {
  GROUP_FIELD_TABLE,
  POLICY_FIELD_TABLE,
  POLICY_HEADER,
  RULE_FIELD_TABLE,
  RULE_FIELDS,
  type GroupFieldName,
  type RuleFieldKind,
  type RuleFieldName,
} from './ruleFields.ts'
import { LEVELS, STAGES } from './types.ts'
import { GROUP_WILDCARD_SINCE, groupWildcardAllowed, type KubernetesVersion } from './versions.ts'

type JsonSchema = Record<string, unknown>

/** DNS-1123 subdomain, or "" (core group), or "*" (every group): what validatePolicy accepts for a group. */
export const GROUP_PATTERN = '^(|\\*|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)$'
/** `*`, or a path starting with `/` whose only `*` is the last character. */
export const NON_RESOURCE_URL_PATTERN = '^(\\*|/[^*]*\\*?)$'

/** RULE_FIELDS: a PolicyRule's API fields, in the order serializePolicy writes them (ruleFields.ts). */
export { RULE_FIELDS }

/**
 * SchemaDocs: the hover text of each field, in words (src/i18n: en/schemaDocs.ts and its Russian twin); the
 * field names stay the API's. `groupBeforeWildcard` is the group's text where "*" is not yet a wildcard.
 */
export interface SchemaDocs {
  group: string
  groupBeforeWildcard: (since: string) => string
  groupResources: string
  resourceNames: string
  level: string
  users: string
  userGroups: string
  verbs: string
  resources: string
  namespaces: string
  nonResourceURLs: string
  ruleOmitStages: string
  ruleOmitManagedFields: string
  metadata: string
  omitStages: string
  omitManagedFields: string
  rules: string
}

type DocKey = Exclude<keyof SchemaDocs, 'groupBeforeWildcard'>

/** Each rule field's hover text: a rule's omitStages and omitManagedFields have their own (the policy's differ). */
const RULE_DOCS: Record<RuleFieldName, DocKey> = {
  level: 'level',
  users: 'users',
  userGroups: 'userGroups',
  verbs: 'verbs',
  resources: 'resources',
  namespaces: 'namespaces',
  nonResourceURLs: 'nonResourceURLs',
  omitStages: 'ruleOmitStages',
  omitManagedFields: 'ruleOmitManagedFields',
}

/** The pattern each item of a string list must match, for the lists that have one. */
const ITEM_PATTERNS: Partial<Record<RuleFieldName, { pattern: string }>> = {
  nonResourceURLs: { pattern: NON_RESOURCE_URL_PATTERN },
}

/** A group before Kubernetes 1.36: DNS-1123 subdomain or "" (core group); "*" fails the check (spec §0). */
const GROUP_PATTERN_BEFORE_WILDCARD = '^(|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)$'

/** policySchema builds the schema; with `docs`, each field has its hover text; `wildcard`: group "*" is one. */
function policySchema(docs: SchemaDocs | undefined, wildcard: boolean): JsonSchema {
  const doc = (key: DocKey) => (docs ? { description: docs[key] } : {})
  const strings = (key: DocKey, items: JsonSchema = { type: 'string' }): JsonSchema => ({
    type: 'array',
    ...doc(key),
    items,
  })
  const stages = (key: DocKey) => strings(key, { type: 'string', enum: [...STAGES] })
  const groupDoc = wildcard
    ? doc('group')
    : docs
      ? { description: docs.groupBeforeWildcard(GROUP_WILDCARD_SINCE) }
      : {}

  // A resources entry's hover texts: its `resources` list has its own (the rule's `resources` is the entries).
  const groupDocs: Record<Exclude<GroupFieldName, 'group'>, DocKey> = {
    resources: 'groupResources',
    resourceNames: 'resourceNames',
  }
  const groupResources: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      GROUP_FIELD_TABLE.map((f) => [
        f.name,
        f.kind === 'group'
          ? { type: 'string', pattern: wildcard ? GROUP_PATTERN : GROUP_PATTERN_BEFORE_WILDCARD, ...groupDoc }
          : strings(groupDocs[f.name]),
      ]),
    ),
  }

  const ruleField = (name: RuleFieldName, kind: RuleFieldKind): JsonSchema => {
    const key = RULE_DOCS[name]
    switch (kind) {
      case 'level':
        return { type: 'string', enum: [...LEVELS], ...doc(key) }
      case 'strings':
        return strings(key, { type: 'string', ...ITEM_PATTERNS[name] })
      case 'stages':
        return stages(key)
      case 'groups':
        return { type: 'array', ...doc(key), items: groupResources }
      case 'bool':
        return { type: 'boolean', ...doc(key) }
    }
  }
  const rule: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['level'],
    properties: Object.fromEntries(RULE_FIELD_TABLE.map((f) => [f.name, ruleField(f.name, f.kind)])),
  }

  // The Policy's own fields (ruleFields.ts): apiVersion and kind take their one value and, with rules, are required.
  const policyField = (f: (typeof POLICY_FIELD_TABLE)[number]): JsonSchema => {
    switch (f.kind) {
      case 'header':
        return { type: 'string', enum: [f.value] }
      case 'metadata':
        return { type: 'object', ...doc(f.name) }
      case 'stages':
        return stages(f.name)
      case 'flag':
        return { type: 'boolean', ...doc(f.name) }
      case 'rules':
        return { type: 'array', minItems: 1, ...doc(f.name), items: rule }
    }
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: POLICY_HEADER.map((f) => f.value).join(' '),
    type: 'object',
    additionalProperties: false,
    required: POLICY_FIELD_TABLE.filter((f) => f.kind === 'header' || f.kind === 'rules').map((f) => f.name),
    properties: Object.fromEntries(POLICY_FIELD_TABLE.map((f) => [f.name, policyField(f)])),
  }
}

/** POLICY_SCHEMA: the JSON Schema of an audit.k8s.io/v1 Policy as DKP's strict reader accepts it (no hover texts). */
export const POLICY_SCHEMA: JsonSchema = policySchema(undefined, true)

/**
 * policySchemaFor: the schema as kube-apiserver `version` reads it, with `docs` as hover texts: before 1.36 a
 * group may not be "*" (validatePolicy's Invalid error), so the YAML editor marks it like the forms do.
 */
export function policySchemaFor(version: KubernetesVersion, docs?: SchemaDocs): JsonSchema {
  return policySchema(docs, groupWildcardAllowed(version))
}

/** POLICY_SCHEMA_URI: a file-like id, so monaco-yaml never tries to fetch it. */
export const POLICY_SCHEMA_URI = 'inmemory://schemas/audit-policy.json'
