import { describe, expect, it } from 'vitest'
import { parsePolicy, type Policy } from '../policy/index.ts'
import { analyzeSync } from './analyze.ts'
import { anEvent, logBytes } from '../testing/auditlog/testkit.ts'
import type { AnalysisReport, AnalyzeOptions, PolicyUnderTest } from './types.ts'

const policyOf = (yaml: string): Policy => {
  const r = parsePolicy(yaml)
  if (!r.policy || !r.loadable) throw new Error(`test policy does not load: ${r.failure}`)
  return r.policy
}

const analyze = (
  items: (Record<string, unknown> | string)[],
  policy: Policy | PolicyUnderTest[],
  options?: AnalyzeOptions,
): AnalysisReport =>
  analyzeSync(
    [{ name: 'audit.log', chunks: [logBytes(items)] }],
    Array.isArray(policy) ? policy : [{ id: 'policy', policy }],
    options,
  ).report

const len = (x: Record<string, unknown> | string) =>
  new TextEncoder().encode(typeof x === 'string' ? x : JSON.stringify(x)).length
const events = (r: AnalysisReport) => r.impacts[0]!.byRule.map((x) => [x.rule, x.events])

const CATCH_ALL = policyOf('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n')

describe('counting requests across stages', () => {
  const nobody = { username: '' }
  const log = [
    anEvent({ stage: 'RequestReceived', auditID: 'a' }),
    anEvent({ stage: 'ResponseComplete', auditID: 'a' }),
    anEvent({ stage: 'ResponseStarted', auditID: 'w', verb: 'watch', user: { username: 'bob' } }),
    anEvent({ stage: 'ResponseComplete', auditID: 'w', verb: 'watch', user: { username: 'bob' } }),
    anEvent({
      stage: 'ResponseStarted',
      auditID: 'f',
      user: nobody,
      objectRef: undefined,
      requestURI: '/version',
    }),
    anEvent({ stage: 'Panic', auditID: 'p', verb: 'create' }),
    anEvent({ stage: undefined, auditID: 'n' }),
    anEvent({ stage: 'Bogus', auditID: 'b' }),
  ]
  const r = analyze(log, CATCH_ALL)

  const cases: [string, () => unknown, unknown][] = [
    ['every line is an audit event', () => r.auditEvents, 8],
    [
      'requests: ResponseComplete ×2, failed-auth ResponseStarted, Panic, no stage, unknown stage',
      () => r.events,
      6,
    ],
    [
      'the rule sees every request once',
      () => events(r),
      [
        [0, 6],
        [null, 0],
      ],
    ],
    [
      'events per stage',
      () => Object.fromEntries(Object.entries(r.byStage).map(([k, v]) => [k, v.events])),
      { RequestReceived: 1, ResponseStarted: 2, ResponseComplete: 2, Panic: 1, unknown: 2 },
    ],
    [
      'bytes per stage are the line lengths',
      () => r.byStage.ResponseStarted.bytes,
      len(log[2]!) + len(log[4]!),
    ],
    [
      'the recorded level of each request',
      () => r.recordedByLevel,
      { None: 0, Metadata: 6, Request: 0, RequestResponse: 0 },
    ],
  ]
  for (const [name, actual, expected] of cases) it(name, () => expect(actual()).toEqual(expected))
})

describe('a policy against a small log (numbers worked out by hand)', () => {
  const policy = policyOf(`apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: None
  nonResourceURLs: ["/healthz*"]
- level: RequestResponse
  resources: [{group: "", resources: [configmaps]}]
- level: Metadata
  omitStages: [RequestReceived]
`)
  const anonymous = { username: 'system:anonymous', groups: ['system:unauthenticated'] }
  const probe = 'kube-probe/1.31'
  const a = anEvent({
    requestURI: '/healthz',
    objectRef: undefined,
    user: anonymous,
    auditID: 'a',
    userAgent: probe,
  })
  const b = anEvent({
    requestURI: '/healthz/etcd?verbose',
    objectRef: undefined,
    user: anonymous,
    auditID: 'b',
    userAgent: probe,
  })
  const c = anEvent({
    requestURI: '/api/v1/namespaces/default/configmaps/cm',
    objectRef: { resource: 'configmaps', namespace: 'default', name: 'cm' },
    auditID: 'c',
  })
  const dRR = anEvent({
    stage: 'RequestReceived',
    verb: 'list',
    requestURI: '/api/v1/pods',
    objectRef: { resource: 'pods' },
    auditID: 'd',
  })
  const d = anEvent({
    verb: 'list',
    requestURI: '/api/v1/pods',
    objectRef: { resource: 'pods' },
    auditID: 'd',
  })
  const f = anEvent({
    verb: 'create',
    requestURI: '/api/v1/namespaces/default/secrets',
    objectRef: { resource: 'secrets', namespace: 'default', name: 's' },
    auditID: 'f',
  })
  const r = analyze([a, b, c, dRR, d, f], policy)
  const impact = r.impacts[0]!
  // c moves from Metadata to RequestResponse: its line grows by the longer level word; the policy also keeps
  // RequestReceived for it, which the log lacks, so one RequestReceived event of the same size is estimated.
  const cProjected = len(c) - 'Metadata'.length + 'RequestResponse'.length

  const cases: [string, () => unknown, unknown][] = [
    ['requests', () => r.events, 5],
    [
      'requests per rule',
      () => events(r),
      [
        [0, 2],
        [1, 1],
        [2, 2],
        [null, 0],
      ],
    ],
    [
      'requests per level under the policy',
      () => impact.byLevel,
      { None: 2, Metadata: 2, Request: 0, RequestResponse: 1 },
    ],
    [
      'dropped: the two health checks, and their events plus the omitted RequestReceived',
      () => impact.dropped,
      { requests: 2, events: 3, bytes: len(a) + len(b) + len(dRR) },
    ],
    ['events written: c, its estimated RequestReceived, d and f', () => impact.projected.events, 4],
    ['bytes written', () => impact.projected.bytes, 2 * cProjected + len(d) + len(f)],
    ['the estimated part', () => impact.estimatedBytes, cProjected],
    [
      'recorded bytes per rule',
      () => impact.byRule.map((x) => x.recordedBytes),
      [len(a) + len(b), len(c), len(dRR) + len(d) + len(f), 0],
    ],
    [
      'a lower bound: c was recorded without the response body rule 2 asks for',
      () => [impact.lowerBound, impact.lowerBoundEvents],
      [true, 1],
    ],
    [
      'recorded everything at Metadata',
      () => r.recordedBytesByLevel.Metadata,
      [a, b, c, dRR, d, f].map(len).reduce((x, y) => x + y),
    ],
    [
      'top users by requests',
      () => impact.top.users.map((u) => [u.key, u.events]),
      [
        ['alice', 3],
        ['system:anonymous', 2],
      ],
    ],
    [
      'top resources',
      () => impact.top.resources.map((u) => u.key).sort(),
      ['/healthz', '/healthz/etcd', 'core/configmaps', 'core/pods', 'core/secrets'],
    ],
    [
      'top namespaces leave non-resource requests out',
      () => impact.top.namespaces.map((u) => [u.key, u.events]),
      [
        ['default', 2],
        ['(cluster)', 1],
      ],
    ],
    [
      'events written per level: c and its estimated RequestReceived; d (its RequestReceived omitted) and f',
      () => impact.eventsByLevel,
      { None: 0, Metadata: 2, Request: 0, RequestResponse: 2 },
    ],
    [
      'bytes written per level',
      () => impact.bytesByLevel,
      { None: 0, Metadata: len(d) + len(f), Request: 0, RequestResponse: 2 * cProjected },
    ],
    [
      'top user agents: requests, recorded and written bytes',
      () => impact.top.userAgents.map((u) => [u.key, u.events, u.recordedBytes, u.projectedBytes]),
      [
        ['kubectl/v1.31', 3, len(c) + len(dRR) + len(d) + len(f), 2 * cProjected + len(d) + len(f)],
        [probe, 2, len(a) + len(b), 0],
      ],
    ],
    [
      'top verbs: by requests, ties by recorded bytes (list has two events, create one)',
      () => impact.top.verbs.map((u) => [u.key, u.events, u.recordedBytes, u.projectedBytes]),
      [
        ['get', 3, len(a) + len(b) + len(c), 2 * cProjected],
        ['list', 1, len(dRR) + len(d), len(d)],
        ['create', 1, len(f), len(f)],
      ],
    ],
    [
      'sources of volume: by bytes written, ties by recorded bytes',
      () => impact.top.sources.map((u) => [u.key, u.events, u.projectedBytes]),
      [
        ['alice get core/configmaps', 1, 2 * cProjected],
        ['alice create core/secrets', 1, len(f)],
        ['alice list core/pods', 1, len(d)],
        ['system:anonymous get /healthz/etcd', 1, 0],
        ['system:anonymous get /healthz', 1, 0],
      ],
    ],
    [
      '(the orders above rest on these sizes)',
      () => [2 * cProjected > len(f), len(f) > len(d), len(dRR) + len(d) > len(f), len(b) > len(a)],
      [true, true, true, true],
    ],
    [
      'a sample per rule, with file and line',
      () => impact.byRule[1]!.samples.map((s) => [s.file, s.line, s.text]),
      [['audit.log', 3, JSON.stringify(c)]],
    ],
  ]
  for (const [name, actual, expected] of cases) it(name, () => expect(actual()).toEqual(expected))
})

describe('bytes at another level', () => {
  const body = {
    kind: 'ConfigMap',
    metadata: { name: 'cm', managedFields: [{ manager: 'kubectl', operation: 'Update' }] },
    data: { k: 'v' },
  }
  const status = { kind: 'Status', code: 200 }
  const e = anEvent({ level: 'RequestResponse', verb: 'update', requestObject: body, responseObject: status })
  const requestMember = len(`,"requestObject":${JSON.stringify(body)}`)
  const responseMember = len(`,"responseObject":${JSON.stringify(status)}`)
  const managedFields = len(`,"managedFields":${JSON.stringify(body.metadata.managedFields)}`)
  const at = (level: string, extra = '') =>
    analyze(
      [e],
      policyOf(
        `apiVersion: audit.k8s.io/v1\nkind: Policy\n${extra}rules:\n- level: ${level}\n  omitStages: [RequestReceived]\n`,
      ),
    ).impacts[0]!
  const cases: [string, string, string, number][] = [
    ['RequestResponse keeps the line', 'RequestResponse', '', len(e)],
    [
      'Request drops the response body',
      'Request',
      '',
      len(e) - responseMember - 'RequestResponse'.length + 'Request'.length,
    ],
    [
      'Metadata drops both bodies',
      'Metadata',
      '',
      len(e) - requestMember - responseMember - 'RequestResponse'.length + 'Metadata'.length,
    ],
    [
      'omitManagedFields drops managedFields from the bodies',
      'RequestResponse',
      'omitManagedFields: true\n',
      len(e) - managedFields,
    ],
    ['None writes nothing', 'None', '', 0],
  ]
  for (const [name, level, extra, bytes] of cases) {
    it(name, () => {
      const impact = at(level, extra)
      expect(impact.projected.bytes).toBe(bytes)
      expect(impact.lowerBound).toBe(false)
    })
  }
})

describe('reports', () => {
  it('labels rules and reports several policies side by side', () => {
    const strict = policyOf(
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: None\n  users: [alice]\n',
    )
    const r = analyze(
      [anEvent(), anEvent({ user: { username: 'bob' } })],
      [
        { id: 'policy', policy: CATCH_ALL, labels: ['catch all'] },
        { id: 'effective', policy: strict },
      ],
    )
    expect(r.impacts.map((i) => [i.id, i.byRule.map((x) => [x.rule, x.label, x.events])])).toEqual([
      [
        'policy',
        [
          [0, 'catch all', 2],
          [null, undefined, 0],
        ],
      ],
      [
        'effective',
        [
          [0, undefined, 1],
          [null, undefined, 1],
        ],
      ],
    ])
  })

  it('numbers lines per file and sums the files', () => {
    const { report } = analyzeSync(
      [
        { name: 'a.log', chunks: [logBytes([anEvent(), 'junk'])] },
        { name: 'b.log', chunks: [logBytes(['junk', anEvent(), anEvent()])] },
      ],
      [{ id: 'policy', policy: CATCH_ALL }],
    )
    expect(report.files.map((f) => [f.name, f.lines, f.auditEvents])).toEqual([
      ['a.log', 2, 1],
      ['b.log', 3, 2],
    ])
    expect(report.problems.map((p) => [p.file, p.line, p.kind])).toEqual([
      ['a.log', 2, 'malformed'],
      ['b.log', 1, 'malformed'],
    ])
    expect(report.events).toBe(3)
  })

  it('keeps at most samplesPerRule samples, from the busiest signatures', () => {
    const log = [...['u1', 'u2', 'u2', 'u3', 'u3', 'u3'].map((u) => anEvent({ user: { username: u } }))]
    const samples = analyze(log, CATCH_ALL, { samplesPerRule: 2 }).impacts[0]!.byRule[0]!.samples
    expect(samples.map((s) => JSON.parse(s.text).user.username)).toEqual(['u3', 'u2'])
  })

  it('cuts long samples and says so', () => {
    const e = anEvent({ requestObject: { data: 'x'.repeat(500) } })
    const [s] = analyze([e], CATCH_ALL, { sampleBytes: 100 }).impacts[0]!.byRule[0]!.samples
    expect([s!.text.length, s!.truncated, s!.bytes]).toEqual([100, true, len(e)])
  })
})

describe('what the log cannot show', () => {
  const at = (level: string) =>
    policyOf(`apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: ${level}\n`)
  const watch = anEvent({
    verb: 'watch',
    requestURI: '/api/v1/pods?watch=true',
    objectRef: { resource: 'pods' },
  })
  const failedAuth = anEvent({
    stage: 'ResponseStarted',
    user: {},
    objectRef: undefined,
    requestURI: '/version',
  })
  const cases: {
    name: string
    event: Record<string, unknown>
    level: string
    lowerBound: number
    estimatedEvents: number
  }[] = [
    {
      name: 'a get has no request body to miss',
      event: anEvent(),
      level: 'Request',
      lowerBound: 0,
      estimatedEvents: 1,
    },
    {
      name: 'a create recorded at Metadata misses its request body',
      event: anEvent({ verb: 'create' }),
      level: 'Request',
      lowerBound: 1,
      estimatedEvents: 1,
    },
    {
      name: 'a get recorded at Metadata misses its response body',
      event: anEvent(),
      level: 'RequestResponse',
      lowerBound: 1,
      estimatedEvents: 1,
    },
    {
      name: 'a watch has no response object, but also a ResponseStarted stage',
      event: watch,
      level: 'RequestResponse',
      lowerBound: 0,
      estimatedEvents: 2,
    },
    {
      name: 'a non-resource request has no bodies',
      event: anEvent({ objectRef: undefined, requestURI: '/metrics' }),
      level: 'RequestResponse',
      lowerBound: 0,
      estimatedEvents: 1,
    },
    {
      name: 'a failed authentication has only its one event',
      event: failedAuth,
      level: 'Metadata',
      lowerBound: 0,
      estimatedEvents: 0,
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const impact = analyze([c.event], at(c.level)).impacts[0]!
      expect(impact.lowerBoundEvents).toBe(c.lowerBound)
      expect(impact.projected.events).toBe(1 + c.estimatedEvents)
    })
  }
})
