import { describe, expect, it } from 'vitest'
import {
  API_GROUPS,
  apiGroupOrigin,
  apiGroupSuggestions,
  COMMON_NON_RESOURCE_URLS,
  groupSuggestions,
  namespaceSuggestions,
  NON_RESOURCE_VERBS,
  RESOURCE_VERBS,
  resourceSuggestions,
  userSuggestions,
  verbSuggestions,
} from './catalog.ts'
import { validatePolicy } from './validate.ts'

describe('catalog', () => {
  it('lists every API group once, the core group first', () => {
    const groups = apiGroupSuggestions()
    expect(groups[0]).toBe('')
    expect(new Set(groups).size).toBe(groups.length)
  })

  it('has only groups and non-resource URLs the API server accepts', () => {
    const policy = {
      rules: [
        {
          level: 'Metadata',
          resources: API_GROUPS.map((g) => ({ group: g.group, resources: [...g.resources] })),
        },
        { level: 'None', nonResourceURLs: [...COMMON_NON_RESOURCE_URLS] },
      ],
    }
    expect(validatePolicy(policy)).toEqual([])
  })

  it('has no duplicate resources inside a group', () => {
    for (const g of API_GROUPS) expect(new Set(g.resources).size, g.group).toBe(g.resources.length)
  })

  it.each([
    ['', 'pods/exec'],
    ['', 'secrets'],
    ['apps', 'deployments/scale'],
    ['rbac.authorization.k8s.io', 'rolebindings'],
    ['deckhouse.io', 'moduleconfigs'],
    ['virtualization.deckhouse.io', 'virtualmachines'],
  ])('suggests %j resource %s', (group, resource) => {
    expect(resourceSuggestions(group)).toContain(resource)
  })

  it('suggests every catalogued resource for an unknown group', () => {
    const all = resourceSuggestions('example.com')
    expect(all).toContain('pods')
    expect(all).toContain('moduleconfigs')
    expect(new Set(all).size).toBe(all.length)
  })

  it('tells Kubernetes and DKP groups apart', () => {
    expect(apiGroupOrigin('apps')).toBe('kubernetes')
    expect(apiGroupOrigin('deckhouse.io')).toBe('deckhouse')
    expect(apiGroupOrigin('example.com')).toBeUndefined()
  })

  it('suggests built-in groups and per-namespace service-account groups', () => {
    const groups = groupSuggestions()
    for (const g of [
      'system:authenticated',
      'system:unauthenticated',
      'system:serviceaccounts',
      'system:masters',
    ])
      expect(groups).toContain(g)
    expect(groups).toContain('system:serviceaccounts:kube-system')
    expect(groups).toContain('system:serviceaccounts:d8-system')
  })

  it('suggests kube-system and d8-* namespaces', () => {
    const ns = namespaceSuggestions()
    expect(ns).toContain('kube-system')
    expect(ns.filter((n) => n.startsWith('d8-')).length).toBeGreaterThan(10)
  })

  it('suggests users: anonymous and DKP service accounts', () => {
    const users = userSuggestions()
    expect(users).toContain('system:anonymous')
    expect(users.some((u) => u.startsWith('system:serviceaccount:d8-'))).toBe(true)
  })

  it('switches verbs for non-resource rules', () => {
    expect(verbSuggestions(false)).toEqual([...RESOURCE_VERBS])
    expect(verbSuggestions(true)).toEqual([...NON_RESOURCE_VERBS])
    expect(verbSuggestions(true)).toContain('post')
    expect(verbSuggestions(true)).not.toContain('create')
  })
})
