// How kube-apiserver turns an HTTP request (or an audit Event that recorded one) into the attributes the
// policy sees (k8s.io/apiserver pkg/endpoints/request/requestinfo.go).
import type { RequestAttributes } from './types.ts'

/** aRequest fills the attributes nobody set: an anonymous-looking non-resource GET of "/". */
export function emptyRequest(): RequestAttributes {
  return {
    user: null,
    groups: [],
    verb: 'get',
    resourceRequest: false,
    apiGroup: '',
    resource: '',
    subresource: '',
    namespace: '',
    name: '',
    path: '/',
  }
}

const METHOD_VERBS: Record<string, string> = {
  POST: 'create',
  GET: 'get',
  HEAD: 'get',
  PUT: 'update',
  PATCH: 'patch',
  DELETE: 'delete',
}
/** Go's path-segment validity check used for the fieldSelector name (IsValidPathSegmentName). */
const isValidPathSegment = (s: string) => s !== '.' && s !== '..' && !s.includes('/') && !s.includes('%')

export interface HttpRequest {
  method: string
  /** Path with optional query string, e.g. `/api/v1/namespaces/default/pods?watch=true`. */
  url: string
  user: string | null
  groups?: string[]
}

/** goParseQuery is Go's url.ParseQuery as URL.Query() uses it: pairs with `;` or a bad escape are dropped. */
function goParseQuery(query: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  const unescape = (x: string): string | undefined => {
    if (/%(?![0-9a-fA-F]{2})/.test(x)) return undefined
    try {
      return decodeURIComponent(x.replaceAll('+', ' '))
    } catch {
      // A %XX sequence that is not UTF-8: Go keeps the bytes; close enough to keep the pair.
      return x
        .replaceAll('+', ' ')
        .replace(/%([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    }
  }
  for (const part of query.split('&')) {
    if (part === '' || part.includes(';')) continue
    const eq = part.indexOf('=')
    const k = unescape(eq >= 0 ? part.slice(0, eq) : part)
    const v = unescape(eq >= 0 ? part.slice(eq + 1) : '')
    if (k === undefined || v === undefined) continue
    out.set(k, [...(out.get(k) ?? []), v])
  }
  return out
}

/** splitTerms: apimachinery's fields.splitTerms (commas split terms unless escaped with a backslash). */
function splitTerms(selector: string): string[] {
  if (selector === '') return []
  const terms: string[] = []
  let start = 0
  let inSlash = false
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]
    if (inSlash) inSlash = false
    else if (c === '\\') inSlash = true
    else if (c === ',') {
      terms.push(selector.slice(start, i))
      start = i + 1
    }
  }
  terms.push(selector.slice(start))
  return terms
}

/** unescapeValue: fields.UnescapeValue (`\\`, `\,`, `\=` only; a bare `,` or `=` is an error). */
function unescapeValue(v: string): string | undefined {
  let out = ''
  let inSlash = false
  for (const c of v) {
    if (inSlash) {
      if (c !== '\\' && c !== ',' && c !== '=') return undefined
      out += c
      inSlash = false
    } else if (c === '\\') inSlash = true
    else if (c === ',' || c === '=') return undefined
    else out += c
  }
  return inSlash ? undefined : out
}

/**
 * fieldSelectorName: fields.ParseSelector then RequiresExactMatch("metadata.name"): terms sorted, split at the
 * first `!=`, `==` or `=` (no trimming), values unescaped; undefined when the selector does not parse.
 */
function fieldSelectorName(selector: string): { name: string } | undefined {
  const terms = splitTerms(selector).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  let name: string | undefined
  for (const term of terms) {
    if (term === '') continue
    const m = /^(.*?)(!=|==|=)(.*)$/s.exec(term)
    if (!m) return undefined
    const value = unescapeValue(m[3]!)
    if (value === undefined) return undefined
    if (m[2] !== '!=' && m[1] === 'metadata.name' && name === undefined) name = value
  }
  return { name: name ?? '' }
}

/** Go's strconv.ParseInt(s, 10, 64) succeeds. */
const isInt64 = (v: string) => /^[+-]?[0-9]+$/.test(v) && BigInt(v) >= -(2n ** 63n) && BigInt(v) < 2n ** 63n

/**
 * listOptions: what requestinfo.go reads from the query of a nameless get: ListOptions decoded by the
 * parameter codec (watch is true unless its first value is "0" or "false" in any case; the name comes from a
 * fieldSelector that requires metadata.name). When decoding fails (a bad selector or number), only watch counts.
 */
function listOptions(rawQuery: string): { watch: boolean; name: string } {
  const q = goParseQuery(rawQuery)
  const first = (k: string) => q.get(k)?.[0]
  const w = first('watch')
  const watch = w !== undefined && w !== '0' && w.toLowerCase() !== 'false'
  let ok = true
  for (const k of ['limit', 'timeoutSeconds']) {
    const v = first(k)
    if (v !== undefined && !isInt64(v)) ok = false
  }
  const fs = first('fieldSelector')
  const sel = fs !== undefined ? fieldSelectorName(fs) : { name: '' }
  if (!sel) ok = false
  return { watch, name: ok && sel ? sel.name : '' }
}

/** requestFromHttp derives the attributes as RequestInfoFactory does (prefixes `api` and `apis`). */
export function requestFromHttp(req: HttpRequest): RequestAttributes {
  const q = req.url.indexOf('?')
  const rawPath = q >= 0 ? req.url.slice(0, q) : req.url
  const rawQuery = q >= 0 ? req.url.slice(q + 1) : ''
  let path = rawPath
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    /* keep the raw path, as a malformed escape would be rejected anyway */
  }
  const out: RequestAttributes = {
    ...emptyRequest(),
    user: req.user,
    groups: req.groups ?? [],
    verb: req.method.toLowerCase(),
    path,
  }
  let parts = path.replace(/^\/+|\/+$/g, '').split('/')
  if (parts.length < 3 || (parts[0] !== 'api' && parts[0] !== 'apis')) return out
  if (parts[0] === 'apis' && parts.length < 4) return out
  const prefix = parts[0]
  parts = parts.slice(1)
  out.resourceRequest = true
  if (prefix === 'apis') {
    out.apiGroup = parts[0]!
    parts = parts.slice(1)
  }
  parts = parts.slice(1) // the API version
  const special = parts[0] === 'watch' || parts[0] === 'proxy'
  if (special) {
    out.verb = parts[0]!
    parts = parts.slice(1)
  } else {
    out.verb = METHOD_VERBS[req.method.toUpperCase()] ?? ''
  }
  if (parts[0] === 'namespaces') {
    if (parts.length > 1) {
      out.namespace = parts[1]!
      if (parts.length > 2 && parts[2] !== 'status' && parts[2] !== 'finalize') parts = parts.slice(2)
    }
  } else {
    out.namespace = ''
  }
  if (parts.length >= 3 && out.verb !== 'proxy') out.subresource = parts[2]!
  if (parts.length >= 2) out.name = parts[1]!
  if (parts.length >= 1) out.resource = parts[0]!
  if (out.name === '' && out.verb === 'get') {
    const opts = listOptions(rawQuery)
    out.verb = opts.watch ? 'watch' : 'list'
    if (opts.name !== '' && isValidPathSegment(opts.name)) out.name = opts.name
  }
  if (out.name === '' && out.verb === 'delete') out.verb = 'deletecollection'
  return out
}

/** The fields of an audit.k8s.io Event that decide how the policy sees the request. */
export interface AuditEventLike {
  verb?: unknown
  requestURI?: unknown
  user?: { username?: unknown; groups?: unknown } | null
  objectRef?: {
    resource?: unknown
    subresource?: unknown
    namespace?: unknown
    name?: unknown
    apiGroup?: unknown
  } | null
}

const s = (v: unknown): string => (typeof v === 'string' ? v : '')

/**
 * requestFromEvent turns an audit Event back into request attributes. The event's `user` is the
 * authenticated (impersonating) user the policy matched; an event without a user name is an
 * unauthenticated request; an event with an objectRef is a resource request; a create has no name (the
 * object's name in objectRef comes from the body, after the policy was evaluated).
 */
export function requestFromEvent(event: AuditEventLike): RequestAttributes {
  const uri = s(event.requestURI)
  const q = uri.indexOf('?')
  let path = q >= 0 ? uri.slice(0, q) : uri
  try {
    path = decodeURIComponent(path)
  } catch {
    /* keep as recorded */
  }
  const username = s(event.user?.username)
  const groups = Array.isArray(event.user?.groups)
    ? event.user.groups.filter((g): g is string => typeof g === 'string')
    : []
  const ref = event.objectRef
  const verb = s(event.verb)
  // For a create the API server fills objectRef.name from the body; the policy saw the URL's (empty) name.
  const name = verb === 'create' && s(ref?.subresource) === '' ? '' : s(ref?.name)
  return {
    user: username === '' ? null : username,
    groups: username === '' ? [] : groups,
    verb,
    resourceRequest: ref != null && typeof ref === 'object',
    apiGroup: s(ref?.apiGroup),
    resource: s(ref?.resource),
    subresource: s(ref?.subresource),
    namespace: s(ref?.namespace),
    name,
    path,
  }
}
