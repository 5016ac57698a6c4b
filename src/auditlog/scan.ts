// A hand-written scanner for one audit Event JSON line. It checks the whole line against the JSON grammar
// (objects, arrays, strings with their escapes, numbers, literals), so it accepts exactly what JSON.parse accepts,
// but it pulls out only the fields the analyzer needs, as byte ranges, and measures the request/response bodies
// without building them. Anything it does not take on (escaped keys, very deep nesting) is ODD, and the caller
// falls back to JSON.parse.

/** FIELD: slots of the fields the scanner extracts (string values, or the raw `user.groups` array). */
export const FIELD = {
  kind: 0,
  apiVersion: 1,
  level: 2,
  stage: 3,
  verb: 4,
  requestURI: 5,
  userAgent: 6,
  username: 7,
  groups: 8,
  resource: 9,
  subresource: 10,
  namespace: 11,
  name: 12,
  apiGroup: 13,
  auditID: 14,
  stageTimestamp: 15,
  /** The time the request arrived (v1, v1beta1): the event's time when it has no stageTimestamp. */
  requestReceivedTimestamp: 16,
  /** v1alpha1/v1beta1's `timestamp` (seconds; deprecated): the time of events with neither of the above. */
  timestamp: 17,
} as const
const FIELD_COUNT = 18

/** SCAN_OK: a JSON object was scanned; the event's fields are in the ScannedEvent. */
export const SCAN_OK = 0
/** SCAN_NOT_OBJECT: valid JSON, but not an object. */
export const SCAN_NOT_OBJECT = 1
/** SCAN_INVALID: not valid JSON. */
export const SCAN_INVALID = 2
/** SCAN_ODD: valid or not, the scanner cannot tell cheaply; parse with JSON.parse instead. */
export const SCAN_ODD = 3
/** SCAN_BLANK: (scanLine only) a line of nothing but whitespace. */
export const SCAN_BLANK = 4
/** ScanStatus: what scanEvent made of a line. */
export type ScanStatus =
  typeof SCAN_OK | typeof SCAN_NOT_OBJECT | typeof SCAN_INVALID | typeof SCAN_ODD | typeof SCAN_BLANK

/**
 * ScannedEvent holds what scanEvent found in one line, reused from line to line so no per-event objects are
 * made. A field is absent (start −1) when missing or not a string, exactly as requestFromEvent treats it.
 */
export class ScannedEvent {
  /** The bytes the ranges point into. */
  buf: Uint8Array = new Uint8Array(0)
  /** The same bytes for 4-byte reads. */
  view: DataView = new DataView(this.buf.buffer)
  /** Start offset (inside the quotes) of each FIELD, or −1. For `groups`: the whole array, brackets included. */
  readonly start = new Int32Array(FIELD_COUNT)
  /** End offset (exclusive) of each FIELD. */
  readonly end = new Int32Array(FIELD_COUNT)
  /** 1 when the string holds backslash escapes and must be decoded as JSON. */
  readonly escaped = new Uint8Array(FIELD_COUNT)
  /** `user` is a JSON object. */
  hasUser = false
  /** `objectRef` is present and not null (an object or array): a resource request. */
  hasObjectRef = false
  /** Bytes of the `requestObject` member (key, value and the separator before it); 0 when absent. */
  requestBodyBytes = 0
  /** Bytes of the `responseObject` member; 0 when absent. */
  responseBodyBytes = 0
  /** Set by scanLine: the offset of the newline that ends the line. */
  lineEnd = -1
  /** Bytes of `metadata.managedFields` inside requestObject (and inside each of its `items`). */
  requestManagedFieldsBytes = 0
  /** The same inside responseObject. */
  responseManagedFieldsBytes = 0

  /** reset forgets everything found in the previous line. */
  reset(buf: Uint8Array): void {
    if (buf !== this.buf) {
      this.buf = buf
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.length)
    }
    // end and escaped are only read where start says the field is there.
    this.start.fill(-1)
    this.hasUser = false
    this.hasObjectRef = false
    this.requestBodyBytes = 0
    this.responseBodyBytes = 0
    this.requestManagedFieldsBytes = 0
    this.responseManagedFieldsBytes = 0
  }

  /** has tells whether a FIELD was found. */
  has(field: number): boolean {
    return this.start[field]! >= 0
  }
}

const INVALID = -1
const ODD = -2
const MAX_DEPTH = 512

// Set by scanString: whether the string just scanned contained an escape.
let lastEscaped = 0

// The scanner reads lines in place, and every line it is given is followed by a SENTINEL byte (a newline, CR or
// tab: scanEvent makes sure of it). A sentinel is a control character, which no JSON string may hold, so the
// string loops (most of the bytes) run without a bounds check; everything else stays bounded by `end`.

/** STR: what a byte means inside a string: 0 plain, 1 the closing quote, 2 an escape, 3 invalid (a control). */
const STR = new Uint8Array(256)
for (let c = 0; c < 0x20; c++) STR[c] = 3
STR[0x22] = 1
STR[0x5c] = 2

const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)

/**
 * skipWs: JSON whitespace is space, tab, LF and CR; a line never holds a LF (one ends it), so a LF here is where
 * the line stops, not whitespace. That lets the scanner read a run of lines without knowing where each ends.
 */
function skipWs(b: Uint8Array, i: number, end: number): number {
  while (i < end) {
    const c = b[i]!
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return i
    i++
  }
  return i
}

// Strings hold most of a line's bytes (85 % of a Metadata-level line), so the string loops read four bytes at a
// time (VIEW: a DataView of the scanned buffer, unaligned little-endian reads): a run of four with no quote,
// backslash or control character is stepped over whole, and in the first run with one its place is read off a mask.
// Hand-written for measured speed: the scanner alone goes from 188 to 147 ms per 100 MB of Metadata-level lines
// (aligned Int32Array words: 158 ms; eight bytes a step: 165 ms).
let VIEW: DataView = new DataView(new ArrayBuffer(0))
let viewOf: Uint8Array | null = null
/** The last offset a 4-byte read may start at. */
let viewLimit = -1

/** viewWords points VIEW at `b` (once per buffer). */
function viewWords(b: Uint8Array) {
  if (b === viewOf) return
  viewOf = b
  VIEW = new DataView(b.buffer, b.byteOffset, b.length)
  viewLimit = b.length - 4
}

/**
 * plainRun returns the offset of the first byte at or after `j` that is a quote, a backslash or a control
 * character (the sentinel guarantees there is one).
 */
function plainRun(b: Uint8Array, j: number): number {
  const view = VIEW
  const limit = viewLimit
  while (j <= limit) {
    const v = view.getInt32(j, true)
    const q = v ^ 0x22222222
    const e = v ^ 0x5c5c5c5c
    // The high bit of each byte that is '"' or '\\' (a zero byte after the xor), or below 0x20. A borrow can
    // flag a byte above one truly flagged, never below: the lowest flag (the first byte: little-endian) is
    // exact, so its place is read off the mask instead of byte by byte (measured: ~4 % of the CLI's time).
    const m = (((q - 0x01010101) & ~q) | ((e - 0x01010101) & ~e) | ((v - 0x20202020) & ~v)) & 0x80808080
    if (m !== 0) return j + ((31 - Math.clz32(m & -m)) >> 3)
    j += 4
  }
  // The last three bytes of the buffer.
  while (STR[b[j]!] === 0) j++
  return j
}

/** scanString: `i` at the opening quote; returns the offset after the closing quote, or INVALID. */
function scanString(b: Uint8Array, i: number): number {
  const j = plainRun(b, i + 1)
  const k = STR[b[j]!]!
  if (k === 1) {
    lastEscaped = 0
    return j + 1
  }
  return k === 2 ? scanEscaped(b, j) : INVALID
}

/** scanEscaped goes on with a string at its first backslash (`j`). */
function scanEscaped(b: Uint8Array, j: number): number {
  for (;;) {
    const k = STR[b[j]!]!
    if (k === 0) {
      j = plainRun(b, j)
      continue
    }
    if (k === 1) {
      lastEscaped = 1
      return j + 1
    }
    if (k === 3) return INVALID
    const n = b[j + 1]!
    // \uXXXX; the sentinel is no hex digit, so these reads stop at it.
    if (n === 0x75) {
      if (!isHex(b[j + 2]!) || !isHex(b[j + 3]!) || !isHex(b[j + 4]!) || !isHex(b[j + 5]!)) return INVALID
      j += 6
    } else if (
      // " \ / b f n r t
      n === 0x22 ||
      n === 0x5c ||
      n === 0x2f ||
      n === 0x62 ||
      n === 0x66 ||
      n === 0x6e ||
      n === 0x72 ||
      n === 0x74
    ) {
      j += 2
    } else return INVALID
  }
}

/** scanNumber: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? */
function scanNumber(b: Uint8Array, i: number, end: number): number {
  if (b[i] === 0x2d) i++
  if (i >= end) return INVALID
  let c = b[i]!
  if (c === 0x30) {
    i++
  } else if (c >= 0x31 && c <= 0x39) {
    i++
    while (i < end && (c = b[i]!) >= 0x30 && c <= 0x39) i++
  } else {
    return INVALID
  }
  if (i < end && b[i] === 0x2e) {
    i++
    const digits = i
    while (i < end && (c = b[i]!) >= 0x30 && c <= 0x39) i++
    if (i === digits) return INVALID
  }
  if (i < end && (b[i] === 0x65 || b[i] === 0x45)) {
    i++
    if (i < end && (b[i] === 0x2b || b[i] === 0x2d)) i++
    const digits = i
    while (i < end && (c = b[i]!) >= 0x30 && c <= 0x39) i++
    if (i === digits) return INVALID
  }
  return i
}

function scanLiteral(b: Uint8Array, i: number, end: number, word: Uint8Array): number {
  if (i + word.length > end) return INVALID
  for (let k = 1; k < word.length; k++) if (b[i + k] !== word[k]) return INVALID
  return i + word.length
}

const TRUE = new TextEncoder().encode('true')
const FALSE = new TextEncoder().encode('false')
const NULL = new TextEncoder().encode('null')

/** scanScalar validates a number or literal at `i`; returns the offset after it, or INVALID. */
function scanScalar(b: Uint8Array, i: number, end: number, c: number): number {
  if (c === 0x74) return scanLiteral(b, i, end, TRUE)
  if (c === 0x66) return scanLiteral(b, i, end, FALSE)
  if (c === 0x6e) return scanLiteral(b, i, end, NULL)
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return scanNumber(b, i, end)
  return INVALID
}

/** colon reads the `:` after a key (`i` just after its closing quote); returns the value's offset, or INVALID. */
function colon(b: Uint8Array, i: number, end: number): number {
  let c = b[i]!
  if (c <= 0x20) {
    i = skipWs(b, i, end)
    c = i < end ? b[i]! : -1
  }
  if (c !== 0x3a) return INVALID
  i++
  return b[i]! <= 0x20 ? skipWs(b, i, end) : i
}

/** memberValue reads `"key" :` at `i` (no leading whitespace); returns the value's offset, or INVALID. */
function memberValue(b: Uint8Array, i: number, end: number): number {
  if (b[i] !== 0x22) return INVALID
  i = scanString(b, i)
  return i < 0 ? i : colon(b, i, end)
}

/** Open containers of skipValue: 1 object, 2 array (one stack: the scanner is not re-entrant). */
const STACK = new Uint8Array(MAX_DEPTH + 1)

/**
 * skipValue validates one JSON value at `i` (no leading whitespace) and returns the offset after it. It keeps
 * its open objects and arrays on a stack, not in recursive calls: one loop over every byte of the value.
 */
function skipValue(b: Uint8Array, i: number, end: number, depth: number): number {
  const limit = MAX_DEPTH - depth
  let sp = 0
  for (;;) {
    // A value starts at i (at the sentinel when the line ends here: no value starts with a control character).
    let c = b[i]!
    if (c === 0x22) {
      i = scanString(b, i)
      if (i < 0) return i
    } else if (c === 0x7b || c === 0x5b) {
      i++
      let d = b[i]!
      if (d <= 0x20) {
        i = skipWs(b, i, end)
        d = i < end ? b[i]! : -1
      }
      if (d === c + 2) {
        // {} or []
        i++
      } else {
        if (sp >= limit) return ODD
        STACK[sp++] = c === 0x7b ? 1 : 2
        if (c === 0x7b) {
          i = memberValue(b, i, end)
          if (i < 0) return i
        }
        continue
      }
    } else {
      i = scanScalar(b, i, end, c)
      if (i < 0) return i
    }
    // After a value: a comma goes on with the next one, a bracket closes its container.
    for (;;) {
      if (sp === 0) return i
      c = b[i]!
      if (c <= 0x20) {
        i = skipWs(b, i, end)
        c = i < end ? b[i]! : -1
      }
      const inObject = STACK[sp - 1] === 1
      if (c === 0x2c) {
        i++
        if (b[i]! <= 0x20) i = skipWs(b, i, end)
        if (inObject) {
          i = memberValue(b, i, end)
          if (i < 0) return i
        }
        break
      }
      if (c !== (inObject ? 0x7d : 0x5d)) return INVALID
      i++
      sp--
    }
  }
}

const enc = (s: string) => new TextEncoder().encode(s)
const METADATA = enc('metadata')
const MANAGED_FIELDS = enc('managedFields')
const ITEMS = enc('items')

// Set by skipBody: bytes of managedFields members found in the body just skipped.
let managedFields = 0

const keyIs = (b: Uint8Array, s: number, e: number, key: Uint8Array) => {
  if (e - s !== key.length) return false
  for (let k = 0; k < key.length; k++) if (b[s + k] !== key[k]) return false
  return true
}

/** next steps over the whitespace after a member to its `,` (returns the next key's offset) or closing bracket. */
function next(b: Uint8Array, i: number, end: number, close: number): number {
  let d = b[i]!
  if (d <= 0x20) {
    i = skipWs(b, i, end)
    d = i < end ? b[i]! : -1
  }
  if (d === 0x2c) {
    i++
    return b[i]! <= 0x20 ? skipWs(b, i, end) : i
  }
  // The closing bracket: returned as the bitwise complement of the offset after it.
  return d === close ? ~(i + 1) : INVALID
}

/**
 * skipMembers walks an object (at its `{`) like skipValue, and adds to `managedFields` the bytes of the member
 * `managedFields` (mode 2: inside metadata), of `metadata.managedFields` (mode 1) and of the same in each of
 * `items` (mode 0: a body that may be a list).
 */
function skipMembers(b: Uint8Array, i: number, end: number, depth: number, mode: number): number {
  if (depth >= MAX_DEPTH) return ODD
  let prevEnd = i + 1
  i = skipWs(b, i + 1, end)
  if (i < end && b[i] === 0x7d) return i + 1
  for (;;) {
    if (b[i] !== 0x22) return INVALID
    const ks = i + 1
    i = scanString(b, i)
    if (i < 0) return i
    const ke = i - 1
    i = colon(b, i, end)
    if (i < 0) return i
    const c = b[i]
    if (mode === 2 && keyIs(b, ks, ke, MANAGED_FIELDS)) {
      i = skipValue(b, i, end, depth + 1)
      if (i >= 0) managedFields += i - prevEnd
    } else if (mode < 2 && c === 0x7b && keyIs(b, ks, ke, METADATA)) {
      i = skipMembers(b, i, end, depth + 1, 2)
    } else if (mode === 0 && c === 0x5b && keyIs(b, ks, ke, ITEMS)) {
      i = skipItems(b, i, end, depth + 1)
    } else {
      i = skipValue(b, i, end, depth + 1)
    }
    if (i < 0) return i
    prevEnd = i
    i = next(b, i, end, 0x7d)
    if (i === INVALID) return i
    if (i < 0) return ~i
  }
}

/** skipItems walks the `items` array of a list body, measuring each object item's metadata.managedFields. */
function skipItems(b: Uint8Array, i: number, end: number, depth: number): number {
  if (depth >= MAX_DEPTH) return ODD
  i = skipWs(b, i + 1, end)
  if (i < end && b[i] === 0x5d) return i + 1
  for (;;) {
    i = i < end && b[i] === 0x7b ? skipMembers(b, i, end, depth + 1, 1) : skipValue(b, i, end, depth + 1)
    if (i < 0) return i
    i = next(b, i, end, 0x5d)
    if (i === INVALID) return i
    if (i < 0) return ~i
  }
}

/** skipBody skips a request/response body, leaving the bytes of its managedFields in `managedFields`. */
function skipBody(b: Uint8Array, i: number, end: number, depth: number): number {
  managedFields = 0
  return b[i] === 0x7b ? skipMembers(b, i, end, depth, 0) : skipValue(b, i, end, depth)
}
// Top-level members the analyzer reads; the value is what to do with them.
const TOP_KEYS: [Uint8Array, number][] = [
  [enc('kind'), FIELD.kind],
  [enc('apiVersion'), FIELD.apiVersion],
  [enc('level'), FIELD.level],
  [enc('stage'), FIELD.stage],
  [enc('verb'), FIELD.verb],
  [enc('requestURI'), FIELD.requestURI],
  [enc('userAgent'), FIELD.userAgent],
  [enc('auditID'), FIELD.auditID],
  [enc('stageTimestamp'), FIELD.stageTimestamp],
  [enc('requestReceivedTimestamp'), FIELD.requestReceivedTimestamp],
  [enc('timestamp'), FIELD.timestamp],
  [enc('user'), 100],
  [enc('objectRef'), 101],
  [enc('requestObject'), 102],
  [enc('responseObject'), 103],
]
const USER_KEYS: [Uint8Array, number][] = [
  [enc('username'), FIELD.username],
  [enc('groups'), FIELD.groups],
]
const REF_KEYS: [Uint8Array, number][] = [
  [enc('resource'), FIELD.resource],
  [enc('subresource'), FIELD.subresource],
  [enc('namespace'), FIELD.namespace],
  [enc('name'), FIELD.name],
  [enc('apiGroup'), FIELD.apiGroup],
]
const USER = 100
const OBJECT_REF = 101
const REQUEST_OBJECT = 102
const OTHER = -1

/**
 * KeyTable: member names looked up by (byte length, first byte), which tells every name of one table apart, so a
 * name is compared with one candidate at most. Flat typed arrays, no nested arrays: hand-written for measured
 * speed (keyId was ~4 % of the CLI's time on Metadata lines with arrays of [bytes, id] per length; see
 * docs/notes/analyzer-speed.md).
 */
interface KeyTable {
  /** Per (length < 32) × 256 + first byte: 1 + the candidate's index, 0 for none. */
  slot: Uint8Array
  /** Per candidate: where its bytes start in `bytes`, and its id. */
  at: Int32Array
  id: Int32Array
  bytes: Uint8Array
}

const MAX_KEY = 32

const byLength = (keys: [Uint8Array, number][]): KeyTable => {
  const slot = new Uint8Array(MAX_KEY * 256)
  const at = new Int32Array(keys.length)
  const id = new Int32Array(keys.length)
  const bytes = new Uint8Array(keys.reduce((n, k) => n + k[0].length, 0))
  let n = 0
  keys.forEach(([key, value], k) => {
    const place = key.length * 256 + key[0]!
    if (key.length >= MAX_KEY || slot[place] !== 0) throw new Error('scan.ts: key table needs a wider slot')
    slot[place] = k + 1
    at[k] = n
    id[k] = value
    bytes.set(key, n)
    n += key.length
  })
  return { slot, at, id, bytes }
}
const TOP = byLength(TOP_KEYS)
const USER_TABLE = byLength(USER_KEYS)
const REF_TABLE = byLength(REF_KEYS)

/** keyId finds the key in `keys` whose bytes equal b[s..e), or OTHER. */
function keyId(b: Uint8Array, s: number, e: number, keys: KeyTable): number {
  const n = e - s
  if (n >= MAX_KEY || n <= 0) return OTHER
  const k = keys.slot[n * 256 + b[s]!]! - 1
  if (k < 0) return OTHER
  const bytes = keys.bytes
  const at = keys.at[k]! - s
  // The first byte matched already; the last one rejects most near misses at once.
  if (bytes[at + e - 1] !== b[e - 1]) return OTHER
  for (let j = s + 1; j < e - 1; j++) if (bytes[at + j] !== b[j]) return OTHER
  return keys.id[k]!
}

function clear(ev: ScannedEvent, field: number) {
  ev.start[field] = -1
  ev.end[field] = -1
  ev.escaped[field] = 0
}

/** stringField scans a value at `i`: a string is recorded in `field`, anything else is validated and skipped. */
function stringField(
  ev: ScannedEvent,
  b: Uint8Array,
  i: number,
  end: number,
  field: number,
  depth: number,
): number {
  clear(ev, field)
  if (b[i] !== 0x22) return skipValue(b, i, end, depth)
  const after = scanString(b, i)
  if (after < 0) return after
  ev.start[field] = i + 1
  ev.end[field] = after - 1
  ev.escaped[field] = lastEscaped
  return after
}

/**
 * scanObject walks the members of the object at `i` (at its `{`), recording the fields found in `keys` and
 * skipping the others. Returns the offset after the object, INVALID or ODD (an escaped key).
 */
function scanObject(
  ev: ScannedEvent,
  b: Uint8Array,
  i: number,
  end: number,
  keys: KeyTable,
  depth: number,
): number {
  let prevEnd = i + 1
  i = skipWs(b, i + 1, end)
  if (i < end && b[i] === 0x7d) return i + 1
  for (;;) {
    if (b[i] !== 0x22) return INVALID
    const ks = i + 1
    i = scanString(b, i)
    if (i < 0) return i
    if (lastEscaped) return ODD
    const id = keyId(b, ks, i - 1, keys)
    i = colon(b, i, end)
    if (i < 0) return i
    if (id === OTHER) {
      i = skipValue(b, i, end, depth + 1)
    } else if (id < USER) {
      if (id === FIELD.groups) {
        clear(ev, id)
        const s = i
        i = skipValue(b, i, end, depth + 1)
        if (i >= 0 && b[s] === 0x5b) {
          ev.start[id] = s
          ev.end[id] = i
        }
      } else {
        i = stringField(ev, b, i, end, id, depth + 1)
      }
    } else if (id === USER) {
      clear(ev, FIELD.username)
      clear(ev, FIELD.groups)
      ev.hasUser = b[i] === 0x7b
      i = ev.hasUser ? scanObject(ev, b, i, end, USER_TABLE, depth + 1) : skipValue(b, i, end, depth + 1)
    } else if (id === OBJECT_REF) {
      for (let f = FIELD.resource; f <= FIELD.apiGroup; f++) clear(ev, f)
      ev.hasObjectRef = b[i] === 0x7b || b[i] === 0x5b
      i = b[i] === 0x7b ? scanObject(ev, b, i, end, REF_TABLE, depth + 1) : skipValue(b, i, end, depth + 1)
    } else {
      i = skipBody(b, i, end, depth + 1)
      if (id === REQUEST_OBJECT) {
        ev.requestBodyBytes = i - prevEnd
        ev.requestManagedFieldsBytes = managedFields
      } else {
        ev.responseBodyBytes = i - prevEnd
        ev.responseManagedFieldsBytes = managedFields
      }
    }
    if (i < 0) return i
    prevEnd = i
    i = next(b, i, end, 0x7d)
    if (i === INVALID) return i
    if (i < 0) return ~i
  }
}

/** A copy of a line that is not followed by a sentinel (lines from elsewhere than LineSplitter: tests, fallback). */
let spare = new Uint8Array(1024)

/** hasSentinel: the byte after the line is a tab, LF or CR (a control character that is also whitespace). */
const hasSentinel = (b: Uint8Array, end: number) =>
  end < b.length && (b[end] === 0x0a || b[end] === 0x0d || b[end] === 0x09)

/**
 * scanEvent validates b[start..end) as one JSON value and, when it is an object, records the audit Event fields
 * in `ev` (reset first). Duplicate keys behave as in JSON.parse: the last one wins. It never reads past `end`
 * except for one byte; a line not followed by a newline (or CR, or tab) is scanned from a copy.
 */
export function scanEvent(b: Uint8Array, start: number, end: number, ev: ScannedEvent): ScanStatus {
  if (!hasSentinel(b, end)) {
    const n = end - start
    if (spare.length < n + 1) spare = new Uint8Array(Math.max(n + 1, spare.length * 2))
    spare.set(b.subarray(start, end))
    spare[n] = 0x0a
    b = spare
    start = 0
    end = n
  }
  ev.reset(b)
  viewWords(b)
  let i = skipWs(b, start, end)
  if (i >= end) return SCAN_INVALID
  const isObject = b[i] === 0x7b
  i = isObject ? scanObject(ev, b, i, end, TOP, 0) : skipValue(b, i, end, 0)
  if (i === ODD) return SCAN_ODD
  if (i < 0) return SCAN_INVALID
  if (skipWs(b, i, end) !== end) return SCAN_INVALID
  return isObject ? SCAN_OK : SCAN_NOT_OBJECT
}

/**
 * scanLine reads the line that starts at `start` in a run of lines ending with the newline at `last`, like
 * scanEvent, and sets `ev.lineEnd` to the newline that ends it: for a valid line the scanner finds it on the way,
 * so lines need no separate search for their ends. Whitespace-only lines are SCAN_BLANK.
 */
export function scanLine(b: Uint8Array, start: number, last: number, ev: ScannedEvent): ScanStatus {
  ev.reset(b)
  viewWords(b)
  const i = skipWs(b, start, last)
  const c = b[i]
  if (c === 0x0a) {
    ev.lineEnd = i
    return SCAN_BLANK
  }
  const isObject = c === 0x7b
  let j = isObject ? scanObject(ev, b, i, last, TOP, 0) : skipValue(b, i, last, 0)
  if (j >= 0) {
    j = skipWs(b, j, last)
    if (b[j] === 0x0a) {
      ev.lineEnd = j
      return isObject ? SCAN_OK : SCAN_NOT_OBJECT
    }
  }
  ev.lineEnd = b.indexOf(0x0a, i)
  return j === ODD ? SCAN_ODD : SCAN_INVALID
}
