import { describe, expect, it } from 'vitest'
import { aPolicy, aRule } from '../testing/builders.ts'
import { KUBE, core, quiet, only, runCases, applyFix, textOf } from '../testing/lintCases.ts'

describe('literal-star', () => {
  runCases('literal-star', [
    ['verbs', aPolicy([aRule({ verbs: ['*'] })]), KUBE, [{ at: 'rules[0].verbs[0]' }]],
    [
      'users, userGroups, namespaces',
      aPolicy([aRule({ users: ['a', '*'], userGroups: ['*'], namespaces: ['*'] })]),
      KUBE,
      [{ at: 'rules[0].users[1]' }, { at: 'rules[0].userGroups[0]' }, { at: 'rules[0].namespaces[0]' }],
    ],
    [
      'resourceNames',
      aPolicy([aRule({ resources: [{ group: '', resources: ['cm'], resourceNames: ['*'] }] })]),
      KUBE,
      [{ at: 'rules[0].resources[0].resourceNames[0]' }],
    ],
    [
      'a star inside a user name',
      aPolicy([aRule({ users: ['system:serviceaccount:ns:*'] })]),
      KUBE,
      [{ at: 'rules[0].users[0]' }],
    ],
    [
      'near miss: * in resources is a wildcard',
      aPolicy([aRule({ resources: [{ group: '*', resources: ['*', 'pods/*'] }] })]),
      KUBE,
      [],
    ],
    [
      'near miss: * in nonResourceURLs is a wildcard',
      aPolicy([aRule({ nonResourceURLs: ['*', '/api*'] })]),
      KUBE,
      [],
    ],
  ])

  it('removes a lone "*" list, and points service accounts to their group', () => {
    expect(applyFix('literal-star', aPolicy([aRule({ verbs: ['*'], users: ['a'] })])).rules).toEqual([
      aRule({ users: ['a'] }),
    ])
    const [sa] = only('literal-star', aPolicy([aRule({ users: ['system:serviceaccount:ns:*'] })]), KUBE)
    expect(textOf(sa!)).toContain('use userGroups "system:serviceaccounts:ns"')
    expect(sa!.fix).toBeUndefined()
  })

  it('does not drop namespaces when that would make the rule match non-resource URLs', () => {
    const [f] = only('literal-star', aPolicy([aRule({ namespaces: ['*'] })]), KUBE)
    expect(f!.fix).toBeUndefined()
    expect(textOf(f!)).not.toContain('Leave namespaces out')
  })
})

describe('subresources-not-covered', () => {
  runCases('subresources-not-covered', [
    [
      'pods',
      aPolicy([aRule({ resources: core('pods'), ...quiet })]),
      KUBE,
      [{ at: 'rules[0].resources[0].resources[0]' }],
    ],
    [
      'apps deployments',
      aPolicy([aRule({ resources: [{ group: 'apps', resources: ['configmaps', 'deployments'] }] })]),
      KUBE,
      [{ at: 'rules[0].resources[0].resources[1]' }],
    ],
    ['near miss: pods/* is listed too', aPolicy([aRule({ resources: core('pods', 'pods/*') })]), KUBE, []],
    [
      'near miss: a subresource is listed, so the author knows',
      aPolicy([aRule({ resources: core('pods', 'pods/log') })]),
      KUBE,
      [],
    ],
    [
      'near miss: deployments in the core group is another problem',
      aPolicy([aRule({ resources: core('deployments') })]),
      KUBE,
      [],
    ],
    [
      'near miss: configmaps has no subresources',
      aPolicy([aRule({ resources: core('configmaps') })]),
      KUBE,
      [],
    ],
    [
      'near miss: list and watch never address a subresource',
      aPolicy([aRule({ verbs: ['list', 'watch'], resources: core('pods') })]),
      KUBE,
      [],
    ],
    [
      'near miss: a rule that never matches',
      aPolicy([aRule(), aRule({ resources: core('pods') })]),
      KUBE,
      [],
    ],
  ])

  // The resources the standard-resources preset (the DKP documentation's example) lists, and others people
  // audit: each has subresources kube-apiserver serves (src/policy/subresources.ts).
  it.each([
    ['apps', 'daemonsets', 'daemonsets/status'],
    ['apps', 'statefulsets', 'statefulsets/scale, statefulsets/status'],
    ['apps', 'replicasets', 'replicasets/scale, replicasets/status'],
    ['batch', 'jobs', 'jobs/status'],
    ['batch', 'cronjobs', 'cronjobs/status'],
    ['', 'nodes', 'nodes/proxy, nodes/status'],
    ['', 'services', 'services/proxy, services/status'],
    ['', 'serviceaccounts', 'serviceaccounts/token'],
    ['', 'replicationcontrollers', 'replicationcontrollers/scale, replicationcontrollers/status'],
    ['certificates.k8s.io', 'certificatesigningrequests', 'certificatesigningrequests/approval'],
  ])('%s %s is told it does not match %s', (group, resource, subs) => {
    const [f] = only(
      'subresources-not-covered',
      aPolicy([aRule({ resources: [{ group, resources: [resource] }] })]),
      KUBE,
    )
    expect(f?.at).toBe('rules[0].resources[0].resources[0]')
    expect(textOf(f!)).toContain(subs)
    expect(f!.fix!.policy.rules[0]!.resources).toEqual([{ group, resources: [`${resource}/*`] }])
  })

  it('names pods/resize from Kubernetes 1.33 on (InPlacePodVerticalScaling on by default), not before', () => {
    const policy = aPolicy([aRule({ resources: core('pods') })])
    const on = (kubernetesVersion: '1.32' | '1.33') =>
      textOf(only('subresources-not-covered', policy, { ...KUBE, kubernetesVersion })[0]!)
    expect(on('1.33')).toContain('pods/resize')
    expect(on('1.32')).not.toContain('pods/resize')
    expect(on('1.32')).toContain('pods/ephemeralcontainers')
  })

  it('suggests pods/*', () => {
    const [f] = only('subresources-not-covered', aPolicy([aRule({ resources: core('pods') })]), KUBE)
    expect(textOf(f!)).toContain('"pods" does not match its subresources (pods/log, pods/exec')
    expect(f!.fix!.policy.rules[0]!.resources).toEqual(core('pods/*'))
  })
})

describe('subresource-wildcard-covers-parent', () => {
  runCases('subresource-wildcard-covers-parent', [
    [
      'pods/* alone',
      aPolicy([aRule({ resources: core('pods/*') })]),
      KUBE,
      [{ at: 'rules[0].resources[0].resources[0]' }],
    ],
    ['near miss: pods is listed too', aPolicy([aRule({ resources: core('pods', 'pods/*') })]), KUBE, []],
    [
      'near miss: an earlier rule takes pods',
      aPolicy([aRule({ level: 'None', resources: core('pods') }), aRule({ resources: core('pods/*') })]),
      KUBE,
      [],
    ],
    ['near miss: */scale', aPolicy([aRule({ resources: core('*/scale') })]), KUBE, []],
  ])
})

describe('group-with-version', () => {
  runCases('group-with-version', [
    [
      'apps/v1',
      aPolicy([aRule({ resources: [{ group: 'apps/v1' }] })]),
      KUBE,
      [{ at: 'rules[0].resources[0].group' }],
    ],
    [
      'rbac.authorization.k8s.io/v1beta1',
      aPolicy([aRule({ resources: [{ group: '' }, { group: 'rbac.authorization.k8s.io/v1beta1' }] })]),
      KUBE,
      [{ at: 'rules[0].resources[1].group' }],
    ],
    [
      'v1 alone',
      aPolicy([aRule({ resources: [{ group: 'v1', resources: ['pods'] }] })]),
      KUBE,
      [{ at: 'rules[0].resources[0].group' }],
    ],
    ['near miss: apps', aPolicy([aRule({ resources: [{ group: 'apps' }] })]), KUBE, []],
    [
      'near miss: a group that ends like a version',
      aPolicy([aRule({ resources: [{ group: 'v1x.example.com' }] })]),
      KUBE,
      [],
    ],
  ])

  it('fixes the group', () => {
    const [f] = only(
      'group-with-version',
      aPolicy([aRule({ resources: [{ group: 'rbac.authorization.k8s.io/v1' }] })]),
      KUBE,
    )
    expect(f!.severity).toBe('warning')
    expect(textOf(f!)).toContain('"rbac.authorization.k8s.io"')
    expect(f!.fix!.policy.rules[0]!.resources).toEqual([{ group: 'rbac.authorization.k8s.io' }])
    expect(
      applyFix('group-with-version', aPolicy([aRule({ resources: [{ group: 'v1' }] })])).rules[0]!.resources,
    ).toEqual([{ group: '' }])
  })
})

describe('url-star-not-last', () => {
  runCases('url-star-not-last', [
    [
      'a star in the middle',
      aPolicy([aRule({ nonResourceURLs: ['/healthz', '/apis/*/v1'] })]),
      KUBE,
      [{ at: 'rules[0].nonResourceURLs[1]' }],
    ],
    ['near miss: a trailing star', aPolicy([aRule({ nonResourceURLs: ['/apis/*'] })]), KUBE, []],
    ['near miss: star alone', aPolicy([aRule({ nonResourceURLs: ['*'] })]), KUBE, []],
  ])

  it('cuts the URL after its first star', () => {
    expect(
      applyFix('url-star-not-last', aPolicy([aRule({ nonResourceURLs: ['/apis/*/v1'] })])).rules[0]!
        .nonResourceURLs,
    ).toEqual(['/apis/*'])
  })
})
