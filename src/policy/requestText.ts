// Reading a test request from what a user pastes: an audit event (a JSON line from audit.log), the request
// attributes themselves (conformance/evaluation.json's shape), or an HTTP method and URL ("GET /healthz").
import { jsonDepthExceeds, MAX_JSON_DEPTH } from './jsonDepth.ts'
import { requestFromEvent, requestFromHttp, type AuditEventLike } from './request.ts'
import type { RequestAttributes } from './types.ts'

/**
 * RequestTextProblem: why a paste could not be read, as a code (src/i18n words it: verify-panels paste.errors).
 * `nested-list`: an EventList inside an EventList; `not-event`: JSON without "verb" and "requestURI".
 */
export type RequestTextProblem =
  | { code: 'empty' | 'not-json' | 'not-object' | 'not-event' | 'nested-list' | 'empty-list' | 'not-request' }
  | { code: 'too-deep'; depth: number }

/** What a paste turned into: the request and how it was read, or why it could not be read. */
export type RequestTextResult =
  | { ok: true; request: RequestAttributes; from: 'event' | 'attributes' | 'http' }
  | { ok: false; error: RequestTextProblem }

const HTTP_LINE = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|CONNECT|TRACE)\s+(\/\S*)\s*$/i
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** readRequestAttributes accepts an object of RequestAttributes' shape (missing strings read as ""), else null. */
export function readRequestAttributes(value: unknown): RequestAttributes | null {
  if (!isObject(value) || typeof value.resourceRequest !== 'boolean') return null
  if (value.user !== null && value.user !== undefined && typeof value.user !== 'string') return null
  const groups = Array.isArray(value.groups) ? value.groups.filter((g) => typeof g === 'string') : []
  return {
    user: typeof value.user === 'string' ? value.user : null,
    groups: typeof value.user === 'string' ? groups : [],
    verb: str(value.verb),
    resourceRequest: value.resourceRequest,
    apiGroup: str(value.apiGroup),
    resource: str(value.resource),
    subresource: str(value.subresource),
    namespace: str(value.namespace),
    name: str(value.name),
    path: str(value.path),
  }
}

function fromJson(value: unknown, inList = false): RequestTextResult {
  if (isObject(value) && value.kind === 'EventList' && Array.isArray(value.items)) {
    if (inList) return { ok: false, error: { code: 'nested-list' } }
    return value.items.length > 0
      ? fromJson(value.items[0], true)
      : { ok: false, error: { code: 'empty-list' } }
  }
  if (!isObject(value)) return { ok: false, error: { code: 'not-object' } }
  const attrs = readRequestAttributes(value)
  if (attrs) return { ok: true, request: attrs, from: 'attributes' }
  if (typeof value.requestURI !== 'string' || typeof value.verb !== 'string')
    return { ok: false, error: { code: 'not-event' } }
  return { ok: true, request: requestFromEvent(value as AuditEventLike), from: 'event' }
}

const TOO_DEEP: RequestTextProblem = { code: 'too-deep', depth: MAX_JSON_DEPTH }

/** parseJson parses JSON whose nesting is within MAX_JSON_DEPTH (checked first, so nothing recurses on a bomb). */
function parseJson(text: string): { value: unknown } | 'too deep' | null {
  if (jsonDepthExceeds(text)) return 'too deep'
  try {
    return { value: JSON.parse(text) }
  } catch {
    return null
  }
}

/**
 * readRequestText reads a pasted request: JSON (an audit event, an EventList's first event, or request
 * attributes; for JSON lines, the first line), or `METHOD /path?query`, which takes its user and groups from
 * `who`. It never throws; what it cannot read comes back as a code.
 */
export function readRequestText(
  text: string,
  who: Pick<RequestAttributes, 'user' | 'groups'>,
): RequestTextResult {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, error: { code: 'empty' } }
  const http = HTTP_LINE.exec(trimmed)
  if (http) {
    const request = requestFromHttp({ method: http[1]!, url: http[2]!, user: who.user, groups: who.groups })
    return { ok: true, request, from: 'http' }
  }
  if (trimmed.startsWith('{')) {
    const whole = parseJson(trimmed)
    if (whole && whole !== 'too deep') return fromJson(whole.value)
    const first = parseJson(trimmed.split(/\r?\n/, 1)[0]!.trim())
    if (first && first !== 'too deep') return fromJson(first.value)
    if (first === 'too deep') return { ok: false, error: TOO_DEEP }
    return { ok: false, error: { code: 'not-json' } }
  }
  return { ok: false, error: { code: 'not-request' } }
}
