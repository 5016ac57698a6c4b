import { describe, expect, it } from 'vitest'
import { generateAuditLog, generateAuditLogLines } from './generate.ts'

const concat = (chunks: Uint8Array[]) => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let pos = 0
  for (const c of chunks) {
    out.set(c, pos)
    pos += c.length
  }
  return out
}

/** The fields these tests look at. */
interface GeneratedEvent {
  kind: string
  apiVersion: string
  level: string
  auditID: string
  stage: string
  requestURI: string
  verb: string
  user: { username?: string }
  sourceIPs: string[]
  objectRef?: { subresource?: string }
  responseStatus?: { code: number }
  requestObject?: unknown
  responseObject?: unknown
  requestReceivedTimestamp: string
  stageTimestamp: string
}

describe('generateAuditLog', () => {
  const lines = [...generateAuditLogLines({ seed: 3, events: 20_000 })]
  const events = lines.map((l) => JSON.parse(l) as GeneratedEvent)

  it('is deterministic: the same seed and size give the same bytes, another seed other bytes', () => {
    const a = concat([...generateAuditLog({ seed: 11, bytes: 300_000 }, 4096)])
    const b = concat([...generateAuditLog({ seed: 11, bytes: 300_000 }, 65536)])
    const c = concat([...generateAuditLog({ seed: 12, bytes: 300_000 })])
    expect(a).toEqual(b)
    expect(a).not.toEqual(c)
    expect(a.length).toBeGreaterThanOrEqual(300_000)
  })

  it('stops at the first limit reached', () => {
    expect([...generateAuditLogLines({ seed: 1, events: 10 })]).toHaveLength(10)
    const bytes = concat([...generateAuditLog({ seed: 1, bytes: 10_000, events: 1_000_000 })]).length
    expect(bytes).toBeGreaterThanOrEqual(10_000)
    expect(bytes).toBeLessThan(10_000 + 300_000)
  })

  it('writes valid audit.k8s.io/v1 Event lines with the fields kube-apiserver writes', () => {
    for (const e of events) {
      expect(e.kind).toBe('Event')
      expect(e.apiVersion).toBe('audit.k8s.io/v1')
      expect(['Metadata', 'Request', 'RequestResponse']).toContain(e.level)
      expect(typeof e.auditID).toBe('string')
      expect(typeof e.requestURI).toBe('string')
      expect(typeof e.verb).toBe('string')
      expect(typeof e.requestReceivedTimestamp).toBe('string')
      expect(typeof e.stageTimestamp).toBe('string')
      expect(Array.isArray(e.sourceIPs)).toBe(true)
      if (e.level === 'Metadata') expect([e.requestObject, e.responseObject]).toEqual([undefined, undefined])
      if (e.stage !== 'RequestReceived') expect(typeof e.responseStatus?.code).toBe('number')
    }
  })

  const share = (pred: (e: GeneratedEvent) => boolean) => events.filter(pred).length / events.length
  const cases: [string, (e: GeneratedEvent) => boolean, number, number][] = [
    [
      'one service account makes the most events',
      (e) => e.user.username === 'system:serviceaccount:d8-system:deckhouse',
      0.25,
      0.45,
    ],
    ['kubelets', (e) => String(e.user.username).startsWith('system:node:'), 0.1, 0.3],
    ['non-resource URLs', (e) => e.objectRef === undefined, 0.05, 0.3],
    ['subresources', (e) => e.objectRef?.subresource !== undefined, 0.03, 0.3],
    ['RequestReceived stage', (e) => e.stage === 'RequestReceived', 0.03, 0.3],
    [
      'ResponseStarted stage (watch, exec, logs, failed authentication)',
      (e) => e.stage === 'ResponseStarted',
      0.03,
      0.3,
    ],
    ['failed authentication (no user)', (e) => e.user.username === undefined, 0.0005, 0.02],
    ['request bodies', (e) => e.requestObject !== undefined, 0.05, 0.5],
    ['response bodies', (e) => e.responseObject !== undefined, 0.03, 0.5],
  ]
  for (const [name, pred, min, max] of cases) {
    it(`mixes in ${name}`, () => {
      const s = share(pred)
      expect(s).toBeGreaterThanOrEqual(min)
      expect(s).toBeLessThanOrEqual(max)
    })
  }

  it('writes escapes as Go does and bodies of realistic sizes', () => {
    expect(lines.some((l) => l.includes('\\u003c') && l.includes('\\u0026'))).toBe(true)
    expect(lines.some((l) => l.includes('\\"'))).toBe(true)
    const bodies = events.filter((e) => e.responseObject).map((e) => JSON.stringify(e.responseObject).length)
    expect(Math.max(...bodies)).toBeGreaterThan(20_000)
    expect(Math.min(...bodies)).toBeLessThan(2_000)
  })
})

describe('the Metadata-only shape (what DKP built-in rules write)', () => {
  const lines = [...generateAuditLogLines({ seed: 5, events: 3000, shape: 'metadata' })]
  const events = lines.map((l) => JSON.parse(l) as Record<string, unknown>)

  it('has every event at Metadata, without bodies', () => {
    expect(events.every((e) => e.level === 'Metadata')).toBe(true)
    expect(events.some((e) => 'requestObject' in e || 'responseObject' in e)).toBe(false)
  })

  it('has lines of about 1 KB', () => {
    const mean = lines.reduce((n, l) => n + l.length, 0) / lines.length
    expect(mean).toBeGreaterThan(900)
    expect(mean).toBeLessThan(1500)
  })

  it('is deterministic: same seed, same lines', () => {
    expect([...generateAuditLogLines({ seed: 5, events: 3000, shape: 'metadata' })]).toEqual(lines)
  })
})
