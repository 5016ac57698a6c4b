import { describe, expect, it } from 'vitest'
import { parsePolicy } from '../policy/parse.ts'
import { addRule, importPolicy } from './edits.ts'
import { fieldDiagnostics } from './derived.ts'
import { createDocument } from './document.ts'
import {
  documentDiagnostics,
  fieldDecodeFindings,
  fieldMessage,
  fieldOf,
  indexByField,
  indexByRule,
} from './diagnostics.ts'
import { createEditorStore } from './store.ts'

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

describe('an import’s findings at fields', () => {
  it('keeps the decoding errors that name a field, without their ranges, for the imported policy only', () => {
    // (The core reports the last decoding error as the API server does, "failed decoding: …", with no field.)
    const parsed = parsePolicy(
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: None\n  users: 3\n  verbs: 1\n',
    )
    const found = fieldDecodeFindings(parsed.diagnostics)
    expect(found.map((d) => d.at)).toEqual(['rules[0].verbs'])
    expect(found[0]!.range).toBeUndefined()
    // The value is not in the policy being edited, so nothing exported from it carries the error.
    expect(found[0]!.severity).toBe('warning')

    const store = createEditorStore()
    store.dispatch(importPolicy, parsed.policy, undefined)
    store.setImported(found)
    expect(fieldDiagnostics(store.getState(), 'rules[0].verbs').map((d) => d.message)).toEqual([
      found[0]!.message,
    ])
    // Another edit of the policy leaves them behind; undo brings them back with the imported policy.
    store.dispatch(addRule)
    expect(fieldDiagnostics(store.getState(), 'rules[0].verbs')).toEqual([])
    store.undo()
    expect(fieldDiagnostics(store.getState(), 'rules[0].verbs')).toHaveLength(1)
  })
})
