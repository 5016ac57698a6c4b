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
const TRUE_VALUES = new Set(['1', 't', 'T', 'TRUE', 'true', 'True'])
/** Go's path-segment validity check used for the fieldSelector name (IsValidPathSegmentName). */
const isValidPathSegment = (s: string) => s !== '.' && s !== '..' && !s.includes('/') && !s.includes('%')

export interface HttpRequest {
  method: string
  /** Path with optional query string, e.g. `/api/v1/namespaces/default/pods?watch=true`. */
  url: string
  user: string | null
  groups?: string[]
}

/** metadataNameFromFieldSelector returns X when the selector requires exactly `metadata.name=X` (or `==`). */
function metadataNameFromFieldSelector(selector: string | null): string {
  if (!selector) return ''
  const terms = selector.split(',')
  for (const t of terms) {
    const m = /^\s*metadata\.name\s*(==|=)\s*(.*?)\s*$/.exec(t)
    if (m) return m[2]!
  }
  return ''
}

/** requestFromHttp derives the attributes as RequestInfoFactory does (prefixes `api` and `apis`). */
export function requestFromHttp(req: HttpRequest): RequestAttributes {
  const q = req.url.indexOf('?')
  const rawPath = q >= 0 ? req.url.slice(0, q) : req.url
  const query = new URLSearchParams(q >= 0 ? req.url.slice(q + 1) : '')
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
    const watch = query.get('watch')
    out.verb = watch !== null && TRUE_VALUES.has(watch) ? 'watch' : 'list'
    const name = metadataNameFromFieldSelector(query.get('fieldSelector'))
    if (name !== '' && isValidPathSegment(name)) out.name = name
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
