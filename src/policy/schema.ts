// A JSON Schema (draft-07) of the audit.k8s.io/v1 Policy, for monaco-yaml's completion, hover and markers.
// Built from the core's own constants (LEVELS, STAGES) and the serializer's field order; schema.test.ts checks
// it against the core (every preset validates, and what validatePolicy or DKP's strict reader refuses does not).
import { LEVELS, STAGES } from './types.ts'
import { groupWildcardAllowed, type KubernetesVersion } from './versions.ts'

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

const strings = (description: string, items: JsonSchema = { type: 'string' }): JsonSchema => ({
  type: 'array',
  description,
  items,
})

const stages = (description: string): JsonSchema =>
  strings(description, { type: 'string', enum: [...STAGES] })

const groupResources: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    group: {
      type: 'string',
      pattern: GROUP_PATTERN,
      description: 'API group without version; "" is the core group, "*" every group.',
    },
    resources: strings(
      'Resources of the group; "pods/*" matches every pod subresource, "*/scale" one of any resource.',
    ),
    resourceNames: strings('Object names; requires at least one resource.'),
  },
}

const rule: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['level'],
  properties: {
    level: { type: 'string', enum: [...LEVELS], description: 'How much of a matching request to log.' },
    users: strings('User names (exact match); empty matches every user.'),
    userGroups: strings('User groups (exact match); empty matches every group.'),
    verbs: strings('Verbs: get, list, watch, create, …; for non-resource URLs the lower-case HTTP method.'),
    resources: { type: 'array', description: 'Resource requests this rule matches.', items: groupResources },
    namespaces: strings('Namespaces; "" matches cluster-scoped requests.'),
    nonResourceURLs: strings(
      'Non-resource URL paths; "*" only as the last character. Not with resources or namespaces.',
      {
        type: 'string',
        pattern: NON_RESOURCE_URL_PATTERN,
      },
    ),
    omitStages: stages('Stages not to log for this rule (added to the policy-level ones).'),
    omitManagedFields: {
      type: 'boolean',
      description: 'Leave managedFields out of logged bodies; unset inherits.',
    },
  },
}

/** POLICY_SCHEMA: the JSON Schema of an audit.k8s.io/v1 Policy as DKP's strict reader accepts it. */
export const POLICY_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'audit.k8s.io/v1 Policy',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'rules'],
  properties: {
    apiVersion: { type: 'string', enum: ['audit.k8s.io/v1'] },
    kind: { type: 'string', enum: ['Policy'] },
    metadata: { type: 'object', description: 'Ignored by the API server.' },
    omitStages: stages('Stages not to log for any rule.'),
    omitManagedFields: {
      type: 'boolean',
      description: 'Leave managedFields out of logged bodies (DKP drops this policy-level field).',
    },
    rules: {
      type: 'array',
      minItems: 1,
      description: 'Evaluated in order: the first match wins.',
      items: rule,
    },
  },
}

/** A group before Kubernetes 1.36: DNS-1123 subdomain or "" (core group); "*" fails the check (spec §0). */
const GROUP_PATTERN_BEFORE_WILDCARD = '^(|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)$'

/**
 * policySchemaFor: POLICY_SCHEMA as kube-apiserver `version` reads it: before 1.36 a group may not be "*"
 * (validatePolicy's Invalid error), so the YAML editor marks it like the forms do.
 */
export function policySchemaFor(version: KubernetesVersion): JsonSchema {
  if (groupWildcardAllowed(version)) return POLICY_SCHEMA
  const json = JSON.stringify(POLICY_SCHEMA)
  const quoted = (s: string) => JSON.stringify(s).slice(1, -1)
  return JSON.parse(
    json
      .replace(quoted(GROUP_PATTERN), quoted(GROUP_PATTERN_BEFORE_WILDCARD))
      .replace(
        quoted('"" is the core group, "*" every group.'),
        quoted('"" is the core group ("*" from Kubernetes 1.36).'),
      ),
  ) as JsonSchema
}

/** POLICY_SCHEMA_URI: a file-like id, so monaco-yaml never tries to fetch it. */
export const POLICY_SCHEMA_URI = 'inmemory://schemas/audit-policy.json'
