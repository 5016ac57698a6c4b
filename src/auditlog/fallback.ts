// The slow path for lines the scanner does not take on: JSON.parse decides whether the line is JSON at all, and
// a parsed object is rewritten as a small canonical line holding just the fields the analyzer reads, which the
// scanner then reads like any other line. Body sizes are measured from the parsed values.
import { jsonDepthExceeds, MAX_JSON_DEPTH } from '../policy/jsonDepth.ts'
import { ScannedEvent, scanEvent, SCAN_OK } from './scan.ts'

const utf8 = new TextDecoder('utf-8')
const encoder = new TextEncoder()

/** ParsedLine: what JSON.parse made of a line. */
export type ParsedLine = { ok: true; value: unknown } | { ok: false; error: string; tooDeep?: true }

/**
 * parseLine decodes b[s..e) as UTF-8 and parses it with JSON.parse, unless it nests deeper than MAX_JSON_DEPTH
 * (checked first: JSON.stringify, which measures the bodies, would overflow the stack on it).
 */
export function parseLine(b: Uint8Array, s: number, e: number): ParsedLine {
  const text = utf8.decode(b.subarray(s, e))
  if (jsonDepthExceeds(text)) return { ok: false, error: `depth > ${MAX_JSON_DEPTH}`, tooDeep: true }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) }
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const byteLength = (s: string) => encoder.encode(s).length

function member(out: string[], key: string, value: unknown) {
  if (typeof value === 'string') out.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`)
}

/** measureManagedFields: bytes of `"managedFields":…` in an object's metadata, and in each of its items. */
function measureManagedFields(body: unknown): number {
  if (!isRecord(body)) return 0
  const one = (o: unknown) =>
    isRecord(o) && isRecord(o.metadata) && 'managedFields' in o.metadata
      ? byteLength(`,"managedFields":${JSON.stringify(o.metadata.managedFields)}`)
      : 0
  let n = one(body)
  if (Array.isArray(body.items)) for (const item of body.items) n += one(item)
  return n
}

/**
 * scanParsed fills `ev` from a parsed JSON object, as scanEvent would have from the original line: string fields,
 * user, objectRef and the sizes of the bodies (measured as compact JSON). The ranges point into a new buffer.
 */
export function scanParsed(value: Record<string, unknown>, ev: ScannedEvent): void {
  const out: string[] = []
  for (const k of [
    'kind',
    'apiVersion',
    'level',
    'stage',
    'verb',
    'requestURI',
    'userAgent',
    'auditID',
    'stageTimestamp',
    'requestReceivedTimestamp',
    'timestamp',
  ])
    member(out, k, value[k])
  const user = value.user
  if (isRecord(user)) {
    const u: string[] = []
    member(u, 'username', user.username)
    if (Array.isArray(user.groups)) u.push(`"groups":${JSON.stringify(user.groups)}`)
    out.push(`"user":{${u.join(',')}}`)
  }
  const ref = value.objectRef
  if (Array.isArray(ref)) out.push('"objectRef":[]')
  else if (isRecord(ref)) {
    const r: string[] = []
    for (const k of ['resource', 'subresource', 'namespace', 'name', 'apiGroup']) member(r, k, ref[k])
    out.push(`"objectRef":{${r.join(',')}}`)
  }
  const line = encoder.encode(`{${out.join(',')}}`)
  if (scanEvent(line, 0, line.length, ev) !== SCAN_OK)
    throw new Error('scanParsed: canonical line did not scan')
  if ('requestObject' in value) {
    ev.requestBodyBytes = byteLength(`,"requestObject":${JSON.stringify(value.requestObject)}`)
    ev.requestManagedFieldsBytes = measureManagedFields(value.requestObject)
  }
  if ('responseObject' in value) {
    ev.responseBodyBytes = byteLength(`,"responseObject":${JSON.stringify(value.responseObject)}`)
    ev.responseManagedFieldsBytes = measureManagedFields(value.responseObject)
  }
}

/** isJsonObject tells whether a parsed value is a JSON object (not an array or scalar). */
export const isJsonObject = isRecord
