import { describe, expect, it } from 'vitest'
import { aRequest } from '../testing/builders.ts'
import {
  readRequestAttributes,
  readRequestText,
  type RequestTextProblem,
  type RequestTextResult,
} from './requestText.ts'

const who = { user: 'alice', groups: ['system:authenticated'] }

const EVENT = JSON.stringify({
  kind: 'Event',
  apiVersion: 'audit.k8s.io/v1',
  level: 'Metadata',
  stage: 'ResponseComplete',
  requestURI: '/api/v1/namespaces/default/pods/web/exec?command=sh&stdin=true',
  verb: 'create',
  user: { username: 'bob', groups: ['devs', 'system:authenticated'] },
  objectRef: { resource: 'pods', namespace: 'default', name: 'web', subresource: 'exec', apiVersion: 'v1' },
})

const cases: Array<
  [string, string, Partial<Extract<RequestTextResult, { ok: true }>> | { error: RequestTextProblem }]
> = [
  [
    'an audit event line',
    EVENT,
    {
      from: 'event',
      request: {
        user: 'bob',
        groups: ['devs', 'system:authenticated'],
        verb: 'create',
        resourceRequest: true,
        apiGroup: '',
        resource: 'pods',
        subresource: 'exec',
        namespace: 'default',
        name: 'web',
        path: '/api/v1/namespaces/default/pods/web/exec',
      },
    },
  ],
  ['the first of several JSON lines', `${EVENT}\n${EVENT.replace('bob', 'carol')}\n`, { from: 'event' }],
  [
    'request attributes',
    JSON.stringify(aRequest({ user: null })),
    { from: 'attributes', request: { ...aRequest({ user: null }), groups: [] } },
  ],
  [
    'a method and URL take the user from the form',
    'GET /api/v1/namespaces/kube-system/secrets/token',
    {
      from: 'http',
      request: {
        user: 'alice',
        groups: ['system:authenticated'],
        verb: 'get',
        resourceRequest: true,
        apiGroup: '',
        resource: 'secrets',
        subresource: '',
        namespace: 'kube-system',
        name: 'token',
        path: '/api/v1/namespaces/kube-system/secrets/token',
      },
    },
  ],
  ['a lower-case method', 'get /healthz', { from: 'http' }],
  [
    'an EventList takes its first event',
    JSON.stringify({ kind: 'EventList', items: [JSON.parse(EVENT)] }),
    { from: 'event' },
  ],
  ['an empty EventList', JSON.stringify({ kind: 'EventList', items: [] }), { error: { code: 'empty-list' } }],
  ['empty text', '   ', { error: { code: 'empty' } }],
  ['broken JSON', '{"verb": ', { error: { code: 'not-json' } }],
  ['JSON that is not an event', '{"hello": 1}', { error: { code: 'not-event' } }],
  ['a JSON array', '[1, 2]', { error: { code: 'not-request' } }],
  ['free text', 'kubectl get pods', { error: { code: 'not-request' } }],
  ['an EventList of a number', '{"kind":"EventList","items":[5]}', { error: { code: 'not-object' } }],
  [
    'an EventList inside an EventList',
    JSON.stringify({ kind: 'EventList', items: [{ kind: 'EventList', items: [JSON.parse(EVENT)] }] }),
    { error: { code: 'nested-list' } },
  ],
]

describe('readRequestText', () => {
  it.each(cases)('%s', (_name, text, want) => {
    const got = readRequestText(text, who)
    if ('error' in want) {
      expect(got.ok).toBe(false)
      expect(got.ok ? null : got.error).toEqual(want.error)
    } else {
      expect(got).toMatchObject({ ok: true, ...want })
    }
  })
})

describe('readRequestAttributes', () => {
  it.each([
    ['not an object', 'pods', null],
    ['no resourceRequest flag', { user: 'a' }, null],
    ['a user of the wrong type', { resourceRequest: true, user: 3 }, null],
    [
      'missing strings read as empty, groups without a user dropped',
      { resourceRequest: false, groups: ['g'], path: '/x' },
      {
        ...aRequest(),
        user: null,
        groups: [],
        verb: '',
        resourceRequest: false,
        resource: '',
        namespace: '',
        name: '',
        path: '/x',
      },
    ],
  ])('%s', (_name, value, want) => {
    expect(readRequestAttributes(value)).toEqual(want)
  })
})

describe('readRequestText on deeply nested JSON', () => {
  const eventLists = (n: number) => '{"kind":"EventList","items":['.repeat(n) + ']}'.repeat(n)
  it.each([
    ['20,000 nested EventLists', eventLists(20_000)],
    ['100,000 nested EventLists', eventLists(100_000)],
    [
      'an event whose user nests 20,000 objects',
      `{"verb":"get","requestURI":"/","user":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_001)}`,
    ],
  ])('%s: a clear message, no throw', (_name, text) => {
    const got = readRequestText(text, who)
    expect(got).toEqual({ ok: false, error: { code: 'too-deep', depth: 1000 } })
  })

  it('an EventList inside an EventList is not an event', () => {
    const got = readRequestText(eventLists(3), who)
    expect(got.ok).toBe(false)
  })
})

it('JSON lines: a nesting bomb after the first line does not hide the first event', () => {
  const got = readRequestText(`${EVENT}\n${'['.repeat(50_000)}`, who)
  expect(got).toMatchObject({ ok: true, from: 'event' })
})
