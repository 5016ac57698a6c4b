import { describe, expect, it } from 'vitest'
import { ruleSummary } from './ruleSummary.ts'

describe('ruleSummary', () => {
  it.each([
    [
      { level: 'Metadata', userGroups: ['system:authenticated'] },
      'Metadata · group system:authenticated · every verb',
    ],
    [{ level: 'Metadata' }, 'Metadata · everyone · every verb'],
    [
      { level: 'None', users: ['alice', 'bob'], userGroups: ['a', 'b', 'c', 'd'] },
      'None · users alice, bob, 4 groups · every verb',
    ],
    [
      {
        level: 'Request',
        users: ['alice'],
        verbs: ['create', 'delete'],
        resources: [{ group: '', resources: ['pods/exec'] }],
      },
      'Request · user alice · create, delete · pods/exec',
    ],
    [
      {
        level: 'None',
        resources: [
          { group: 'apps' },
          { group: 'rbac.authorization.k8s.io', resources: ['roles'], resourceNames: ['x'] },
        ],
      },
      'None · everyone · every verb · apps (all); rbac.authorization.k8s.io: roles [x]',
    ],
    [
      { level: 'None', nonResourceURLs: ['/healthz*', '/livez*', '/readyz*', '/version'] },
      'None · everyone · every verb · URLs /healthz*, /livez*, /readyz* +1',
    ],
    [
      { level: 'Metadata', namespaces: [''], omitStages: ['RequestReceived'] },
      'Metadata · everyone · every verb · in "" · omit RequestReceived',
    ],
    [
      { level: 'Metadata', resources: [{ group: '' }, { group: 'apps' }, { group: 'batch' }] },
      'Metadata · everyone · every verb · 3 resource groups',
    ],
  ])('%j', (rule, text) => {
    expect(ruleSummary(rule)).toBe(text)
  })
})

describe('ruleSummary with hostile values', () => {
  it("a right-to-left override in a user name cannot turn the summary's own words around", () => {
    const s = ruleSummary({ level: 'Metadata', users: ['ali\u202ece'] })
    expect(s).toContain('ali⟨U+202E⟩ce')
    expect(s).toContain('every verb')
    expect(s).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/u)
  })
  it('a right-to-left user name is isolated (FSI … PDI)', () => {
    const s = ruleSummary({ level: 'Metadata', users: ['שלום'] })
    expect(s).toContain('\u2068שלום\u2069')
  })
})
