// The counting rule (STAGE_RULE) on hand-made logs: open exec sessions, a watch cut by rotation, the same file
// twice, several masters; and the forecast worked out by hand.
import { describe, expect, it } from 'vitest'
import { parsePolicy, type Policy } from '../policy/index.ts'
import { analyzeSync } from './analyze.ts'
import { historyBytes } from './forecast.ts'
import { anEvent, logBytes, referenceCounts } from '../testing/auditlog/testkit.ts'
import type { AnalysisReport } from './types.ts'

const policyOf = (text: string): Policy => parsePolicy(text).policy!
const POLICY = policyOf(`apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: RequestResponse
  resources: [{group: "", resources: ["pods/exec", "pods/attach"]}]
- level: None
  verbs: [watch]
- level: Metadata
`)

type Item = Record<string, unknown> | string
const files = (...logs: [string, Item[]][]) =>
  logs.map(([name, items]) => ({ name, chunks: [logBytes(items)] }))
const analyze = (logs: [string, Item[]][], policy = POLICY): AnalysisReport =>
  analyzeSync(files(...logs), [{ id: 'policy', policy }]).report
const text = (items: Item[]) => new TextDecoder().decode(logBytes(items))
const rules = (r: AnalysisReport) =>
  r.impacts[0]!.byRule.filter((x) => x.events > 0).map((x) => [x.rule, x.events])
/** The independent count (JSON.parse per line, the rule written out plainly) gives the same numbers. */
function sameAsReference(r: AnalysisReport, logs: [string, Item[]][], policy = POLICY) {
  const ref = referenceCounts(
    logs.map(([, items]) => text(items)),
    policy,
  )
  expect(r.events).toBe(ref.events)
  expect(rules(r)).toEqual([...ref.byRule].sort((a, b) => (a[0] ?? 99) - (b[0] ?? 99)))
}

const at = (minute: number, second = 0) =>
  `2026-11-25T10:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}.000000Z`
const exec = (id: string, stage: string, minute: number, extra: Record<string, unknown> = {}) =>
  anEvent({
    auditID: id,
    stage,
    verb: 'create',
    requestURI: '/api/v1/namespaces/prod/pods/web-0/exec?command=sh',
    objectRef: { resource: 'pods', subresource: 'exec', namespace: 'prod', name: 'web-0', apiVersion: 'v1' },
    stageTimestamp: at(minute),
    ...extra,
  })
const watch = (id: string, stage: string, minute: number) =>
  anEvent({
    auditID: id,
    stage,
    verb: 'watch',
    requestURI: '/api/v1/pods?watch=true',
    objectRef: { resource: 'pods', apiVersion: 'v1' },
    stageTimestamp: at(minute),
  })
const get = (id: string, minute: number) => anEvent({ auditID: id, stageTimestamp: at(minute) })

describe('counting every request once (STAGE_RULE)', () => {
  it('an open exec session (RequestReceived, ResponseStarted, no ResponseComplete) counts once', () => {
    const log: [string, Item[]][] = [
      [
        'audit.log',
        [
          exec('e1', 'RequestReceived', 0),
          get('g1', 1),
          exec('e1', 'ResponseStarted', 1),
          exec('e2', 'RequestReceived', 2),
          exec('e2', 'ResponseStarted', 2),
          exec('e2', 'ResponseComplete', 3),
          get('g2', 4),
        ],
      ],
    ]
    const r = analyze(log)
    expect([r.auditEvents, r.events, r.openRequests]).toEqual([7, 4, 1])
    expect(rules(r)).toEqual([
      [0, 2],
      [2, 2],
    ])
    // Where the open one is: the line of the last event seen for it.
    expect(r.open).toEqual([
      {
        file: 'audit.log',
        line: 3,
        user: 'alice',
        verb: 'create',
        resource: 'core/pods/exec',
        namespace: 'prod',
        name: 'web-0',
      },
    ])
    // Its ResponseStarted event is kept as a sample of the rule that decides it.
    expect(r.impacts[0]!.byRule[0]!.samples.some((s) => JSON.parse(s.text).auditID === 'e1')).toBe(true)
    sameAsReference(r, log)
  })

  it('a request with only a ResponseStarted event (a failed authentication) counts once', () => {
    const log: [string, Item[]][] = [
      ['a.log', [anEvent({ stage: 'ResponseStarted', user: { username: '' }, objectRef: undefined })]],
    ]
    expect(analyze(log).events).toBe(1)
    sameAsReference(analyze(log), log)
  })

  it('a watch cut by rotation counts once, whichever file is read first', () => {
    const older: Item[] = [watch('w', 'RequestReceived', 0), watch('w', 'ResponseStarted', 0), get('g1', 1)]
    const newer: Item[] = [get('g2', 5), watch('w', 'ResponseComplete', 6)]
    for (const order of [
      [
        ['audit-2026-11-25T10-03.log', older],
        ['audit.log', newer],
      ],
      [
        ['audit.log', newer],
        ['audit-2026-11-25T10-03.log', older],
      ],
    ] as [string, Item[]][][]) {
      const r = analyze(order)
      expect([r.auditEvents, r.events, r.openRequests]).toEqual([5, 3, 0])
      expect(rules(r)).toEqual([
        [1, 1],
        [2, 2],
      ])
      // Every stage's events and bytes still add to the watch's rule.
      expect(r.impacts[0]!.byRule[1]!.recordedBytes).toBe(
        [older[0]!, older[1]!, newer[1]!].reduce((n: number, e) => n + JSON.stringify(e).length, 0),
      )
      sameAsReference(r, order)
    }
  })

  it('the same file given twice is noticed and counted once', () => {
    const log: Item[] = [
      exec('e1', 'ResponseStarted', 0),
      get('g1', 1),
      anEvent({ stage: undefined }),
      'junk',
    ]
    const once = analyze([['audit.log', log]])
    const twice = analyze([
      ['audit.log', log],
      ['copy/audit.log', log],
    ])
    expect(twice.files.map((f) => f.sameAs)).toEqual([undefined, 'audit.log'])
    expect(twice.duplicates.events).toBe(2)
    // The event without a stage cannot be told apart from a new request: it counts by itself (STAGE_RULE).
    expect([twice.events, twice.auditEvents]).toEqual([once.events + 1, once.auditEvents + 1])
    expect(twice.impacts[0]!.recorded.bytes - once.impacts[0]!.recorded.bytes).toBe(
      JSON.stringify(log[2]).length,
    )
  })

  it('a later copy of a growing file adds only the new events', () => {
    const first: Item[] = [get('g1', 0), exec('e1', 'ResponseStarted', 1)]
    const later: Item[] = [...first, exec('e1', 'ResponseComplete', 2), get('g2', 3)]
    const r = analyze([
      ['audit.log.copy1', first],
      ['audit.log.copy2', later],
    ])
    expect([r.events, r.openRequests, r.duplicates.events]).toEqual([3, 0, 2])
    expect(r.files[1]!.sameAs).toBeUndefined()
    expect(r.files[1]!.duplicateEvents).toBe(2)
  })

  it('two different ResponseComplete events with one auditID count as two (as written)', () => {
    const log: [string, Item[]][] = [
      ['a.log', [get('x', 0), anEvent({ auditID: 'x', stageTimestamp: at(0), user: { username: 'bob' } })]],
    ]
    expect(analyze(log).events).toBe(2)
    sameAsReference(analyze(log), log)
  })

  it('several masters: their files are merged, and the disk history is per server', () => {
    const m1: Item[] = [get('m1-a', 0), get('m1-b', 30), exec('m1-e', 'ResponseStarted', 59)]
    const m2: Item[] = [get('m2-a', 0), watch('m2-w', 'ResponseStarted', 10), get('m2-b', 59)]
    const log: [string, Item[]][] = [
      ['master-1/audit.log', m1],
      ['master-2/audit.log', m2],
    ]
    const r = analyze(log)
    expect([r.events, r.openRequests, r.apiServers]).toEqual([6, 2, 2])
    sameAsReference(r, log)
    // Rotated files of one server follow each other in time: one server.
    const rotated = analyze([
      ['audit-1.log', [get('a', 0), get('b', 10)]],
      ['audit.log', [get('c', 10), get('d', 20)]],
    ])
    expect(rotated.apiServers).toBe(1)
  })
})

describe('lines the scanner hands to JSON.parse (an escaped key)', () => {
  // "ver\u0062" is "verb" written with an escape: the line is read through the fallback, whose fields point
  // into a rewritten copy of the line, not into the line itself.
  const escapedKey = (e: Record<string, unknown>) => JSON.stringify(e).replace('"verb":', '"ver\\u0062":')

  it('counts them by auditID and takes their timestamps into the window', () => {
    const first = exec('e1', 'ResponseStarted', 3)
    const last = exec('e1', 'ResponseComplete', 7)
    const r = analyze([['audit.log', [escapedKey(first), escapedKey(last)]]])
    expect([r.auditEvents, r.events, r.openRequests]).toEqual([2, 1, 0])
    expect(r.window).toEqual({ from: at(3), to: at(7), seconds: 240 })
  })
})

describe('events dated without stageTimestamp (v1beta1 and older writers)', () => {
  // audit.k8s.io/v1beta1 Event: `timestamp` (metav1.Time, seconds; deprecated), `requestReceivedTimestamp` and
  // `stageTimestamp` (MicroTime; a zero one is written as null). Logs of old API servers carry `timestamp` only.
  const old = (id: string, stage: string, minute: number, second = 0) =>
    anEvent({
      apiVersion: 'audit.k8s.io/v1beta1',
      auditID: id,
      stage,
      timestamp: `2026-11-25T10:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}Z`,
      requestReceivedTimestamp: undefined,
      stageTimestamp: undefined,
    })

  it('takes the window and the timeline from `timestamp`', () => {
    const log: [string, Item[]][] = [
      [
        'audit.log',
        [
          old('o1', 'RequestReceived', 0),
          old('o1', 'ResponseComplete', 0, 1),
          old('o2', 'ResponseComplete', 30),
        ],
      ],
    ]
    const r = analyze(log)
    expect([r.auditEvents, r.events, r.openRequests, r.otherVersion]).toEqual([3, 2, 0, 3])
    expect(r.window).toEqual({ from: '2026-11-25T10:00:00Z', to: '2026-11-25T10:30:00Z', seconds: 1800 })
    expect(r.files[0]!.from).toBe('2026-11-25T10:00:00Z')
    expect(r.timeline?.from).toBe('2026-11-25T10:00:00.000Z')
    const timelineBytes = Object.values(r.timeline!.bytesByLevel)
      .flat()
      .reduce((a, b) => a + b, 0)
    expect(timelineBytes).toBe(r.impacts[0]!.recorded.bytes)
    expect(r.recordedPerDay?.events).toBe(3 * 48)
    sameAsReference(r, log)
  })

  it('tells repeated events apart by `timestamp`: the same file twice counts once, a later event does not merge', () => {
    const log: Item[] = [old('d1', 'ResponseStarted', 1), old('d2', 'ResponseComplete', 2)]
    const twice = analyze([
      ['audit.log', log],
      ['copy/audit.log', log],
    ])
    expect([twice.events, twice.duplicates.events, twice.files[1]!.sameAs]).toEqual([2, 2, 'audit.log'])
    // Same auditID, stage and length, another second: another event (a different final event counts too).
    const again = analyze([
      ['audit.log', [old('d3', 'ResponseComplete', 5), old('d3', 'ResponseComplete', 6)]],
    ])
    expect([again.auditEvents, again.duplicates.events]).toEqual([2, 0])
  })

  it('uses requestReceivedTimestamp when stageTimestamp is null, and stageTimestamp first when both are there', () => {
    const nullStage = anEvent({
      apiVersion: 'audit.k8s.io/v1beta1',
      stageTimestamp: null,
      requestReceivedTimestamp: at(7),
      timestamp: '2026-11-25T09:00:00Z',
    })
    const both = anEvent({
      stageTimestamp: at(9),
      requestReceivedTimestamp: at(8),
      timestamp: '2026-11-25T09:00:00Z',
    })
    const r = analyze([['audit.log', [nullStage, both]]])
    expect(r.window).toEqual({ from: at(7), to: at(9), seconds: 120 })
  })

  it('leaves an event with no time out of the window, and still counts it', () => {
    const undated = old('u1', 'ResponseComplete', 0)
    delete undated.timestamp
    const r = analyze([['audit.log', [get('g', 3), undated, get('h', 5)]]])
    expect([r.events, r.window]).toEqual([3, { from: at(3), to: at(5), seconds: 120 }])
  })
})

describe('the forecast (worked out by hand)', () => {
  // Three complete requests over exactly one hour; every event is `n` bytes.
  const events = [
    get('f1', 0),
    get('f2', 30),
    anEvent({ auditID: 'f3', stageTimestamp: '2026-11-25T11:00:00.000000Z' }),
  ]
  const lines = events.map((e) => JSON.stringify(e).length)
  const bytes = lines.reduce((a, b) => a + b, 0)
  const r = analyze([['audit.log', events]])

  it('takes the window from the first to the last stageTimestamp', () => {
    expect(r.window).toEqual({ from: at(0), to: '2026-11-25T11:00:00.000000Z', seconds: 3600 })
  })

  it('scales the recorded volume to a day', () => {
    expect(r.recordedPerDay).toEqual({ events: 3 * 24, bytes: bytes * 24 })
  })

  it('gives per day figures per rule and in total for the policy, and the hours of history', () => {
    const impact = r.impacts[0]!
    const metadata = impact.byRule[2]!
    // The policy keeps RequestReceived, which the log lacks: estimated, one more event per request.
    expect(impact.projected.events).toBe(6)
    expect(metadata.perDay).toEqual({ events: 6 * 24, bytes: impact.projected.bytes * 24 })
    expect(impact.perDay).toEqual({ events: 6 * 24, bytes: impact.projected.bytes * 24 })
    // 10 files of 100 MiB at (bytes per hour) — far more than 30 days' worth: the 30-day age limit decides.
    expect(impact.historyHours).toBe(30 * 24)
  })

  it('hours of history are the rotated files over the hourly volume of one server', () => {
    const big = anEvent({ requestObject: { data: 'x'.repeat(900_000) }, level: 'Request', auditID: 'big' })
    const busy = [anEvent({ auditID: 'start', stageTimestamp: at(0) }), { ...big, stageTimestamp: at(0, 36) }]
    const b = analyze([['audit.log', busy]])
    // 36 seconds is 1/100 hour.
    const perHour = (JSON.stringify(busy[0]).length + JSON.stringify(busy[1]).length) * 100
    expect(b.recordedHistoryHours).toBeCloseTo(
      historyBytes({ maxSizeMB: 100, maxBackups: 10, maxAgeDays: 30 }) / perHour,
      6,
    )
    expect(historyBytes({ maxSizeMB: 100, maxBackups: 10, maxAgeDays: 30 })).toBe(1000 * 1024 * 1024)
  })

  it('says what an edited policy would stop and start recording', () => {
    const edited = policyOf(`apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: None
  users: [alice]
  verbs: [get]
  resources: [{group: "", resources: [pods]}]
  namespaces: [default]
  omitStages: []
- level: RequestResponse
`)
    const log: Item[] = [
      get('s1', 0),
      get('s2', 1),
      anEvent({ auditID: 's3', verb: 'list', stageTimestamp: at(2) }),
    ]
    const impact = analyze([['audit.log', log]], edited).impacts[0]!
    expect(impact.byRule[0]!.droppedEvents).toBe(2)
    expect(impact.dropped.requests).toBe(2)
    // The list was recorded at Metadata; RequestResponse records more.
    expect(impact.byRule[1]!.raisedEvents).toBe(1)
    expect(impact.raised).toBe(1)
  })
})
