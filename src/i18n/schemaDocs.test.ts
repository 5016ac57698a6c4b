// The YAML editor's hover texts come from src/i18n: the English ones word for word as before, a Russian twin for
// every field, and the version's group text before 1.36.
import { describe, expect, it } from 'vitest'
import { POLICY_SCHEMA, policySchemaFor } from '../policy/schema.ts'
import { schemaDocs as en } from './en/schemaDocs.ts'
import { schemaDocs as ru } from './ru/schemaDocs.ts'

/** descriptions: every description in a schema, by its place (`rules.items.properties.level`). */
function descriptions(node: unknown, path = '', out: Record<string, string> = {}): Record<string, string> {
  if (typeof node !== 'object' || node === null) return out
  for (const [k, v] of Object.entries(node)) {
    if (k === 'description' && typeof v === 'string') out[path] = v
    else descriptions(v, path ? `${path}.${k}` : k, out)
  }
  return out
}

const RULE = 'properties.rules.items.properties'
const GROUP = `${RULE}.resources.items.properties`
/** The hover texts the editor showed before they moved to src/i18n. */
const ENGLISH: Record<string, string> = {
  'properties.metadata': 'Ignored by the API server.',
  'properties.omitStages': 'Stages not to log for any rule.',
  'properties.omitManagedFields':
    'Leave managedFields out of logged bodies (DKP drops this policy-level field).',
  'properties.rules': 'Evaluated in order: the first match wins.',
  [`${RULE}.level`]: 'How much of a matching request to log.',
  [`${RULE}.users`]: 'User names (exact match); empty matches every user.',
  [`${RULE}.userGroups`]: 'User groups (exact match); empty matches every group.',
  [`${RULE}.verbs`]: 'Verbs: get, list, watch, create, …; for non-resource URLs the lower-case HTTP method.',
  [`${RULE}.resources`]: 'Resource requests this rule matches.',
  [`${GROUP}.group`]: 'API group without version; "" is the core group, "*" every group.',
  [`${GROUP}.resources`]:
    'Resources of the group; "pods/*" matches every pod subresource, "*/scale" one of any resource.',
  [`${GROUP}.resourceNames`]: 'Object names; requires at least one resource.',
  [`${RULE}.namespaces`]: 'Namespaces; "" matches cluster-scoped requests.',
  [`${RULE}.nonResourceURLs`]:
    'Non-resource URL paths; "*" only as the last character. Not with resources or namespaces.',
  [`${RULE}.omitStages`]: 'Stages not to log for this rule (added to the policy-level ones).',
  [`${RULE}.omitManagedFields`]: 'Leave managedFields out of logged bodies; unset inherits.',
}

describe('hover texts of the Policy schema', () => {
  it('in English, word for word as before', () => {
    expect(descriptions(policySchemaFor('1.36', en))).toEqual(ENGLISH)
  })

  it('before 1.36 the group text says when "*" became a wildcard', () => {
    expect(descriptions(policySchemaFor('1.33', en))[`${GROUP}.group`]).toBe(
      'API group without version; "" is the core group ("*" from Kubernetes 1.36).',
    )
    expect(descriptions(policySchemaFor('1.33', ru))[`${GROUP}.group`]).toContain('Kubernetes 1.36')
  })

  it('in Russian, for every field, with the API words literal', () => {
    for (const version of ['1.36', '1.33'] as const) {
      const russian = descriptions(policySchemaFor(version, ru))
      expect(Object.keys(russian).sort()).toEqual(Object.keys(ENGLISH).sort())
      for (const text of Object.values(russian)) {
        expect(text).toMatch(/[а-яё]{3}/i)
        const rest = text.replace(
          /managedFields|resources|namespaces|non-resource URL|HTTP|API|DKP|core|pods?|Kubernetes|get|list|watch|create|"[^"]*"/g,
          '',
        )
        expect(rest).not.toMatch(/[a-z]{2,}/i)
      }
    }
  })

  it('the shape alone has no texts', () => {
    expect(descriptions(POLICY_SCHEMA)).toEqual({})
    expect(descriptions(policySchemaFor('1.36'))).toEqual({})
  })
})
