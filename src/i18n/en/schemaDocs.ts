// The YAML editor's hover texts for the Policy's fields (policy/schema.ts SchemaDocs); field names, levels and
// stages stay the API's. Part of `en` (en.ts), under the key `schemaDocs`.
import type { SchemaDocs } from '../../policy/schema.ts'

export const schemaDocs = {
  group: 'API group without version; "" is the core group, "*" every group.',
  groupBeforeWildcard: (since: string) =>
    `API group without version; "" is the core group ("*" from Kubernetes ${since}).`,
  groupResources:
    'Resources of the group; "pods/*" matches every pod subresource, "*/scale" one of any resource.',
  resourceNames: 'Object names; requires at least one resource.',
  level: 'How much of a matching request to log.',
  users: 'User names (exact match); empty matches every user.',
  userGroups: 'User groups (exact match); empty matches every group.',
  verbs: 'Verbs: get, list, watch, create, …; for non-resource URLs the lower-case HTTP method.',
  resources: 'Resource requests this rule matches.',
  namespaces: 'Namespaces; "" matches cluster-scoped requests.',
  nonResourceURLs:
    'Non-resource URL paths; "*" only as the last character. Not with resources or namespaces.',
  ruleOmitStages: 'Stages not to log for this rule (added to the policy-level ones).',
  ruleOmitManagedFields: 'Leave managedFields out of logged bodies; unset inherits.',
  metadata: 'Ignored by the API server.',
  omitStages: 'Stages not to log for any rule.',
  omitManagedFields: 'Leave managedFields out of logged bodies (DKP drops this policy-level field).',
  rules: 'Evaluated in order: the first match wins.',
} satisfies SchemaDocs
