import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { parsePolicy } from './parse.ts'
import { PRESETS } from './presets.ts'
import {
  GROUP_PATTERN,
  NON_RESOURCE_URL_PATTERN,
  POLICY_SCHEMA,
  RULE_FIELDS,
  policySchemaFor,
} from './schema.ts'
import type { KubernetesVersion } from './versions.ts'
import { serializePolicy } from './serialize.ts'
import { fixturePolicy, hasSharedFixtures, needsShared } from '../testing/shared.ts'
import { validatePolicy } from './validate.ts'

type Schema = Record<string, unknown>

/** check is a small JSON Schema validator for the keywords POLICY_SCHEMA uses; it returns the failing paths. */
function check(schema: Schema, value: unknown, path = '$'): string[] {
  const errs: string[] = []
  const type = schema.type as string | undefined
  const isObj = typeof value === 'object' && value !== null && !Array.isArray(value)
  if (type === 'object' && !isObj) return [`${path}: not an object`]
  if (type === 'array' && !Array.isArray(value)) return [`${path}: not an array`]
  if (type === 'string' && typeof value !== 'string') return [`${path}: not a string`]
  if (type === 'boolean' && typeof value !== 'boolean') return [`${path}: not a boolean`]
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) errs.push(`${path}: not in enum`)
  if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern as string).test(value))
    errs.push(`${path}: does not match pattern`)
  if (isObj) {
    const obj = value as Record<string, unknown>
    const props = (schema.properties ?? {}) as Record<string, Schema>
    for (const r of (schema.required as string[] | undefined) ?? [])
      if (!(r in obj)) errs.push(`${path}.${r}: required`)
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) errs.push(...check(props[k], v, `${path}.${k}`))
      else if (schema.additionalProperties === false) errs.push(`${path}.${k}: unknown field`)
    }
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      errs.push(`${path}: too few items`)
    if (schema.items) value.forEach((v, i) => errs.push(...check(schema.items as Schema, v, `${path}[${i}]`)))
  }
  return errs
}

const fromYaml = (text: string) => parseYaml(text) as unknown
const ruleSchema = ((POLICY_SCHEMA.properties as Record<string, Schema>).rules!.items as Schema)
  .properties as Record<string, Schema>

describe('POLICY_SCHEMA', () => {
  it('has exactly the rule fields the serializer writes, in its order', () => {
    expect(Object.keys(ruleSchema)).toEqual([...RULE_FIELDS])
    const every = serializePolicy({
      rules: [
        {
          level: 'Request',
          users: ['a'],
          userGroups: ['b'],
          verbs: ['get'],
          resources: [{ group: '', resources: ['pods'] }],
          namespaces: ['x'],
          nonResourceURLs: ['/y'],
          omitStages: ['Panic'],
          omitManagedFields: true,
        },
      ],
    })
    const rule = (fromYaml(every) as { rules: Record<string, unknown>[] }).rules[0]!
    expect(Object.keys(rule)).toEqual([...RULE_FIELDS])
  })

  it.each(PRESETS.map((p) => [p.id, p]))('accepts preset %s', (_id, preset) => {
    expect(check(POLICY_SCHEMA, fromYaml(serializePolicy(preset.policy)))).toEqual([])
  })

  const present = hasSharedFixtures()
  describe.skipIf(!present)(needsShared('on the real-world policies of ../shared/fixtures', present), () => {
    it.each([
      'kubernetes-website-audit-policy.yaml',
      'deckhouse-basic-audit-policy.yaml',
      'kubespray-apiserver-audit-policy.yaml',
    ])('accepts the real-world policy %s, which kube-apiserver loads', (file) => {
      const text = fixturePolicy(file)
      expect(parsePolicy(text).loadable).toBe(true)
      expect(check(POLICY_SCHEMA, fromYaml(text))).toEqual([])
    })

    it('refuses the strict-decoding typo DKP refuses (resource: instead of resources:)', () => {
      const text = fixturePolicy('openshift-allrequestbodies.yaml')
      expect(parsePolicy(text, { target: 'deckhouse' }).loadable).toBe(false)
      expect(check(POLICY_SCHEMA, fromYaml(text)).some((e) => e.endsWith('resource: unknown field'))).toBe(
        true,
      )
    })
  })

  const invalidRules: Array<[string, Record<string, unknown>]> = [
    ['an unknown level', { level: 'Everything' }],
    ['an unknown stage', { level: 'Metadata', omitStages: ['ResponseSent'] }],
    ['a group with a version', { level: 'Metadata', resources: [{ group: 'rbac.authorization.k8s.io/v1' }] }],
    ['an upper-case group', { level: 'Metadata', resources: [{ group: 'Apps' }] }],
    ['a URL without a leading slash', { level: 'Metadata', nonResourceURLs: ['healthz'] }],
    ['a wildcard before the end', { level: 'Metadata', nonResourceURLs: ['/api/*/x'] }],
  ]
  it.each(invalidRules)('refuses %s, as validatePolicy does', (_name, rule) => {
    expect(validatePolicy({ rules: [rule as never] })).not.toEqual([])
    expect(
      check(POLICY_SCHEMA, { apiVersion: 'audit.k8s.io/v1', kind: 'Policy', rules: [rule] }),
    ).not.toEqual([])
  })

  it('refuses a rule without level and an unknown rule field', () => {
    const doc = {
      apiVersion: 'audit.k8s.io/v1',
      kind: 'Policy',
      rules: [{ verbs: ['get'] }, { level: 'None', verb: ['x'] }],
    }
    expect(check(POLICY_SCHEMA, doc)).toEqual([
      '$.rules[0].level: required',
      '$.rules[1].verb: unknown field',
    ])
  })

  it.each(['', '*', 'apps', 'rbac.authorization.k8s.io', 'a-b.c'])('group pattern accepts %j', (g) => {
    expect(new RegExp(GROUP_PATTERN).test(g)).toBe(true)
  })

  it.each(['*', '/', '/healthz', '/healthz*', '/api*'])('URL pattern accepts %j', (u) => {
    expect(new RegExp(NON_RESOURCE_URL_PATTERN).test(u)).toBe(true)
    expect(validatePolicy({ rules: [{ level: 'None', nonResourceURLs: [u] }] })).toEqual([])
  })
})

describe('policySchemaFor follows the Kubernetes version like validatePolicy', () => {
  type Node = { properties: Record<string, Node>; items: Node; pattern?: string }
  const groupPattern = (v: KubernetesVersion) => {
    const s = policySchemaFor(v) as unknown as Node
    return new RegExp(s.properties.rules!.items.properties.resources!.items.properties.group!.pattern!)
  }
  it.each([
    ['1.36', '*', true],
    ['1.35', '*', false],
    ['1.33', '*', false],
    ['1.35', 'apps', true],
    ['1.35', '', true],
    ['1.35', 'rbac.authorization.k8s.io', true],
  ] as const)('on %s, group %j is valid: %s (as validatePolicy says)', (v, group, valid) => {
    expect(groupPattern(v).test(group)).toBe(valid)
    const errors = validatePolicy(
      { rules: [{ level: 'Metadata', resources: [{ group }] }] },
      { kubernetesVersion: v },
    )
    expect(errors.length === 0).toBe(valid)
  })
})
