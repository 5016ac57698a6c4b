import { describe, expect, it } from 'vitest'
import { aNonResourceRequest, aRequest, aRule } from '../testing/builders.ts'
import { whyNot as enWhyNot } from '../i18n/en/whyNot.ts'
import { whyNotText } from '../i18n/whyNot.ts'
import { explainRule, requestFromEvent, requestFromHttp, type RequestAttributes } from './index.ts'

/** spec/kube-apiserver-audit.md §5: how RequestInfo is derived from method and URL. */
const httpCases: Array<[string, string, string, Partial<RequestAttributes>]> = [
  ['GET', '/healthz', 'non-resource', { resourceRequest: false, verb: 'get', path: '/healthz' }],
  ['HEAD', '/version', 'non-resource HEAD', { resourceRequest: false, verb: 'head' }],
  ['GET', '/apis/apps/v1', 'group discovery', { resourceRequest: false, verb: 'get' }],
  [
    'GET',
    '/api/v1/namespaces/default/pods/x',
    'get a pod',
    { resourceRequest: true, verb: 'get', namespace: 'default', resource: 'pods', name: 'x' },
  ],
  ['GET', '/api/v1/namespaces/default/pods', 'list pods', { verb: 'list', resource: 'pods', name: '' }],
  ['GET', '/api/v1/pods?watch=true', 'watch via query', { verb: 'watch', namespace: '' }],
  [
    'GET',
    '/api/v1/watch/namespaces/default/pods',
    'watch via path',
    { verb: 'watch', namespace: 'default', resource: 'pods' },
  ],
  [
    'GET',
    '/api/v1/namespaces/default/pods?fieldSelector=metadata.name%3Dweb',
    'list with a name selector',
    { verb: 'list', name: 'web' },
  ],
  [
    'POST',
    '/api/v1/namespaces/default/pods/x/exec',
    'kubectl exec',
    { verb: 'create', resource: 'pods', subresource: 'exec', name: 'x' },
  ],
  [
    'GET',
    '/api/v1/nodes/n1/proxy/stats',
    'node proxy',
    { verb: 'get', resource: 'nodes', subresource: 'proxy', name: 'n1', namespace: '' },
  ],
  [
    'GET',
    '/api/v1/proxy/nodes/n1/stats',
    'deprecated proxy verb has no subresource',
    { verb: 'proxy', resource: 'nodes', name: 'n1', subresource: '' },
  ],
  [
    'PUT',
    '/apis/apps/v1/namespaces/web/deployments/web/scale',
    'scale',
    { verb: 'update', apiGroup: 'apps', resource: 'deployments', subresource: 'scale' },
  ],
  ['DELETE', '/api/v1/namespaces/default/pods', 'delete collection', { verb: 'deletecollection' }],
  [
    'GET',
    '/api/v1/namespaces/foo',
    'a namespace object',
    { resource: 'namespaces', name: 'foo', namespace: 'foo' },
  ],
  [
    'PUT',
    '/api/v1/namespaces/foo/finalize',
    'namespace finalize',
    { resource: 'namespaces', name: 'foo', namespace: 'foo', subresource: 'finalize' },
  ],
  ['GET', '/api/v1/namespaces', 'list namespaces', { resource: 'namespaces', namespace: '', verb: 'list' }],
  ['OPTIONS', '/api/v1/pods', 'unknown method', { verb: '' }],
]

describe('requestFromHttp', () => {
  it.each(httpCases)('%s %s (%s)', (method, url, _name, want) => {
    expect(requestFromHttp({ method, url, user: 'tim' })).toMatchObject(want)
  })
})

describe('requestFromEvent', () => {
  it('uses the authenticated (impersonating) user and the objectRef', () => {
    const r = requestFromEvent({
      verb: 'get',
      requestURI: '/api/v1/namespaces/ns1/pods/p?timeout=5s',
      user: { username: 'system:admin', groups: ['system:masters'] },
      objectRef: { resource: 'pods', namespace: 'ns1', name: 'p', apiGroup: '' },
    })
    expect(r).toEqual({
      user: 'system:admin',
      groups: ['system:masters'],
      verb: 'get',
      resourceRequest: true,
      apiGroup: '',
      resource: 'pods',
      subresource: '',
      namespace: 'ns1',
      name: 'p',
      path: '/api/v1/namespaces/ns1/pods/p',
    })
  })
  it('treats an event without objectRef as non-resource, and without a user name as unauthenticated', () => {
    expect(requestFromEvent({ verb: 'get', requestURI: '/healthz', user: {} })).toMatchObject({
      resourceRequest: false,
      user: null,
      path: '/healthz',
    })
  })
  it('gives a create no name, as the policy saw it (objectRef.name comes from the body)', () => {
    const ev = {
      verb: 'create',
      requestURI: '/api/v1/namespaces',
      user: { username: 'a' },
      objectRef: { resource: 'namespaces', name: 'foo' },
    }
    expect(requestFromEvent(ev).name).toBe('')
    const exec = {
      verb: 'create',
      requestURI: '/api/v1/namespaces/x/pods/p/exec',
      user: { username: 'a' },
      objectRef: { resource: 'pods', subresource: 'exec', namespace: 'x', name: 'p' },
    }
    expect(requestFromEvent(exec).name).toBe('p')
  })
  it('never throws on junk', () => {
    expect(
      requestFromEvent({ verb: 5, requestURI: null, user: null, objectRef: null } as never),
    ).toMatchObject({ verb: '', path: '' })
  })
})

describe('explainRule says why a rule does not match', () => {
  const cases: Array<[string, ReturnType<typeof aRule>, RequestAttributes, string | null]> = [
    ['matches', aRule(), aRequest(), null],
    ['verbs', aRule({ verbs: ['create', 'update'] }), aRequest(), 'verbs: get is not in [create, update]'],
    ['users', aRule({ users: ['bob'] }), aRequest(), 'users: tim is not in [bob]'],
    [
      'no user',
      aRule({ userGroups: ['x'] }),
      aRequest({ user: null }),
      'userGroups: the request has no authenticated user',
    ],
    [
      'namespaces',
      aRule({ namespaces: ['kube-system'] }),
      aRequest(),
      'namespaces: default is not in [kube-system]',
    ],
    [
      'resources',
      aRule({ resources: [{ group: '', resources: ['pods/log'] }] }),
      aRequest(),
      'resources: core pods busybox matches no resources entry',
    ],
    [
      'resource rule vs URL',
      aRule({ resources: [{ group: '' }] }),
      aNonResourceRequest(),
      'resources: the rule only matches resource requests, and /healthz is a non-resource URL',
    ],
    [
      'URL rule vs resource',
      aRule({ nonResourceURLs: ['/healthz'] }),
      aRequest(),
      'nonResourceURLs: the rule only matches non-resource URLs, and this is a resource request',
    ],
    [
      'URLs',
      aRule({ nonResourceURLs: ['/metrics'] }),
      aNonResourceRequest('/healthz'),
      'nonResourceURLs: /healthz matches none of [/metrics]',
    ],
  ]
  it.each(cases)('%s', (_n, rule, req, message) => {
    const m = explainRule(rule, req)
    expect(m === null ? null : whyNotText(m, enWhyNot)).toBe(message)
  })
})

describe('ruleMatches agrees with explainRule', () => {
  it('on generated rules and requests', async () => {
    const fc = (await import('fast-check')).default
    const { aRuleArb, requestNear } = await import('../testing/ruleArbitraries.ts')
    const { ruleMatches } = await import('./index.ts')
    const pair = aRuleArb.chain((rule) => requestNear(rule).map((req) => [rule, req] as const))
    fc.assert(
      fc.property(pair, ([rule, req]) => {
        expect(ruleMatches(rule, req)).toBe(explainRule(rule, req) === null)
      }),
      { numRuns: 3000 },
    )
  })
})
