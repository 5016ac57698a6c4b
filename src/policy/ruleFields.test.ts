import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { V1_POLICY } from './decode.ts'
import { parsePolicy } from './parse.ts'
import {
  GROUP_FIELD_TABLE,
  POLICY_FIELD_TABLE,
  POLICY_HEADER_LINES,
  POLICY_SETTING_TABLE,
  RULE_FIELD_TABLE,
  type RuleFieldKind,
  type RuleFieldValues,
} from './ruleFields.ts'
import { POLICY_SCHEMA } from './schema.ts'
import { serializePolicy } from './serialize.ts'
import type { Policy, PolicyRule } from './types.ts'

/** A value of each kind that every reader must keep (false: the tri-state's explicit "no"). */
const SAMPLE: { [K in RuleFieldKind]: RuleFieldValues[K] } = {
  level: 'Request',
  strings: ['a', ''],
  stages: ['Panic'],
  groups: [{ group: '', resources: ['pods'], resourceNames: ['x'] }, { group: 'apps' }],
  bool: false,
}

type Fields = Record<string, { k: string; fields?: Fields; elem?: { k: string; fields?: Fields } }>
const v1Fields = (V1_POLICY as { fields: Fields }).fields
const ruleType = v1Fields.rules!.elem!.fields!
const schemaRule = (
  POLICY_SCHEMA.properties as Record<string, { items: { properties: Record<string, unknown> } }>
).rules!.items.properties

describe('RULE_FIELD_TABLE', () => {
  it.each(RULE_FIELD_TABLE.map((f) => [f.name, f.kind] as const))(
    '%s (%s) is written, read back and described',
    (name, kind) => {
      const rule = { level: 'None', [name]: SAMPLE[kind] } as PolicyRule
      const text = serializePolicy({ rules: [rule] })
      expect(parsePolicy(text).policy!.rules[0]).toEqual(rule)
      expect(Object.keys((parseYaml(text) as { rules: object[] }).rules[0]!)).toContain(name)
      expect(ruleType[name]).toBeDefined()
      expect(schemaRule[name]).toBeDefined()
    },
  )

  it('lists the Go type and the schema in its own order', () => {
    const names = RULE_FIELD_TABLE.map((f) => f.name)
    expect(Object.keys(ruleType)).toEqual(names)
    expect(Object.keys(schemaRule)).toEqual(names)
    expect(Object.keys(ruleType.resources!.elem!.fields!)).toEqual(GROUP_FIELD_TABLE.map((f) => f.name))
  })
})

describe('POLICY_FIELD_TABLE', () => {
  const schemaTop = POLICY_SCHEMA as { properties: Record<string, unknown>; required: string[] }
  /** A value of each policy-wide kind that every reader keeps (a flag keeps only true). */
  const SETTING = { stages: ['Panic', ''], flag: true } as const

  it.each(POLICY_SETTING_TABLE.map((f) => [f.name, f.kind] as const))(
    '%s (%s) is written, read back and described (stored work: state/storedWork.test.ts)',
    (name, kind) => {
      const policy = { rules: [], [name]: SETTING[kind] } as Policy
      const text = serializePolicy(policy)
      expect(parsePolicy(text).policy).toEqual(policy)
      expect(Object.keys(parseYaml(text) as object)).toContain(name)
      expect(v1Fields[name]).toBeDefined()
      expect(schemaTop.properties[name]).toBeDefined()
    },
  )

  it('orders the canonical text and the schema; the Go type has every field', () => {
    const names = POLICY_FIELD_TABLE.map((f) => f.name)
    expect(Object.keys(schemaTop.properties)).toEqual(names)
    expect(Object.keys(v1Fields).sort()).toEqual([...names].sort())
    expect(schemaTop.required).toEqual(['apiVersion', 'kind', 'rules'])
    const full: Policy = { omitStages: ['Panic'], omitManagedFields: true, rules: [{ level: 'None' }] }
    const text = serializePolicy(full)
    // Every field but metadata (never kept), in the table's order, the header first.
    expect(Object.keys(parseYaml(text) as object)).toEqual(names.filter((n) => n !== 'metadata'))
    expect(text.startsWith(POLICY_HEADER_LINES.join('\n') + '\n')).toBe(true)
    expect(POLICY_HEADER_LINES).toEqual(['apiVersion: audit.k8s.io/v1', 'kind: Policy'])
  })
})
