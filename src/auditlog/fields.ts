// Reading the fields a ScannedEvent points at: decoding byte ranges to strings, and cheap comparisons against
// known values without decoding.
import { ScannedEvent } from './scan.ts'

const utf8 = new TextDecoder('utf-8')

/** bytesOf encodes an ASCII constant once, for comparisons. */
export const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(s)

/** decodeRange decodes b[s..e) as UTF-8 (invalid bytes become U+FFFD, as when the line is read as text). */
export function decodeRange(b: Uint8Array, s: number, e: number): string {
  const n = e - s
  if (n <= 0) return ''
  if (n <= 48) {
    let out = ''
    for (let i = s; i < e; i++) {
      const c = b[i]!
      if (c >= 0x80) return utf8.decode(b.subarray(s, e))
      out += String.fromCharCode(c)
    }
    return out
  }
  return utf8.decode(b.subarray(s, e))
}

/** fieldString returns the decoded value of a string FIELD, or undefined when absent. */
export function fieldString(ev: ScannedEvent, field: number): string | undefined {
  const s = ev.start[field]!
  if (s < 0) return undefined
  const raw = decodeRange(ev.buf, s, ev.end[field]!)
  if (!ev.escaped[field]) return raw
  try {
    return JSON.parse(`"${raw}"`) as string
  } catch {
    return raw
  }
}

/** fieldEquals compares a string FIELD with an ASCII constant, decoding only when the field has escapes. */
export function fieldEquals(ev: ScannedEvent, field: number, value: Uint8Array, text: string): boolean {
  const s = ev.start[field]!
  if (s < 0) return false
  if (ev.escaped[field]) return fieldString(ev, field) === text
  const e = ev.end[field]!
  if (e - s !== value.length) return false
  const b = ev.buf
  for (let i = 0; i < value.length; i++) if (b[s + i] !== value[i]) return false
  return true
}

/** fieldStartsWith tells whether an unescaped string FIELD starts with an ASCII constant. */
export function fieldStartsWith(ev: ScannedEvent, field: number, prefix: Uint8Array, text: string): boolean {
  const s = ev.start[field]!
  if (s < 0) return false
  if (ev.escaped[field]) return (fieldString(ev, field) ?? '').startsWith(text)
  if (ev.end[field]! - s < prefix.length) return false
  const b = ev.buf
  for (let i = 0; i < prefix.length; i++) if (b[s + i] !== prefix[i]) return false
  return true
}

/** fieldLength is the byte length of a FIELD's raw value, 0 when absent. */
export function fieldLength(ev: ScannedEvent, field: number): number {
  const s = ev.start[field]!
  return s < 0 ? 0 : ev.end[field]! - s
}
