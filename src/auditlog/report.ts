// Reports from aggregates: each policy is evaluated once per distinct request (memoized), never per event, so
// a policy edit is re-analyzed without reading the logs again whenever the aggregates cover every request.
import { evaluatePolicy, LEVELS, type Level, type Policy, type RequestAttributes } from '../policy/index.ts'
import { nameEntries, nameMatters } from './names.ts'
import { STAGE_RULE, type Aggregates } from './aggregate.ts'
import {
  addProjection,
  decisionForRule,
  emptyProjection,
  project,
  type Decision,
  type Projection,
} from './project.ts'
import { fullRow } from './stats.ts'
import { apiServers, historyHours, perDay, timeWindow, type TimeWindow } from './forecast.ts'
import type {
  AnalysisReport,
  LevelCounts,
  PolicyImpact,
  PolicyUnderTest,
  RescanReason,
  RuleImpact,
  Sample,
  Timeline,
  TopEntry,
  Tops,
} from './types.ts'
import { CLUSTER_KEY, NO_VALUE_KEY } from './types.ts'

const levelCounts = (values: readonly number[] = [0, 0, 0, 0]): LevelCounts =>
  Object.fromEntries(LEVELS.map((l, i) => [l, values[i] ?? 0])) as LevelCounts

/** resourceKey names what a request is about: `group/resource[/subresource]` (core as `core`), or its URL path. */
export function resourceKey(r: RequestAttributes): string {
  if (!r.resourceRequest) return r.path || '/'
  return `${r.apiGroup || 'core'}/${r.resource}${r.subresource ? `/${r.subresource}` : ''}`
}

/** TOP_LISTS: the top lists of a report, in the order of Tops. */
const TOP_LISTS = ['users', 'userAgents', 'verbs', 'resources', 'namespaces', 'sources'] as const

/** TopIndex: one top list's keys, and each signature's place among them (−1: not in this list). */
interface TopIndex {
  keys: string[]
  slot: Int32Array
}

/**
 * Where each signature goes in each top list, computed once per aggregates (and reused by reanalyze): a policy's
 * report then adds a signature's numbers at six known places, with no string built or looked up per signature
 * and policy. The keys of a request are made once for all the signatures sharing its request object (those that
 * differ only by name). Hand-written for measured speed: the report of 47,057 signatures took ~10 % of the CLI's
 * time on a 512 MiB Metadata log with a Map look-up per signature and list (docs/notes/analyzer-speed.md).
 */
type TopIndexes = Record<keyof Tops, TopIndex>
const topIndexCache = new WeakMap<Aggregates, TopIndexes>()

function topIndexes(aggs: Aggregates): TopIndexes {
  const cached = topIndexCache.get(aggs)
  if (cached) return cached
  const n = aggs.infos.length
  const lists = TOP_LISTS.map(() => ({
    keys: [] as string[],
    slot: new Int32Array(n),
    at: new Map<string, number>(),
  }))
  const [users, userAgents, verbs, resources, namespaces, sources] = lists as [
    (typeof lists)[0],
    (typeof lists)[0],
    (typeof lists)[0],
    (typeof lists)[0],
    (typeof lists)[0],
    (typeof lists)[0],
  ]
  const place = (list: (typeof lists)[0], key: string) => {
    let i = list.at.get(key)
    if (i === undefined) {
      i = list.keys.length
      list.keys.push(key)
      list.at.set(key, i)
    }
    return i
  }
  const first = new Map<RequestAttributes, number>()
  aggs.infos.forEach((info, id) => {
    const r = info.request
    const same = first.get(r)
    if (same === undefined) {
      first.set(r, id)
      const user = r.user ?? '(no user)'
      const what = resourceKey(r)
      users.slot[id] = place(users, user)
      verbs.slot[id] = place(verbs, r.verb || NO_VALUE_KEY)
      resources.slot[id] = place(resources, what)
      namespaces.slot[id] = r.resourceRequest ? place(namespaces, r.namespace || CLUSTER_KEY) : -1
      sources.slot[id] = place(sources, `${user} ${r.verb} ${what}`)
      userAgents.slot[id] = place(userAgents, info.userAgent || NO_VALUE_KEY)
    } else {
      for (const list of lists) list.slot[id] = list.slot[same]!
      if (info.userAgent !== aggs.infos[same]!.userAgent)
        userAgents.slot[id] = place(userAgents, info.userAgent || NO_VALUE_KEY)
    }
  })
  const out = Object.fromEntries(
    TOP_LISTS.map((k, i) => [k, { keys: lists[i]!.keys, slot: lists[i]!.slot }]),
  ) as unknown as TopIndexes
  topIndexCache.set(aggs, out)
  return out
}

/** TopSums sums requests, recorded and projected bytes per key of one top list, in one array. */
class TopSums {
  readonly sums: Float64Array
  readonly index: TopIndex
  constructor(index: TopIndex) {
    this.index = index
    this.sums = new Float64Array(3 * index.keys.length)
  }

  add(id: number, p: Projection) {
    const slot = this.index.slot[id]!
    if (slot < 0) return
    const i = slot * 3
    this.sums[i]! += p.requests
    this.sums[i + 1]! += p.recordedBytes
    this.sums[i + 2]! += p.bytes
  }

  /** top returns the n largest entries by requests (by: 0) or by projected bytes (by: 2). */
  top(n: number, by: 0 | 2): TopEntry[] {
    const s = this.sums
    return this.index.keys
      .map((key, slot): [string, number] => [key, slot * 3])
      .sort((a, b) => s[b[1] + by]! - s[a[1] + by]! || s[b[1] + 1]! - s[a[1] + 1]! || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([key, i]) => ({
        key,
        events: s[i]!,
        recordedBytes: s[i + 1]!,
        projectedBytes: Math.round(s[i + 2]!),
      }))
  }
}

interface ImpactResult {
  impact: PolicyImpact
  /** Why the numbers are not exact for this policy, or null. */
  inexact: RescanReason | null
}

/** policyImpact computes one policy's report from the aggregates. */
function policyImpact(
  aggs: Aggregates,
  put: PolicyUnderTest,
  scannedIndex: number,
  window: TimeWindow | null,
  servers: number,
): ImpactResult {
  const { policy } = put
  const o = aggs.options
  const rules = policy.rules.length
  const perRule = Array.from({ length: rules + 1 }, emptyProjection)
  const samples: [number, Sample][][] = Array.from({ length: rules + 1 }, () => [])
  const byLevel = [0, 0, 0, 0]
  const eventsByLevel = [0, 0, 0, 0]
  const bytesByLevel = [0, 0, 0, 0]
  const total = emptyProjection()
  const indexes = topIndexes(aggs)
  const tops = Object.fromEntries(TOP_LISTS.map((k) => [k, new TopSums(indexes[k])])) as unknown as Record<
    keyof Tops,
    TopSums
  >
  // A decision is fully given by the matching rule: memoize the rule index per request, one Decision per rule.
  const decisions = Array.from({ length: rules + 1 }, (_, i) => decisionForRule(policy, i === rules ? -1 : i))
  const decide = (rule: number) => decisions[rule < 0 ? rules : rule]!
  // Signatures that differ only by name share their request object: evaluate each request once, and with the
  // name only where the name can decide.
  const memo = new Map<RequestAttributes, number>()
  let inexact: RescanReason | null = null
  const named = nameEntries(policy)
  const scratch = emptyProjection()
  const row = fullRow()

  const add = (d: Decision, p: Projection) => {
    const slot = d.rule < 0 ? rules : d.rule
    addProjection(perRule[slot]!, p)
    addProjection(total, p)
    byLevel[d.levelIndex]! += p.requests
    eventsByLevel[d.levelIndex]! += p.events
    bytesByLevel[d.levelIndex]! += p.bytes
    return slot
  }

  aggs.infos.forEach((info, id) => {
    let d: Decision
    if (info.name === null && info.outcomes !== null && scannedIndex >= 0) {
      d = decide(info.outcomes[scannedIndex]!)
    } else {
      const withName = named.length > 0 && nameMatters(named, info.request)
      if (info.name === null && withName && scannedIndex < 0) {
        inexact = { code: 'namesNotKept' }
      }
      let rule: number | undefined
      if (withName && info.name !== null) {
        rule = evaluatePolicy(policy, { ...info.request, name: info.name }).matchedRule ?? -1
      } else {
        rule = memo.get(info.request)
        if (rule === undefined) {
          rule = evaluatePolicy(policy, info.request).matchedRule ?? -1
          memo.set(info.request, rule)
        }
      }
      d = decide(rule)
    }
    const p = project(aggs.stats.fill(id, row), 0, d, info.request, scratch)
    const slot = add(d, p)
    if (info.sample !== null && p.requests > 0) {
      const list = samples[slot]!
      if (list.length < o.samplesPerRule || p.requests > list[list.length - 1]![0]) {
        list.push([p.requests, info.sample])
        list.sort((a, b) => b[0] - a[0])
        if (list.length > o.samplesPerRule) list.pop()
      }
    }
    tops.users.add(id, p)
    tops.userAgents.add(id, p)
    tops.verbs.add(id, p)
    tops.resources.add(id, p)
    tops.namespaces.add(id, p)
    tops.sources.add(id, p)
  })

  for (const bucket of aggs.overflow) {
    if (scannedIndex < 0) {
      inexact = { code: 'beyondLimit', requests: bucket.stats.requests(0) }
      continue
    }
    const d = decide(bucket.outcomes[scannedIndex]!)
    add(d, project(bucket.stats.fill(0, row), 0, d, null))
  }

  const byRule: RuleImpact[] = perRule.map((p, i) => {
    const rule = i < rules ? i : null
    const entry: RuleImpact = {
      rule,
      level: rule === null ? 'None' : policy.rules[i]!.level,
      events: p.requests,
      recordedBytes: p.recordedBytes,
      projectedEvents: p.events,
      projectedBytes: Math.round(p.bytes),
      lowerBoundEvents: p.lowerBoundEvents,
      raisedEvents: p.raisedRequests,
      droppedEvents: p.droppedRequests,
      perDay: perDay(p.events, Math.round(p.bytes), window),
      samples: samples[i]!.map(([, s]) => s),
    }
    const label = rule === null ? undefined : put.labels?.[rule]
    if (label !== undefined) entry.label = label
    return entry
  })
  const day = perDay(total.events, Math.round(total.bytes), window)
  const top = Object.fromEntries(
    Object.entries(tops).map(([k, m]) => [k, m.top(o.top, k === 'sources' ? 2 : 0)]),
  ) as unknown as Tops
  return {
    impact: {
      id: put.id,
      rules,
      byRule,
      byLevel: levelCounts(byLevel),
      eventsByLevel: levelCounts(eventsByLevel),
      bytesByLevel: levelCounts(bytesByLevel.map(Math.round)),
      recorded: { events: total.recordedEvents, bytes: total.recordedBytes },
      projected: { events: total.events, bytes: Math.round(total.bytes) },
      dropped: { requests: total.droppedRequests, events: total.droppedEvents, bytes: total.droppedBytes },
      estimatedBytes: Math.round(total.estimatedBytes),
      lowerBound: total.lowerBoundEvents > 0,
      lowerBoundEvents: total.lowerBoundEvents,
      raised: total.raisedRequests,
      perDay: day,
      historyHours: historyHours(day?.bytes ?? null, o.rotation, servers),
      top,
    },
    inexact,
  }
}

/** timelineOf re-buckets bytes per minute into at most 96 steps of whole minutes. */
function timelineOf(minutes: Map<number, number[]>): Timeline | null {
  if (minutes.size === 0) return null
  let lo = Infinity
  let hi = -Infinity
  for (const m of minutes.keys()) {
    lo = Math.min(lo, m)
    hi = Math.max(hi, m)
  }
  const step = Math.max(1, Math.ceil((hi - lo + 1) / 96))
  const n = Math.floor((hi - lo) / step) + 1
  const rows = LEVELS.map(() => new Array<number>(n).fill(0))
  for (const [m, bytes] of minutes) {
    const i = Math.floor((m - lo) / step)
    for (let l = 0; l < 4; l++) rows[l]![i]! += bytes[l]!
  }
  return {
    from: new Date(lo * 60_000).toISOString(),
    stepMinutes: step,
    bytesByLevel: Object.fromEntries(LEVELS.map((l, i) => [l, rows[i]!])) as Record<Level, number[]>,
  }
}

const samePolicy = (a: Policy, b: Policy) => a === b || JSON.stringify(a) === JSON.stringify(b)

/** buildReport computes the report for `policies` (by default the ones the logs were scanned with). */
export function buildReport(aggs: Aggregates, policies: PolicyUnderTest[] = aggs.scanned): AnalysisReport {
  const started = Date.now()
  const t = aggs.totals
  const window = timeWindow(t.firstTimestamp, t.lastTimestamp)
  const servers = apiServers(aggs.files)
  const results = policies.map((p) =>
    policyImpact(
      aggs,
      p,
      aggs.scanned.findIndex((s) => samePolicy(s.policy, p.policy)),
      window,
      servers,
    ),
  )
  const recordedBytes = t.recordedBytes.reduce((a, b) => a + b, 0)
  const recordedPerDay = perDay(t.auditEvents, recordedBytes, window)
  const open = aggs.open.map((o) => {
    const r = o.id >= 0 ? aggs.infos[o.id]!.request : null
    return {
      file: o.file,
      line: o.line,
      user: r?.user ?? '',
      verb: r?.verb ?? '',
      resource: r === null ? '' : resourceKey(r),
      namespace: r?.namespace ?? '',
      name: (o.id >= 0 ? aggs.infos[o.id]!.name : null) ?? '',
    }
  })
  const rescan = results.find((r) => r.inexact !== null)?.inexact ?? null
  const stage = (i: number) => ({ events: t.byStage[i * 2]!, bytes: t.byStage[i * 2 + 1]! })
  const overflowEvents = aggs.overflow.reduce((n, b) => n + b.stats.requests(0), 0)
  return {
    files: aggs.files,
    lines: t.lines,
    bytes: t.bytes,
    auditEvents: t.auditEvents,
    events: t.requests,
    openRequests: t.openRequests,
    open,
    duplicates: { events: t.duplicateEvents, bytes: t.duplicateBytes },
    window,
    recordedPerDay,
    timeline: timelineOf(t.minutes),
    recordedHistoryHours: historyHours(recordedPerDay?.bytes ?? null, aggs.options.rotation, servers),
    rotation: aggs.options.rotation,
    apiServers: servers,
    stageRule: STAGE_RULE,
    byStage: {
      RequestReceived: stage(0),
      ResponseStarted: stage(1),
      ResponseComplete: stage(2),
      Panic: stage(3),
      unknown: stage(4),
    },
    recordedByLevel: levelCounts(t.recordedRequests),
    recordedEventsByLevel: levelCounts(t.recordedEvents),
    recordedBytesByLevel: levelCounts(t.recordedBytes),
    malformed: t.problems.malformed,
    truncated: t.problems.truncated,
    tooLong: t.problems.tooLong,
    notAudit: t.problems.notAudit,
    otherVersion: t.problems.otherVersion,
    unreadable: t.problems.unreadable,
    blankLines: t.blankLines,
    problems: aggs.problems,
    impacts: results.map((r) => r.impact),
    signatures: { count: aggs.infos.length, nameless: aggs.namelessCount, overflowEvents },
    exact: rescan === null,
    rescanNeeded: rescan,
    elapsedMs: aggs.elapsedMs + (Date.now() - started),
  }
}

/**
 * reanalyze reports on new policies (e.g. after an edit) from the aggregates alone. The result says whether it
 * is exact; when not (`rescanNeeded`), the numbers cover only what the aggregates kept.
 */
export function reanalyze(
  aggs: Aggregates,
  policy: Policy | PolicyUnderTest | PolicyUnderTest[],
): AnalysisReport {
  const list = Array.isArray(policy) ? policy : 'rules' in policy ? [{ id: 'policy', policy }] : [policy]
  return buildReport(aggs, list)
}
