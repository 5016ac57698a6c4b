import { describe, expect, it } from 'vitest'
import { createDocument } from './document.ts'
import { documentDiagnostics, fieldMessage, fieldOf, indexByField, indexByRule } from './diagnostics.ts'

describe('diagnostics', () => {
  it.each([
    ['rules[0].level', { field: 'rules[0].level' }],
    ['rules[3].nonResourceURLs[2]', { field: 'rules[3].nonResourceURLs', item: 2 }],
    ['rules[3].nonResourceURLs', { field: 'rules[3].nonResourceURLs' }],
    ['rules[1].resources[0].group', { field: 'rules[1].resources[0].group' }],
    ['rules[1].resources[0].resourceNames', { field: 'rules[1].resources[0].resourceNames' }],
    ['rules[1].omitStages[0]', { field: 'rules[1].omitStages', item: 0 }],
    ['omitStages[1]', { field: 'omitStages', item: 1 }],
    ['omitManagedFields', { field: 'omitManagedFields' }],
  ])('fieldOf(%s)', (at, ref) => {
    expect(fieldOf(at)).toEqual(ref)
  })

  it('puts each core error at its field, with every offending field reported', () => {
    const doc = createDocument({
      rules: [
        { level: 'Metadata', nonResourceURLs: ['healthz', 'livez'] },
        {
          level: 'Metadata',
          resources: [{ group: 'rbac.authorization.k8s.io/v1' }, { group: '', resourceNames: ['x'] }],
        },
      ],
    })
    const index = indexByField(documentDiagnostics(doc))
    expect(index.get('rules[0].nonResourceURLs')!.map(fieldMessage)).toEqual([
      `Invalid value: "healthz": non-resource URL rules must begin with a '/' character`,
      `Invalid value: "livez": non-resource URL rules must begin with a '/' character`,
    ])
    expect(index.get('rules[1].resources[0].group')).toHaveLength(1)
    expect(index.get('rules[1].resources[1].resourceNames')![0]!.message).toContain(
      'requires at least one resource',
    )
    expect([...indexByRule(documentDiagnostics(doc)).keys()]).toEqual([0, 1])
  })

  it('reports an empty policy by target', () => {
    expect(documentDiagnostics(createDocument({ rules: [] }, 'kube-apiserver'))).toMatchObject([
      { severity: 'error', at: 'rules', message: 'loaded illegal policy with 0 rules' },
    ])
    expect(documentDiagnostics(createDocument({ rules: [] }, 'deckhouse'))).toMatchObject([
      { severity: 'warning', at: 'rules' },
    ])
  })

  it('warns on DKP that policy-level omitManagedFields is dropped', () => {
    const policy = { omitManagedFields: true, rules: [{ level: 'Metadata' }] }
    expect(documentDiagnostics(createDocument(policy, 'kube-apiserver'))).toEqual([])
    expect(documentDiagnostics(createDocument(policy, 'deckhouse'))).toMatchObject([
      { severity: 'warning', at: 'omitManagedFields' },
    ])
  })
})
