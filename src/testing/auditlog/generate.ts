// A deterministic generator of realistic audit.k8s.io/v1 Event JSON lines: a cluster where one service account
// makes most of the noise, kubelets renew leases, controllers and humans work, probes hit /healthz and some
// requests fail authentication. Same seed and size, same bytes. Used by tests and `bench/analyzer.mjs`.
import { Random } from './random.ts'
import { goJson, makeBodies } from './syntheticBodies.ts'
import { cast, pickCall, type Call } from './syntheticCast.ts'

/** GenerateOptions: a seed and when to stop (whichever limit is reached first; at least one is needed). */
export interface GenerateOptions {
  seed: number
  /** Stop after the line that reaches this many bytes (newlines included). */
  bytes?: number
  /** Stop after this many lines (events). */
  events?: number
  /**
   * The shape of the lines: `bodies` (default: levels up to RequestResponse, request and response objects, about
   * 1.7 KB a line) or `metadata` (every event at Metadata, no bodies, about 1 KB a line with the annotations
   * kube-apiserver adds: the log DKP's built-in rules write).
   */
  shape?: 'bodies' | 'metadata'
}

const pad = (n: number, w: number) => String(n).padStart(w, '0')

/** RFC 3339 with microseconds, as kube-apiserver writes it. */
function timestamp(micros: number): string {
  const d = new Date(Math.floor(micros / 1000))
  return `${d.toISOString().slice(0, 19)}.${pad(micros % 1000000, 6)}Z`
}

const START = Date.UTC(2026, 10, 25, 8, 0, 0) * 1000

function renderEvent(
  r: Random,
  call: Call,
  stage: string,
  auditID: string,
  received: string,
  at: string,
  metadataOnly = false,
): string {
  const a = call.actor
  const complete = stage === 'ResponseComplete' || stage === 'Panic'
  let s = `{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"${call.level}","auditID":"${auditID}","stage":"${stage}","requestURI":${goJson(call.uri)},"verb":"${call.verb}","user":${a.userJson},"sourceIPs":["${a.ip}"],"userAgent":${goJson(a.userAgent)}`
  if (call.ref) s += `,"objectRef":${call.ref}`
  if (stage !== 'RequestReceived') {
    if (call.code === 401) {
      s += `,"responseStatus":{"metadata":{},"status":"Failure","message":"Authentication failed, invalid bearer token","reason":"Unauthorized","code":401}`
    } else if (call.code >= 400) {
      const reason =
        call.code === 403
          ? 'Forbidden'
          : call.code === 404
            ? 'NotFound'
            : call.code === 409
              ? 'Conflict'
              : 'InternalError'
      s += `,"responseStatus":{"metadata":{},"status":"Failure","message":${goJson(`request failed: "${reason}" <${call.uri}>`)},"reason":"${reason}","code":${call.code}}`
    } else {
      s += `,"responseStatus":{"metadata":{},"code":${call.code}}`
    }
  }
  if (complete && call.requestObject) s += `,"requestObject":${call.requestObject}`
  if (complete && call.responseObject && call.code < 400) s += `,"responseObject":${call.responseObject}`
  s += `,"requestReceivedTimestamp":"${received}","stageTimestamp":"${at}"`
  if (stage === 'RequestReceived' || call.code === 401) return s + '}'
  const who = a.username?.startsWith('system:node:') ? 'Group \\"system:nodes\\"' : `User \\"${a.username}\\"`
  const decision = call.code === 403 ? 'forbid' : 'allow'
  s += `,"annotations":{"authorization.k8s.io/decision":"${decision}","authorization.k8s.io/reason":"RBAC: allowed by ClusterRoleBinding \\"binding-${r.int(40)}\\" of ClusterRole \\"role-${r.int(40)}\\" to ${who}"`
  if (call.requestObject && call.verb !== 'delete')
    s += `,"mutation.webhook.admission.k8s.io/round_0_index_0":"{\\"configuration\\":\\"d8-webhook\\",\\"webhook\\":\\"mutate.deckhouse.io\\",\\"mutated\\":false}"`
  if (metadataOnly) {
    // The annotations a recent kube-apiserver adds to slow or admitted requests (APF, latency tracking, PSA).
    s += `,"apiserver.latency.k8s.io/etcd":"${r.int(9000) / 1000}ms","apiserver.latency.k8s.io/response-write":"${r.int(900)}µs","apiserver.latency.k8s.io/serialize-response-object":"${r.int(9000)}µs","apiserver.latency.k8s.io/total":"${r.int(90_000) / 1000}ms","apiserver.latency.k8s.io/transform-response-object":"${r.int(90)}µs"`
    if (call.ref) s += `,"pod-security.kubernetes.io/enforce-policy":"baseline:latest"`
  }
  return s + '}}'
}

/** generateAuditLogLines yields audit Event JSON lines (without newlines) until a limit in `options` is reached. */
export function* generateAuditLogLines(options: GenerateOptions): Generator<string> {
  if (options.bytes === undefined && options.events === undefined)
    throw new Error('generateAuditLogLines: give bytes or events')
  const r = new Random(options.seed)
  const c = cast(r)
  const bodies = makeBodies(r)
  const maxBytes = options.bytes ?? Infinity
  const maxEvents = options.events ?? Infinity
  let bytes = 0
  let events = 0
  let clock = START
  const metadataOnly = options.shape === 'metadata'
  const emit = function* (line: string) {
    events++
    bytes += line.length + 1 // ASCII except for a few bodies; close enough for a stopping rule
    yield line
  }
  while (bytes < maxBytes && events < maxEvents) {
    const picked = pickCall(r, c, bodies)
    const call: Call = metadataOnly
      ? { ...picked, level: 'Metadata', requestObject: null, responseObject: null }
      : picked
    const auditID = `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-a${r.hex(3)}-${r.hex(12)}`
    clock += 50 + r.int(3000)
    const received = timestamp(clock)
    if (call.actor.username === null) {
      yield* emit(
        renderEvent(r, call, 'ResponseStarted', auditID, received, timestamp(clock + 40), metadataOnly),
      )
      continue
    }
    if (call.actor.requestReceived)
      yield* emit(renderEvent(r, call, 'RequestReceived', auditID, received, received, metadataOnly))
    const duration = call.longRunning ? 5_000_000 + r.int(300_000_000) : 300 + r.int(40_000)
    if (call.longRunning && events < maxEvents)
      yield* emit(
        renderEvent(r, call, 'ResponseStarted', auditID, received, timestamp(clock + 900), metadataOnly),
      )
    const panic = r.chance(0.0001)
    const final = panic ? { ...call, code: 500, responseObject: null } : call
    if (events < maxEvents)
      yield* emit(
        renderEvent(
          r,
          final,
          panic ? 'Panic' : 'ResponseComplete',
          auditID,
          received,
          timestamp(clock + duration),
          metadataOnly,
        ),
      )
  }
}

/** generateAuditLog yields the same lines as UTF-8 chunks of about `chunkBytes` (default 1 MiB), newline-terminated. */
export function* generateAuditLog(options: GenerateOptions, chunkBytes = 1 << 20): Generator<Uint8Array> {
  const encoder = new TextEncoder()
  let parts: string[] = []
  let size = 0
  for (const line of generateAuditLogLines(options)) {
    parts.push(line, '\n')
    size += line.length + 1
    if (size >= chunkBytes) {
      yield encoder.encode(parts.join(''))
      parts = []
      size = 0
    }
  }
  if (parts.length > 0) yield encoder.encode(parts.join(''))
}
