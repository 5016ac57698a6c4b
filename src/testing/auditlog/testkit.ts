// Test helpers for the analyzer: an audit event builder, and referenceCounts, the slow and obvious way to count
// (JSON.parse every line, evaluatePolicy every request) that the fast path is held to.
import { evaluatePolicy, requestFromEvent, type Policy } from '../../policy/index.ts'

let nextId = 0

/**
 * anEvent builds an audit.k8s.io/v1 Event object of a request of its own (a new auditID each time); `over`
 * replaces or adds fields (undefined removes one).
 */
export function anEvent(over: Record<string, unknown> = {}): Record<string, unknown> {
  const e: Record<string, unknown> = {
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: 'Metadata',
    auditID: `a${++nextId}`,
    stage: 'ResponseComplete',
    requestURI: '/api/v1/namespaces/default/pods/web',
    verb: 'get',
    user: { username: 'alice', groups: ['dev', 'system:authenticated'] },
    sourceIPs: ['10.0.0.1'],
    userAgent: 'kubectl/v1.31',
    objectRef: { resource: 'pods', namespace: 'default', name: 'web', apiVersion: 'v1' },
    responseStatus: { metadata: {}, code: 200 },
    requestReceivedTimestamp: '2026-11-25T10:00:00.000000Z',
    stageTimestamp: '2026-11-25T10:00:00.001000Z',
  }
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) delete e[k]
    else e[k] = v
  }
  return e
}

/** logBytes joins events (objects or raw lines) into newline-terminated JSON lines. */
export function logBytes(items: (Record<string, unknown> | string)[], eol = '\n'): Uint8Array {
  return new TextEncoder().encode(
    items.map((i) => (typeof i === 'string' ? i : JSON.stringify(i)) + eol).join(''),
  )
}

/** ReferenceCounts: what referenceCounts finds. */
export interface ReferenceCounts {
  events: number
  auditEvents: number
  malformed: number
  truncated: number
  notAudit: number
  otherVersion: number
  byRule: Map<number | null, number>
  byLevel: Record<string, number>
  recordedByLevel: Record<string, number>
  stageBytes: Record<string, number>
}

const LEVELS = ['None', 'Metadata', 'Request', 'RequestResponse']
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * referenceCounts analyzes a whole log text line by line with JSON.parse, following the documented rules
 * (STAGE_RULE). Several files are given as several texts, read in order.
 */
export function referenceCounts(text: string | string[], policy: Policy): ReferenceCounts {
  const r: ReferenceCounts = {
    events: 0,
    auditEvents: 0,
    malformed: 0,
    truncated: 0,
    notAudit: 0,
    otherVersion: 0,
    byRule: new Map(),
    byLevel: Object.fromEntries(LEVELS.map((l) => [l, 0])),
    recordedByLevel: Object.fromEntries(LEVELS.map((l) => [l, 0])),
    stageBytes: {},
  }
  // Every event read (auditID, stage, time: stageTimestamp, else requestReceivedTimestamp, else timestamp; bytes), the auditIDs counted at a final event, and the
  // last event of the others.
  const seen = new Set<string>()
  const completed = new Set<string>()
  const pending = new Map<string, Record<string, unknown>>()
  const count = (e: Record<string, unknown>) => {
    r.events++
    const recorded = LEVELS.includes(e.level as string)
      ? (e.level as string)
      : 'requestObject' in e || 'responseObject' in e
        ? 'responseObject' in e
          ? 'RequestResponse'
          : 'Request'
        : 'Metadata'
    r.recordedByLevel[recorded]!++
    const result = evaluatePolicy(policy, requestFromEvent(e as never))
    r.byRule.set(result.matchedRule, (r.byRule.get(result.matchedRule) ?? 0) + 1)
    r.byLevel[LEVELS.includes(result.level) ? result.level : 'None']!++
  }
  for (const t of typeof text === 'string' ? [text] : text) readText(t)
  for (const e of pending.values()) count(e)
  return r

  function readText(text: string) {
    const lines = text.split('\n')
    const endsWithNewline = text.endsWith('\n')
    if (endsWithNewline) lines.pop()
    lines.forEach((raw, i) => {
      let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
      if (i === 0 && line.startsWith('\ufeff')) line = line.slice(1)
      if (line.trim() === '') return
      let e: unknown
      try {
        e = JSON.parse(line)
      } catch {
        if (i === lines.length - 1 && !endsWithNewline) r.truncated++
        else r.malformed++
        return
      }
      if (!isRecord(e) || e.kind !== 'Event') return void r.notAudit++
      if (e.apiVersion !== 'audit.k8s.io/v1') {
        if (
          e.apiVersion === undefined ||
          (typeof e.apiVersion === 'string' && e.apiVersion.startsWith('audit.k8s.io/'))
        )
          r.otherVersion++
        else return void r.notAudit++
      }
      const stage =
        typeof e.stage === 'string' &&
        ['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic'].includes(e.stage)
          ? e.stage
          : 'unknown'
      const bytes = new TextEncoder().encode(line).length
      const id = typeof e.auditID === 'string' && stage !== 'unknown' ? e.auditID : null
      if (id !== null) {
        const time = [e.stageTimestamp, e.requestReceivedTimestamp, e.timestamp].find(
          (t) => typeof t === 'string',
        )
        const key = JSON.stringify([id, stage, time, bytes])
        if (seen.has(key)) return
        seen.add(key)
      }
      r.auditEvents++
      r.stageBytes[stage] = (r.stageBytes[stage] ?? 0) + bytes
      if (id === null) return count(e)
      if (stage === 'ResponseComplete' || stage === 'Panic') {
        completed.add(id)
        pending.delete(id)
        return count(e)
      }
      if (!completed.has(id)) pending.set(id, e)
    })
  }
}
