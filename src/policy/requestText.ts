// Reading a test request from what a user pastes: an audit event (a JSON line from audit.log), the request
// attributes themselves (conformance/evaluation.json's shape), or an HTTP method and URL ("GET /healthz").
import { jsonDepthExceeds, MAX_JSON_DEPTH } from './jsonDepth.ts'
import { requestFromEvent, requestFromHttp, type AuditEventLike } from './request.ts'
import type { RequestAttributes } from './types.ts'

/** What a paste turned into: the request and how it was read, or why it could not be read. */
export type RequestTextResult =
  | { ok: true; request: RequestAttributes; from: 'event' | 'attributes' | 'http' }
  | { ok: false; error: string }

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
    if (inList) return { ok: false, error: 'an EventList inside an EventList is not an audit event' }
    return value.items.length > 0
      ? fromJson(value.items[0], true)
      : { ok: false, error: 'the EventList has no events' }
  }
  if (!isObject(value)) return { ok: false, error: 'expected a JSON object (one audit event)' }
  const attrs = readRequestAttributes(value)
  if (attrs) return { ok: true, request: attrs, from: 'attributes' }
  if (typeof value.requestURI !== 'string' || typeof value.verb !== 'string')
    return { ok: false, error: 'not an audit event: it needs at least "verb" and "requestURI"' }
  return { ok: true, request: requestFromEvent(value as AuditEventLike), from: 'event' }
}

const TOO_DEEP = `this JSON is nested deeper than ${MAX_JSON_DEPTH} levels: not an audit event`

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
 * `who`. It never throws; what it cannot read comes back as a message.
 */
export function readRequestText(
  text: string,
  who: Pick<RequestAttributes, 'user' | 'groups'>,
): RequestTextResult {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, error: 'paste an audit event (one JSON line) or a method and URL' }
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
    return { ok: false, error: 'this is not valid JSON: paste one audit event per line' }
  }
  return { ok: false, error: 'expected an audit event (JSON) or a method and URL, such as GET /healthz' }
}
