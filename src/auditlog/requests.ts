// Decoding a scanned event into the request attributes the policy sees, once per signature: through the core's
// requestFromEvent, with the strings that repeat across signatures (users, verbs, resources) kept once.
import { requestFromEvent, type AuditEventLike } from '../policy/request.ts'
import type { RequestAttributes } from '../policy/types.ts'
import { decodeRange, fieldString } from './fields.ts'
import { FIELD, type ScannedEvent } from './scan.ts'
import type { SignatureInfo } from './signatures.ts'

/** Strings and group lists remembered for sharing (beyond this, new ones are simply not shared). */
const INTERN_LIMIT = 50_000

/** RequestDecoder turns scanned events into SignatureInfo, sharing repeated strings. */
export class RequestDecoder {
  private readonly intern = new Map<string, string>()
  private readonly groupsCache = new Map<string, string[]>()

  /** decode reads `ev` as requestFromEvent would read the parsed event (the name left out when !withName). */
  decode(ev: ScannedEvent, withName: boolean): SignatureInfo {
    const like: AuditEventLike = { verb: this.str(ev, FIELD.verb) }
    if (ev.hasUser) {
      let groups: string[] = []
      if (ev.has(FIELD.groups)) {
        const raw = decodeRange(ev.buf, ev.start[FIELD.groups]!, ev.end[FIELD.groups]!)
        let cached = this.groupsCache.get(raw)
        if (!cached) {
          cached = (JSON.parse(raw) as unknown[])
            .filter((g): g is string => typeof g === 'string')
            .map((g) => this.intern.get(g) ?? g)
          if (this.groupsCache.size < INTERN_LIMIT) this.groupsCache.set(raw, cached)
        }
        groups = cached
      }
      like.user = { username: this.str(ev, FIELD.username), groups }
    }
    if (ev.hasObjectRef) {
      like.objectRef = {
        resource: this.str(ev, FIELD.resource),
        subresource: this.str(ev, FIELD.subresource),
        namespace: this.str(ev, FIELD.namespace),
        name: withName ? fieldString(ev, FIELD.name) : undefined,
        apiGroup: this.str(ev, FIELD.apiGroup),
      }
    } else if (ev.has(FIELD.requestURI)) {
      const uri = fieldString(ev, FIELD.requestURI)!
      const q = uri.indexOf('?')
      const path = q >= 0 ? uri.slice(0, q) : uri
      like.requestURI = this.intern.get(path) ?? path
    }
    const request = requestFromEvent(like)
    if (request.path !== '' && this.intern.size < INTERN_LIMIT) this.intern.set(request.path, request.path)
    return {
      request,
      name: withName ? request.name : null,
      userAgent: this.str(ev, FIELD.userAgent) ?? '',
      outcomes: null,
      sample: null,
    }
  }

  /** str decodes a string field, returning the shared copy when there is one. */
  private str(ev: ScannedEvent, field: number): string | undefined {
    const v = fieldString(ev, field)
    if (v === undefined) return undefined
    const known = this.intern.get(v)
    if (known !== undefined) return known
    if (this.intern.size < INTERN_LIMIT) this.intern.set(v, v)
    return v
  }
}

/** hasName tells whether the policy sees an object name for requests like `r` (not for a plain create). */
export function hasName(r: RequestAttributes): boolean {
  return (
    r.resourceRequest &&
    requestFromEvent({ verb: r.verb, objectRef: { subresource: r.subresource, name: 'x' } }).name === 'x'
  )
}
