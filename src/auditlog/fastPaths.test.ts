// Tests of the analyzer's hand-written fast paths (docs/notes/analyzer-speed.md): each case fails when its fast
// path is broken (checked by breaking each once), whatever the speed.
import { describe, expect, it } from 'vitest'
import { parsePolicy, type Policy } from '../policy/index.ts'
import { analyzeSync } from './analyze.ts'
import { reanalyze } from './report.ts'
import { fieldString } from './fields.ts'
import { KeyBuilder } from './keys.ts'
import { FINAL_AGAIN, FINAL_DUPLICATE, FINAL_NEW, RequestTable } from './requestIds.ts'
import { FIELD, ScannedEvent, scanEvent, SCAN_OK } from './scan.ts'
import { anEvent, logBytes } from '../testing/auditlog/testkit.ts'
import {
  CLUSTER_KEY,
  NO_VALUE_KEY,
  type AnalysisReport,
  type AnalyzeOptions,
  type TopEntry,
} from './types.ts'

const policyOf = (yaml: string): Policy => {
  const r = parsePolicy(yaml)
  if (!r.policy || !r.loadable) throw new Error(`test policy does not load: ${r.failure}`)
  return r.policy
}
const CATCH_ALL = policyOf('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n')

// As the log was written: Metadata, without RequestReceived events, so projected bytes equal recorded ones.
const AS_WRITTEN = policyOf(
  'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [RequestReceived]\nrules:\n- level: Metadata\n',
)

const run = (items: Record<string, unknown>[], options?: AnalyzeOptions, policy = CATCH_ALL) =>
  analyzeSync([{ name: 'audit.log', chunks: [logBytes(items)] }], [{ id: 'p', policy }], options)

const bytesOf = (line: string) => new TextEncoder().encode(line)

function scan(line: string): ScannedEvent {
  const ev = new ScannedEvent()
  const b = bytesOf(line)
  expect(scanEvent(b, 0, b.length, ev)).toBe(SCAN_OK)
  return ev
}

describe('member names found by length and first byte (scan.ts keyId)', () => {
  it('takes every field under its exact name', () => {
    const ev = scan(
      JSON.stringify(
        anEvent({
          requestURI: '/x',
          userAgent: 'ua',
          objectRef: { resource: 'r', subresource: 's', namespace: 'n', name: 'm', apiGroup: 'g' },
        }),
      ),
    )
    expect(fieldString(ev, FIELD.kind)).toBe('Event')
    expect(fieldString(ev, FIELD.verb)).toBe('get')
    expect(fieldString(ev, FIELD.userAgent)).toBe('ua')
    expect(fieldString(ev, FIELD.requestURI)).toBe('/x')
    expect(fieldString(ev, FIELD.username)).toBe('alice')
    expect(fieldString(ev, FIELD.stageTimestamp)).toBe('2026-11-25T10:00:00.001000Z')
    expect(fieldString(ev, FIELD.requestReceivedTimestamp)).toBe('2026-11-25T10:00:00.000000Z')
    expect(ev.hasObjectRef).toBe(true)
    for (const [f, v] of [
      [FIELD.resource, 'r'],
      [FIELD.subresource, 's'],
      [FIELD.namespace, 'n'],
      [FIELD.name, 'm'],
      [FIELD.apiGroup, 'g'],
    ] as const)
      expect(fieldString(ev, f)).toBe(v)
  })

  it('takes no name that shares the length and first byte of a field but differs in the last or a middle byte', () => {
    // Same length and first byte as a name the scanner reads: only the rest tells them apart.
    const nearMisses: [string, number][] = [
      ['verB', FIELD.verb],
      ['vxrb', FIELD.verb],
      ['kinD', FIELD.kind],
      ['requestReceivedTimestamX', FIELD.requestReceivedTimestamp],
      ['requestReceivedXimestamp', FIELD.requestReceivedTimestamp],
      ['stageTimestamq', FIELD.stageTimestamp],
      ['userAgenT', FIELD.userAgent],
      ['useXAgent', FIELD.userAgent],
      ['auditIX', FIELD.auditID],
      ['apiVersioN', FIELD.apiVersion],
      ['requestURX', FIELD.requestURI],
    ]
    for (const [key, field] of nearMisses) {
      const e = anEvent({ requestURI: '/x', userAgent: 'ua' })
      const names: Record<number, string> = {
        [FIELD.verb]: 'verb',
        [FIELD.kind]: 'kind',
        [FIELD.requestReceivedTimestamp]: 'requestReceivedTimestamp',
        [FIELD.stageTimestamp]: 'stageTimestamp',
        [FIELD.userAgent]: 'userAgent',
        [FIELD.auditID]: 'auditID',
        [FIELD.apiVersion]: 'apiVersion',
        [FIELD.requestURI]: 'requestURI',
      }
      delete e[names[field]!]
      e[key] = 'decoy'
      const ev = scan(JSON.stringify(e))
      expect(ev.has(field), key).toBe(false)
    }
    // Inside user and objectRef, and the objects themselves.
    const user = scan(JSON.stringify(anEvent({ user: { usernamE: 'x', groupZ: ['y'] } })))
    expect(user.has(FIELD.username)).toBe(false)
    expect(user.has(FIELD.groups)).toBe(false)
    const ref = scan(
      JSON.stringify(anEvent({ objectRef: { resourcE: 'r', namE: 'm', apiGrouq: 'g', namespacX: 'n' } })),
    )
    for (const f of [FIELD.resource, FIELD.name, FIELD.apiGroup, FIELD.namespace])
      expect(ref.has(f)).toBe(false)
    expect(ref.hasObjectRef).toBe(true)
    const noRef = scan(JSON.stringify(anEvent({ objectRef: undefined, objectReF: { resource: 'r' } })))
    expect(noRef.hasObjectRef).toBe(false)
    expect(noRef.has(FIELD.resource)).toBe(false)
  })
})

describe('template keys hashed while they are copied (keys.ts)', () => {
  it('gives equal events equal keys and hashes, and tells apart events that differ in any byte of any field', () => {
    const kb = new KeyBuilder()
    const keyOf = (e: Record<string, unknown>) => {
      const h = kb.build(scan(JSON.stringify(e)), false)
      return { h, key: Array.from(kb.key.subarray(0, kb.length)) }
    }
    const base = anEvent({
      userAgent: 'kubectl/v1.31.6 (linux/amd64)',
      user: { username: 'system:admin', groups: ['g'] },
    })
    const a = keyOf(base)
    expect(keyOf({ ...base, auditID: 'other' })).toEqual(a)
    // A byte changed at every place of the user agent (whole words and the tail both).
    const ua = base.userAgent as string
    const seen = new Set<number>([a.h])
    for (let i = 0; i < ua.length; i++) {
      const k = keyOf({ ...base, userAgent: ua.slice(0, i) + '#' + ua.slice(i + 1) })
      expect(k.key).not.toEqual(a.key)
      seen.add(k.h)
    }
    // Bytes traded between neighbouring fields.
    const traded = [
      keyOf({ ...base, user: { username: 'system:admi', groups: ['g'] }, verb: 'nget' }),
      keyOf({ ...base, user: { username: 'system:admin', groups: ['g'] }, verb: 'get' }),
      keyOf({ ...base, verb: 'ge', userAgent: 't' + ua }),
    ]
    for (const k of traded) seen.add(k.h)
    expect(new Set(traded.map((k) => k.key.join(','))).size).toBe(3)
    expect(seen.size).toBe(ua.length + 3)
  })

  it('spreads many distinct keys over distinct hashes', () => {
    const kb = new KeyBuilder()
    const hashes = new Set<number>()
    const n = 5_000
    for (let i = 0; i < n; i++) {
      const e = anEvent({
        user: { username: `user-${i % 97}`, groups: [`team-${i % 13}`] },
        verb: ['get', 'list', 'watch', 'update'][i % 4],
        userAgent: `agent/${i % 31}`,
        objectRef: { resource: `res${i % 7}`, namespace: `ns-${Math.floor(i / 7)}`, apiVersion: 'v1' },
      })
      hashes.add(kb.build(scan(JSON.stringify(e)), false))
    }
    expect(hashes.size).toBeGreaterThan(n * 0.99)
  })

  it('counts requests by signature exactly (one per distinct request, names apart)', () => {
    const { report } = run([
      anEvent({ userAgent: 'abc', user: { username: 'x' } }),
      anEvent({ userAgent: 'bc', user: { username: 'xa' } }),
      anEvent({ userAgent: 'abc', user: { username: 'x' } }),
      anEvent({ userAgent: 'abd', user: { username: 'x' } }),
    ])
    expect(report.signatures.count).toBe(3)
    expect(report.impacts[0]!.top.userAgents.map((t) => [t.key, t.events])).toEqual([
      ['abc', 2],
      ['abd', 1],
      ['bc', 1],
    ])
  })
})

describe('one look-up for requests without a name (signatureIndex.ts Template.signature)', () => {
  const get = (name: string) =>
    anEvent({ objectRef: { resource: 'pods', namespace: 'default', name, apiVersion: 'v1' } })
  const create = (name: string) =>
    anEvent({ verb: 'create', objectRef: { resource: 'pods', namespace: 'default', name, apiVersion: 'v1' } })

  it('keeps names apart where the policy can see them, and one signature where it cannot', () => {
    const { report, aggregates } = run([get('a'), get('b'), get('a'), create('a'), create('b'), create('c')])
    expect(report.signatures.count).toBe(3)
    const byName = aggregates.infos.map((i) => [i.request.verb, i.name])
    expect(byName).toEqual([
      ['get', 'a'],
      ['get', 'b'],
      ['create', ''],
    ])
    expect(report.events).toBe(6)
  })

  it("checks the name of the template's last signature in full before taking it (Template.last)", () => {
    const names = ['a', 'a', 'ab', 'b', 'a', 'ab', 'ab', '']
    const { aggregates } = run(names.map(get))
    const counts = aggregates.infos.map((i, id) => [i.name, aggregates.stats.requests(id)])
    expect(counts).toEqual([
      ['a', 3],
      ['ab', 3],
      ['b', 1],
      ['', 1],
    ])
  })

  it('past the cap of named signatures, a name-less request goes to its name-less signature every time', () => {
    const { report, aggregates } = run([get('a'), create('x'), create('y'), get('b'), create('z')], {
      maxSignatures: 1,
    })
    expect(report.signatures).toEqual({ count: 3, nameless: 2, overflowEvents: 0 })
    expect(aggregates.infos.map((i) => [i.request.verb, i.name])).toEqual([
      ['get', 'a'],
      ['create', null],
      ['get', null],
    ])
    expect(aggregates.stats.requests(1)).toBe(3)
  })
})

describe('top lists from places computed once per aggregates (report.ts topIndexes)', () => {
  const log = [
    ...[1, 2, 3].map(() => anEvent({ user: { username: 'alice' }, userAgent: 'k/1' })),
    ...[1, 2].map((i) =>
      anEvent({
        user: { username: 'bob' },
        verb: 'list',
        userAgent: undefined,
        objectRef: { resource: 'nodes', name: `n${i}`, apiVersion: 'v1' },
      }),
    ),
    anEvent({ user: { username: 'bob' }, verb: 'get', objectRef: undefined, requestURI: '/metrics' }),
    anEvent({
      user: { username: 'carol' },
      verb: 'update',
      objectRef: { resource: 'leases', namespace: 'kube-system', name: 'l', apiGroup: 'coordination.k8s.io' },
    }),
  ]
  const lengths = log.map((e) => JSON.stringify(e).length)
  const sum = (idx: number[]) => idx.reduce((n, i) => n + lengths[i]!, 0)
  const brief = (t: TopEntry[]) => t.map((e) => [e.key, e.events, e.recordedBytes, e.projectedBytes])
  /** [key, events] by key (the order of equal counts is checked on users and userAgents above). */
  const counts = (t: TopEntry[]) => t.map((e) => [e.key, e.events]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1))
  const byKey = (x: (string | number)[][]) => [...x].sort((a, b) => (a[0]! < b[0]! ? -1 : 1))

  it('sums every list as a count by hand does, and again for another policy from the same aggregates', () => {
    const { report, aggregates } = run(log, {}, AS_WRITTEN)
    const top = report.impacts[0]!.top
    expect(brief(top.users)).toEqual([
      ['alice', 3, sum([0, 1, 2]), sum([0, 1, 2])],
      ['bob', 3, sum([3, 4, 5]), sum([3, 4, 5])],
      ['carol', 1, sum([6]), sum([6])],
    ])
    expect(brief(top.userAgents)).toEqual([
      ['k/1', 3, sum([0, 1, 2]), sum([0, 1, 2])],
      // Equal counts: more recorded bytes first.
      ['kubectl/v1.31', 2, sum([5, 6]), sum([5, 6])],
      [NO_VALUE_KEY, 2, sum([3, 4]), sum([3, 4])],
    ])
    expect(counts(top.verbs)).toEqual(
      byKey([
        ['get', 4],
        ['list', 2],
        ['update', 1],
      ]),
    )
    expect(counts(top.resources)).toEqual(
      byKey([
        ['core/pods', 3],
        ['core/nodes', 2],
        ['/metrics', 1],
        ['coordination.k8s.io/leases', 1],
      ]),
    )
    // Non-resource requests are not in the namespaces list; cluster-scoped ones are under CLUSTER_KEY.
    expect(counts(top.namespaces)).toEqual(
      byKey([
        ['default', 3],
        [CLUSTER_KEY, 2],
        ['kube-system', 1],
      ]),
    )
    // Sources: by the bytes the policy would record.
    expect(top.sources.map((e) => [e.key, e.events, e.projectedBytes])).toEqual([
      ['alice get core/pods', 3, sum([0, 1, 2])],
      ['bob list core/nodes', 2, sum([3, 4])],
      ...byKey([
        ['carol update coordination.k8s.io/leases', 1, sum([6])],
        ['bob get /metrics', 1, sum([5])],
      ]).sort((x, y) => (y[2] as number) - (x[2] as number)),
    ])
    // Another policy from the same aggregates: bob's requests are no longer recorded.
    const quiet = policyOf(
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [RequestReceived]\nrules:\n- level: None\n  users: [bob]\n- level: Metadata\n',
    )
    const again: AnalysisReport = reanalyze(aggregates, quiet)
    expect(brief(again.impacts[0]!.top.users)).toEqual([
      ['alice', 3, sum([0, 1, 2]), sum([0, 1, 2])],
      ['bob', 3, sum([3, 4, 5]), 0],
      ['carol', 1, sum([6]), sum([6])],
    ])
    expect(again.impacts[0]!.top.sources.map((e) => [e.key, e.projectedBytes])).toEqual([
      ['alice get core/pods', sum([0, 1, 2])],
      ['carol update coordination.k8s.io/leases', sum([6])],
      ['bob list core/nodes', 0],
      ['bob get /metrics', 0],
    ])
  })
})

describe('RequestTable.reserve', () => {
  it('makes room at once, keeps every key, and saturates at the same count as a table that grew', () => {
    const grown = new RequestTable(4, 10)
    const reserved = new RequestTable(4, 10)
    reserved.add(7, 9)
    reserved.reserve(600)
    expect(reserved.capacity).toBe(1024)
    expect(reserved.has(7, 9)).toBe(true)
    reserved.reserve(10_000) // never past maxBits, never saturated by reserving
    expect(reserved.capacity).toBe(1024)
    expect(reserved.saturated).toBe(false)
    grown.add(7, 9)
    for (let i = 0; i < 2_000; i++) {
      expect(reserved.add(i * 2654435761, i)).toBe(grown.add(i * 2654435761, i))
      expect(reserved.saturated).toBe(grown.saturated)
      expect(reserved.size).toBe(grown.size)
    }
    expect(grown.saturated).toBe(true)
    for (let i = 0; i < 2_000; i++) expect(reserved.has(i * 2654435761, i)).toBe(grown.has(i * 2654435761, i))
  })
})

describe('RequestTable.final (requestIds.ts)', () => {
  it('tells a final event read again from another final event of the same request, before and after growing', () => {
    const t = new RequestTable(2, 12)
    // Keys that share their probe sequence too (a small table): every value must stay with its own key.
    for (let i = 1; i <= 40; i++) {
      expect(t.final(i * 0x10001, i, i * 7, -i)).toBe(FINAL_NEW)
      expect(t.add(-i, i * 3)).toBe(true) // an event fingerprint (value 0) between them
    }
    expect(t.capacity).toBeGreaterThan(4) // grew (rehashed) on the way
    for (let i = 1; i <= 40; i++) {
      expect(t.final(i * 0x10001, i, i * 7, -i)).toBe(FINAL_DUPLICATE)
      expect(t.final(i * 0x10001, i, i * 7, i)).toBe(FINAL_AGAIN)
      expect(t.final(i * 0x10001, i, i * 7 + 1, -i)).toBe(FINAL_AGAIN)
      expect(t.has(-i, i * 3)).toBe(true)
      expect(t.add(-i, i * 3)).toBe(false)
      // An event fingerprint's key has no value: a final event with a value never matches it as a duplicate.
      expect(t.final(-i, i * 3, 5, 6)).toBe(FINAL_AGAIN)
    }
    expect(t.has(12345, 678)).toBe(false)
    expect(t.size).toBe(80)
    t.reserve(3000)
    for (let i = 1; i <= 40; i++) expect(t.final(i * 0x10001, i, i * 7, -i)).toBe(FINAL_DUPLICATE)
  })
})
