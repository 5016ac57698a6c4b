// The commands of "bring your own policy": two-way YAML, import, share links, new policy.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultDkpSettings } from '../policy/moduleconfig.ts'
import type { Policy, PolicyRule } from '../policy/types.ts'
import { aPolicy, aRule } from '../testing/builders.ts'
import { aRuleArb } from '../testing/ruleArbitraries.ts'
import {
  importPolicy,
  isBlankDocument,
  isBlankPolicy,
  loadDocument,
  newPolicy,
  sameDocument,
  setDkpSettings,
  setPolicyFromText,
  setTarget,
} from './edits.ts'
import { createDocument } from './document.ts'

const A = aRule({ level: 'None', users: ['system:kube-proxy'] })
const B = aRule({ level: 'Metadata', resources: [{ group: '', resources: ['secrets'] }] })
const C = aRule({ level: 'Request', verbs: ['create'] })
const D = aRule({ level: 'RequestResponse', userGroups: ['admins'] })

/** copy gives the same rules as new objects with keys in another order, as the YAML reader would return them. */
const copy = (rules: PolicyRule[]): PolicyRule[] =>
  rules.map((r) => Object.fromEntries(Object.entries(structuredClone(r)).reverse()) as PolicyRule)

describe('setPolicyFromText', () => {
  const doc = createDocument(aPolicy([A, B, C]))
  const id = (d: typeof doc, i: number) => d.ruleIds[i]

  it('changes nothing (same document) for a text that reads as the current policy', () => {
    expect(setPolicyFromText(doc, aPolicy(copy([A, B, C])))).toBe(doc)
  })

  it('keeps the very ruleIds array when a rule is edited in place (lint findings keyed on it stay)', () => {
    const next = setPolicyFromText(doc, aPolicy(copy([A, { ...B, level: 'None' }, C])))
    expect(next).not.toBe(doc)
    expect(next.ruleIds).toBe(doc.ruleIds)
  })

  const cases: Array<{
    name: string
    rules: PolicyRule[]
    /** For each new rule: the index of the old rule whose id it keeps, or null for a fresh id. */
    ids: Array<number | null>
    /** New rules that must be the very same objects as old ones (their cards skip re-rendering). */
    same: number[]
  }> = [
    {
      name: 'one rule edited in place',
      rules: [A, { ...B, level: 'None' }, C],
      ids: [0, 1, 2],
      same: [0, 2],
    },
    { name: 'a rule inserted', rules: [A, D, B, C], ids: [0, null, 1, 2], same: [0, 2, 3] },
    { name: 'a rule removed', rules: [A, C], ids: [0, 2], same: [0, 1] },
    { name: 'two rules swapped', rules: [B, A, C], ids: [1, 0, 2], same: [0, 1, 2] },
    { name: 'everything replaced', rules: [D], ids: [null], same: [] },
  ]
  it.each(cases)('$name', ({ rules, ids, same }) => {
    const next = setPolicyFromText(doc, aPolicy(copy(rules)))
    expect(next.policy.rules).toEqual(rules)
    next.ruleIds.forEach((rid, i) => {
      const want = ids[i]
      if (want === null) expect(doc.ruleIds).not.toContain(rid)
      else expect(rid).toBe(id(doc, want!))
    })
    for (const i of same) expect(doc.policy.rules).toContain(next.policy.rules[i])
    expect(new Set(next.ruleIds).size).toBe(next.ruleIds.length)
  })

  it('takes policy-level fields from the text', () => {
    const next = setPolicyFromText(doc, { ...aPolicy(copy([A, B, C])), omitStages: ['RequestReceived'] })
    expect(next.policy.omitStages).toEqual(['RequestReceived'])
    expect(next.ruleIds).toEqual(doc.ruleIds)
  })

  it('always ends with the read policy, unique ids, and no change for the same content (property)', () => {
    const policyArb = fc.array(aRuleArb, { maxLength: 6 }).map((rules) => aPolicy(rules))
    fc.assert(
      fc.property(policyArb, policyArb, (before: Policy, after: Policy) => {
        const start = createDocument(before)
        const next = setPolicyFromText(start, after)
        expect(next.policy).toEqual(after)
        expect(next.ruleIds).toHaveLength(after.rules.length)
        expect(new Set(next.ruleIds).size).toBe(after.rules.length)
        expect(setPolicyFromText(next, structuredClone(after))).toBe(next)
      }),
    )
  })
})

describe('importPolicy', () => {
  it('replaces the policy and applies ModuleConfig settings in one step', () => {
    const doc = createDocument(aPolicy([A]))
    const next = importPolicy(doc, aPolicy([B, C]), { basicAuditPolicyEnabled: false })
    expect(next.policy.rules).toEqual([B, C])
    expect(next.dkp.basicAuditPolicyEnabled).toBe(false)
    expect(next.ruleIds).toHaveLength(2)
  })

  it('applies settings alone when only a ModuleConfig came in', () => {
    const doc = createDocument(aPolicy([A]))
    const next = importPolicy(doc, null, { auditLog: { output: 'Stdout' } })
    expect(next.policy).toBe(doc.policy)
    expect(next.dkp.auditLog.output).toBe('Stdout')
  })
})

describe('loadDocument, newPolicy and blank documents', () => {
  it('loadDocument gives the loaded work fresh ids, and changes nothing for the same work', () => {
    const doc = createDocument(aPolicy([A, B]))
    const other = createDocument(aPolicy([C]), 'kube-apiserver')
    const next = loadDocument(doc, other)
    expect(sameDocument(next, other)).toBe(true)
    expect(next.ruleIds[0]).not.toBe(other.ruleIds[0])
    expect(loadDocument(doc, { ...doc, ruleIds: ['x', 'y'] })).toBe(doc)
  })

  it.each([
    { name: 'a new document', doc: createDocument(), blank: true },
    { name: 'the Kubernetes target alone', doc: createDocument(undefined, 'kube-apiserver'), blank: true },
    { name: 'a rule', doc: createDocument(aPolicy([A])), blank: false },
    {
      name: 'changed settings',
      doc: setDkpSettings(createDocument(), { basicAuditPolicyEnabled: false }),
      blank: false,
    },
    {
      name: 'policy-level omitStages',
      doc: createDocument({ rules: [], omitStages: ['RequestReceived'] }),
      blank: false,
    },
  ])('isBlankDocument: $name → $blank', ({ doc, blank }) => {
    expect(isBlankDocument(doc)).toBe(blank)
  })

  it.each([
    { name: 'a new document’s', policy: createDocument().policy, blank: true },
    { name: 'no rules, default settings', policy: aPolicy([]), blank: true },
    { name: 'a rule', policy: aPolicy([A]), blank: false },
    {
      name: 'policy-level omitStages',
      policy: aPolicy([], { omitStages: ['RequestReceived'] }),
      blank: false,
    },
    {
      name: 'policy-level omitManagedFields',
      policy: aPolicy([], { omitManagedFields: true }),
      blank: false,
    },
  ])('isBlankPolicy: $name → $blank', ({ policy, blank }) => {
    expect(isBlankPolicy(policy)).toBe(blank)
  })

  it('newPolicy empties the policy and settings, keeps the target, and is a no-op on a blank document', () => {
    const doc = setTarget(
      setDkpSettings(createDocument(aPolicy([A, B])), { auditLog: { output: 'Stdout' } }),
      'kube-apiserver',
    )
    const next = newPolicy(doc)
    expect(next.policy).toEqual({ rules: [] })
    expect(next.dkp).toEqual(defaultDkpSettings())
    expect(next.target).toBe('kube-apiserver')
    expect(newPolicy(next)).toBe(next)
  })
})
