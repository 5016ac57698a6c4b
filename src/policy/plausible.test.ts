import { describe, expect, it } from 'vitest'
import { aNonResourceRequest, aRequest } from '../testing/builders.ts'
import { isPlausibleRequest } from './plausible.ts'
import type { RequestAttributes } from './types.ts'

describe('isPlausibleRequest', () => {
  const cases: Array<[string, RequestAttributes, boolean]> = [
    ['get of a named pod', aRequest(), true],
    ['near miss: get without a name (that is a list)', aRequest({ name: '' }), false],
    ['list of pods', aRequest({ verb: 'list', name: '' }), true],
    ['create of pods/exec names the pod', aRequest({ verb: 'create', subresource: 'exec' }), true],
    ['near miss: create of a collection has no name', aRequest({ verb: 'create' }), false],
    ['near miss: list of a subresource', aRequest({ verb: 'list', subresource: 'log' }), false],
    ['near miss: no user', aRequest({ user: null }), false],
    ['near miss: verb from no HTTP method', aRequest({ verb: 'post' }), false],
    [
      'a namespace object is in its own namespace',
      aRequest({ resource: 'namespaces', namespace: 'foo', name: 'foo' }),
      true,
    ],
    [
      'near miss: a namespace object outside itself',
      aRequest({ resource: 'namespaces', namespace: '', name: 'foo' }),
      false,
    ],
    ['/healthz', aNonResourceRequest('/healthz'), true],
    ['/apis/apps/v1 is discovery, not a resource', aNonResourceRequest('/apis/apps/v1'), true],
    ['near miss: /api/v1/pods is a resource path', aNonResourceRequest('/api/v1/pods'), false],
    ['near miss: a non-resource path without /', aNonResourceRequest('healthz'), false],
    [
      'near miss: non-resource verbs are HTTP methods',
      aNonResourceRequest('/healthz', { verb: 'list' }),
      false,
    ],
  ]
  it.each(cases)('%s', (_name, req, want) => expect(isPlausibleRequest(req)).toBe(want))
})
