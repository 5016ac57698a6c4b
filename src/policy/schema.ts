// A JSON Schema (draft-07) of the audit.k8s.io/v1 Policy, for monaco-yaml's completion, hover and markers.
// Built from the core's own constants (LEVELS, STAGES) and the serializer's field order; schema.test.ts checks
// it against the core (every preset validates, and what validatePolicy or DKP's strict reader refuses does not).
import { LEVELS, STAGES } from './types.ts'
import { GROUP_WILDCARD_SINCE, groupWildcardAllowed, type KubernetesVersion } from './versions.ts'

type JsonSchema = Record<string, unknown>

/** DNS-1123 subdomain, or "" (core group), or "*" (every group): what validatePolicy accepts for a group. */
export const GROUP_PATTERN = '^(|\\*|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)$'
/** `*`, or a path starting with `/` whose only `*` is the last character. */
export const NON_RESOURCE_URL_PATTERN = '^(\\*|/[^*]*\\*?)$'

/** RULE_FIELDS: a PolicyRule's API fields, in the order serializePolicy writes them. */
export const RULE_FIELDS = [
  'level',
  'users',
  'userGroups',
  'verbs',
  'resources',
  'namespaces',
  'nonResourceURLs',
  'omitStages',
  'omitManagedFields',
] as const

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

/** A group before Kubernetes 1.36: DNS-1123 subdomain or "" (core group); "*" fails the check (spec §0). */
const GROUP_PATTERN_BEFORE_WILDCARD = '^(|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)$'

/** policySchema builds the schema; with `docs`, each field has its hover text; `wildcard`: group "*" is one. */
function policySchema(docs: SchemaDocs | undefined, wildcard: boolean): JsonSchema {
  const doc = (key: Exclude<keyof SchemaDocs, 'groupBeforeWildcard'>) =>
    docs ? { description: docs[key] } : {}
  const strings = (key: Parameters<typeof doc>[0], items: JsonSchema = { type: 'string' }): JsonSchema => ({
    type: 'array',
    ...doc(key),
    items,
  })
  const stages = (key: Parameters<typeof doc>[0]) => strings(key, { type: 'string', enum: [...STAGES] })
  const groupDoc = wildcard
    ? doc('group')
    : docs
      ? { description: docs.groupBeforeWildcard(GROUP_WILDCARD_SINCE) }
      : {}

  const groupResources: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
      group: {
        type: 'string',
        pattern: wildcard ? GROUP_PATTERN : GROUP_PATTERN_BEFORE_WILDCARD,
        ...groupDoc,
      },
      resources: strings('groupResources'),
      resourceNames: strings('resourceNames'),
    },
  }

  const rule: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['level'],
    properties: {
      level: { type: 'string', enum: [...LEVELS], ...doc('level') },
      users: strings('users'),
      userGroups: strings('userGroups'),
      verbs: strings('verbs'),
      resources: { type: 'array', ...doc('resources'), items: groupResources },
      namespaces: strings('namespaces'),
      nonResourceURLs: strings('nonResourceURLs', { type: 'string', pattern: NON_RESOURCE_URL_PATTERN }),
      omitStages: stages('ruleOmitStages'),
      omitManagedFields: { type: 'boolean', ...doc('ruleOmitManagedFields') },
    },
  }

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'audit.k8s.io/v1 Policy',
    type: 'object',
    additionalProperties: false,
    required: ['apiVersion', 'kind', 'rules'],
    properties: {
      apiVersion: { type: 'string', enum: ['audit.k8s.io/v1'] },
      kind: { type: 'string', enum: ['Policy'] },
      metadata: { type: 'object', ...doc('metadata') },
      omitStages: stages('omitStages'),
      omitManagedFields: { type: 'boolean', ...doc('omitManagedFields') },
      rules: { type: 'array', minItems: 1, ...doc('rules'), items: rule },
    },
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
