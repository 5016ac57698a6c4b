import { describe, expect, it } from 'vitest'
import { PRESETS } from '../policy/presets.ts'
import { POLICY_SETTING_TABLE, RULE_FIELDS } from '../policy/ruleFields.ts'
import type { PolicyRule } from '../policy/types.ts'
import { aFullDocument } from '../testing/fullDocument.ts'
import { sameDocument } from './edits.ts'
import { createDocument } from './document.ts'
import {
  decodeWork,
  documentData,
  encodeWork,
  FORMAT,
  MAX_RULES,
  readDocument,
  readPolicy,
  type ReadProblem,
} from './storedWork.ts'

const raw = (doc: unknown, extra: object = {}) =>
  JSON.stringify({ format: FORMAT, version: 1, savedAt: 1, tab: 't', doc, ...extra })

describe('encodeWork / decodeWork', () => {
  it('keeps every field of the document but the rule ids, and the draft', () => {
    const doc = aFullDocument()
    const text = encodeWork({ doc, draft: 'rules: [', savedAt: 5, tab: 'a' })
    const stored = JSON.parse(text) as { doc: Record<string, unknown> }
    expect(Object.keys(stored.doc).sort()).toEqual(
      Object.keys(createDocument())
        .filter((k) => k !== 'ruleIds')
        .sort(),
    )
    const back = decodeWork(text)
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(sameDocument(back.value.doc, doc)).toBe(true)
    expect(back.value.draft).toBe('rules: [')
    expect(back.value.doc.ruleIds).toHaveLength(2)
    expect(back.value.doc.ruleIds).not.toEqual(doc.ruleIds)
  })

  it.each(PRESETS.map((p) => [p.id, p] as const))('round-trips preset %s', (_id, preset) => {
    const doc = createDocument(preset.policy)
    const back = decodeWork(encodeWork({ doc, savedAt: 0, tab: 'x' }))
    expect(back.ok && sameDocument(back.value.doc, doc)).toBe(true)
  })

  it('keeps every field of a rule (policy/ruleFields.ts), false and empty texts included', () => {
    const rule: PolicyRule = {
      level: 'Request',
      users: ['a', ''],
      userGroups: ['g'],
      verbs: ['get'],
      resources: [{ group: '', resources: ['pods'], resourceNames: ['x'] }, { group: 'apps' }],
      namespaces: [''],
      nonResourceURLs: ['/healthz'],
      omitStages: ['Panic'],
      omitManagedFields: false,
      note: 'why',
    }
    expect(Object.keys(rule)).toEqual([...RULE_FIELDS, 'note'])
    const back = readPolicy({ rules: [rule, { level: 'None', users: [], resources: [] }] })
    expect(back).toEqual({ ok: true, value: { rules: [rule, { level: 'None' }] } })
  })

  it('keeps the policy-wide settings (policy/ruleFields.ts); a false flag and an empty list read as absent', () => {
    const policy = { rules: [], omitStages: ['Panic', ''], omitManagedFields: true }
    expect(Object.keys(policy)).toEqual(['rules', ...POLICY_SETTING_TABLE.map((f) => f.name)])
    expect(readPolicy(policy)).toEqual({ ok: true, value: policy })
    expect(readPolicy({ rules: [], omitStages: [], omitManagedFields: false })).toEqual({
      ok: true,
      value: { rules: [] },
    })
  })

  it('fills fields missing from older data with their defaults and drops unknown ones', () => {
    const data = documentData(aFullDocument())
    delete data.savedRequests
    delete data.dkp
    const back = decodeWork(raw({ ...data, fromTheFuture: [1, 2] }))
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.value.doc.savedRequests).toEqual([])
    expect(back.value.doc.dkp).toEqual(createDocument().dkp)
    expect('fromTheFuture' in back.value.doc).toBe(false)
  })

  const bad: Array<{ name: string; text: string; reason: ReadProblem }> = [
    { name: 'not JSON', text: '{"format": "audit-pol', reason: { code: 'not-json' } },
    {
      name: "another app's data",
      text: JSON.stringify({ format: 'kyverno', doc: {} }),
      reason: { code: 'not-ours' },
    },
    {
      name: 'a newer format',
      text: raw({}, { version: 2 }),
      reason: { code: 'format-version', found: '2', reads: 1 },
    },
    { name: 'no rules list', text: raw({ policy: { rules: 'x' } }), reason: { code: 'no-rules' } },
    {
      name: 'a rule without a text level',
      text: raw({ policy: { rules: [{ level: 3 }] } }),
      reason: { code: 'not-text', at: 'rules[0].level' },
    },
    {
      name: 'users that are not texts',
      text: raw({ policy: { rules: [{ level: 'None', users: [1] }] } }),
      reason: { code: 'not-texts', at: 'rules[0].users' },
    },
    {
      name: 'a resource group without a group',
      text: raw({ policy: { rules: [{ level: 'None', resources: [{}] }] } }),
      reason: { code: 'not-group', at: 'rules[0].resources[0]' },
    },
    {
      name: 'stages that are not texts',
      text: raw({ policy: { rules: [{ level: 'None', omitStages: ['Panic', null] }] } }),
      reason: { code: 'not-texts', at: 'rules[0].omitStages' },
    },
    {
      name: 'resources that are not a list',
      text: raw({ policy: { rules: [{ level: 'None', resources: { group: '' } }] } }),
      reason: { code: 'not-list', at: 'rules[0].resources' },
    },
    {
      name: 'resource names that are not texts',
      text: raw({ policy: { rules: [{ level: 'None', resources: [{ group: '', resourceNames: 'x' }] }] } }),
      reason: { code: 'not-texts', at: 'rules[0].resources[0].resourceNames' },
    },
    {
      name: 'a rule omitManagedFields that is not a boolean',
      text: raw({ policy: { rules: [{ level: 'None', omitManagedFields: 'yes' }] } }),
      reason: { code: 'not-boolean', at: 'rules[0].omitManagedFields' },
    },
    {
      name: 'policy-wide stages that are not texts',
      text: raw({ policy: { rules: [], omitStages: 'Panic' } }),
      reason: { code: 'not-texts', at: 'omitStages' },
    },
    {
      name: 'a policy-wide omitManagedFields that is not a boolean',
      text: raw({ policy: { rules: [], omitManagedFields: 1 } }),
      reason: { code: 'not-boolean', at: 'omitManagedFields' },
    },
    {
      name: 'a bad rule before a bad policy-wide field (rules are read first)',
      text: raw({ policy: { rules: [{ level: 1 }], omitStages: 'Panic' } }),
      reason: { code: 'not-text', at: 'rules[0].level' },
    },
    {
      name: 'too many rules',
      text: raw({ policy: { rules: Array.from({ length: MAX_RULES + 1 }, () => ({ level: 'None' })) } }),
      reason: { code: 'too-many-rules', rules: MAX_RULES + 1, max: 2000 },
    },
    { name: 'an unknown target', text: raw({ target: 'openshift' }), reason: { code: 'unknown-target' } },
    {
      name: 'a bad log output',
      text: raw({ dkp: { auditLog: { output: 'Syslog' } } }),
      reason: { code: 'not-output', at: 'auditLog.output' },
    },
    { name: 'a draft that is not text', text: raw({}, { draft: 5 }), reason: { code: 'draft-not-text' } },
  ]
  it.each(bad)('refuses $name with a reason', ({ text, reason }) => {
    const r = decodeWork(text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toEqual(reason)
  })

  it('takes a field of the wrong kind as its default (fields this module does not know)', () => {
    const back = decodeWork(raw({ savedRequests: 'nope' }))
    expect(back.ok && back.value.doc.savedRequests).toEqual([])
  })
})

describe('Kubernetes version in saved and shared work', () => {
  it('round-trips through encodeWork/decodeWork', () => {
    const doc = createDocument({ rules: [{ level: 'Metadata' }] }, 'deckhouse', undefined, [], '', '1.33')
    const back = decodeWork(encodeWork({ doc, savedAt: 1, tab: 't' }))
    expect(back.ok && back.value.doc.kubernetesVersion).toBe('1.33')
  })
  it("older data without a version takes the target's default", () => {
    const kube = readDocument({ policy: { rules: [] }, target: 'kube-apiserver' })
    const dkp = readDocument({ policy: { rules: [] }, target: 'deckhouse' })
    expect(kube.ok && kube.value.kubernetesVersion).toBe('1.36')
    expect(dkp.ok && dkp.value.kubernetesVersion).toBe('1.34')
  })
  it('an unknown version is refused with a reason', () => {
    expect(readDocument({ policy: { rules: [] }, kubernetesVersion: '1.12' })).toEqual({
      ok: false,
      reason: { code: 'unknown-version' },
    })
  })
})
