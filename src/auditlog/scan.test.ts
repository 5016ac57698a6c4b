import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isJsonObject, parseLine, scanParsed } from './fallback.ts'
import { fieldString } from './fields.ts'
import { Random } from '../testing/auditlog/random.ts'
import {
  FIELD,
  ScannedEvent,
  scanEvent,
  scanLine,
  SCAN_BLANK,
  SCAN_INVALID,
  SCAN_NOT_OBJECT,
  SCAN_ODD,
  SCAN_OK,
} from './scan.ts'

const encoder = new TextEncoder()
const utf8Length = (s: string) => encoder.encode(s).length

/** A JSON writer with random whitespace, random escapes and its own key order, tracking body extents in bytes. */
class Writer {
  parts: string[] = []
  pos = 0
  /** Extent of the last top-level requestObject/responseObject member: from the end of the previous member. */
  extents: Record<string, number> = {}
  private readonly r: Random

  constructor(seed: number) {
    this.r = new Random(seed)
  }

  private put(s: string) {
    this.parts.push(s)
    this.pos += utf8Length(s)
  }

  private ws() {
    if (this.r.chance(0.7)) return
    this.put([' ', '\t', '\r', '  '][this.r.int(4)]!)
  }

  /** str writes a string, escaping some characters that need no escape (\u0041, \/) as other encoders do. */
  private str(s: string, plainKey = false) {
    let out = '"'
    for (const ch of s) {
      const c = ch.codePointAt(0)!
      if (!plainKey && c < 0x10000 && this.r.chance(0.05)) out += '\\u' + c.toString(16).padStart(4, '0')
      else if (!plainKey && ch === '/' && this.r.chance(0.5)) out += '\\/'
      else out += JSON.stringify(ch).slice(1, -1)
    }
    this.put(out + '"')
  }

  value(v: unknown, depth: number, top = false) {
    if (v === null || typeof v === 'boolean' || typeof v === 'number') this.put(JSON.stringify(v))
    else if (typeof v === 'string') this.str(v)
    else if (Array.isArray(v)) {
      this.put('[')
      v.forEach((x, i) => {
        if (i > 0) this.put(',')
        this.ws()
        this.value(x, depth + 1)
        this.ws()
      })
      this.put(']')
    } else {
      const entries = Object.entries(v as Record<string, unknown>)
      // Own key order: shuffle; sometimes repeat a key first with another value (JSON.parse keeps the last).
      for (let i = entries.length - 1; i > 0; i--) {
        const j = this.r.int(i + 1)
        ;[entries[i], entries[j]] = [entries[j]!, entries[i]!]
      }
      if (top && entries.length > 0 && this.r.chance(0.2))
        entries.unshift([entries[this.r.int(entries.length)]![0], 'shadowed'])
      this.put('{')
      let prevEnd = this.pos
      entries.forEach(([k, x], i) => {
        if (i > 0) this.put(',')
        this.ws()
        this.str(k, !this.r.chance(0.03))
        this.ws()
        this.put(':')
        this.ws()
        this.value(x, depth + 1)
        if (top && (k === 'requestObject' || k === 'responseObject')) this.extents[k] = this.pos - prevEnd
        prevEnd = this.pos
        this.ws()
      })
      this.put('}')
    }
  }
}

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', 'get', 'pods', 'a"b\\c', '</x>&'),
)
const stringish = fc.oneof(anyText, anyText, fc.integer(), fc.constant(null), fc.constant({ s: 'x' }))
const userArb = fc.oneof(
  fc.record(
    {
      username: stringish,
      groups: fc.oneof(fc.array(fc.oneof(anyText, fc.integer()), { maxLength: 4 }), anyText),
      uid: anyText,
      extra: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  ),
  fc.constant(null),
  fc.constant([]),
  anyText,
)
const refArb = fc.oneof(
  fc.record(
    {
      resource: stringish,
      subresource: stringish,
      namespace: stringish,
      name: stringish,
      apiGroup: stringish,
      apiVersion: anyText,
      uid: fc.jsonValue({ maxDepth: 1 }),
    },
    { requiredKeys: [] },
  ),
  fc.constant(null),
  fc.constant([1]),
)
const eventArb = fc.record(
  {
    kind: fc.oneof(fc.constant('Event'), fc.constant('EventList'), stringish),
    apiVersion: fc.oneof(fc.constant('audit.k8s.io/v1'), fc.constant('audit.k8s.io/v1beta1'), stringish),
    level: fc.oneof(fc.constantFrom('Metadata', 'Request', 'RequestResponse'), stringish),
    stage: fc.oneof(fc.constantFrom('RequestReceived', 'ResponseComplete'), stringish),
    verb: stringish,
    requestURI: stringish,
    userAgent: stringish,
    user: userArb,
    objectRef: refArb,
    requestObject: fc.jsonValue({ maxDepth: 4 }),
    responseObject: fc.jsonValue({ maxDepth: 4 }),
    annotations: fc.dictionary(anyText, anyText, { maxKeys: 3 }),
    other: fc.jsonValue({ maxDepth: 3 }),
  },
  { requiredKeys: [] },
)
const topValue = fc.oneof(
  { weight: 8, arbitrary: eventArb },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
)

const STRING_FIELDS = ['kind', 'apiVersion', 'level', 'stage', 'verb', 'requestURI', 'userAgent'] as const
const REF_FIELDS = ['resource', 'subresource', 'namespace', 'name', 'apiGroup'] as const
const str = (v: unknown) => (typeof v === 'string' ? v : undefined)

/** fieldsOf reads what the analyzer uses from a ScannedEvent, in the shape expectedFields gives. */
function fieldsOf(ev: ScannedEvent) {
  const groups = ev.has(FIELD.groups)
    ? JSON.stringify(
        JSON.parse(new TextDecoder().decode(ev.buf.subarray(ev.start[FIELD.groups]!, ev.end[FIELD.groups]!))),
      )
    : undefined
  return {
    strings: STRING_FIELDS.map((f) => fieldString(ev, FIELD[f])),
    hasUser: ev.hasUser,
    username: fieldString(ev, FIELD.username),
    groups,
    hasObjectRef: ev.hasObjectRef,
    ref: REF_FIELDS.map((f) => fieldString(ev, FIELD[f])),
    bodies: [ev.requestBodyBytes > 0, ev.responseBodyBytes > 0],
  }
}

/** expectedFields: the same, computed from JSON.parse's object as requestFromEvent reads it. */
function expectedFields(o: Record<string, unknown>) {
  const user = isJsonObject(o.user) ? o.user : undefined
  const ref = isJsonObject(o.objectRef) ? o.objectRef : undefined
  return {
    strings: STRING_FIELDS.map((f) => str(o[f])),
    hasUser: user !== undefined,
    username: str(user?.username),
    groups: Array.isArray(user?.groups) ? JSON.stringify(user.groups) : undefined,
    hasObjectRef: typeof o.objectRef === 'object' && o.objectRef !== null,
    ref: REF_FIELDS.map((f) => str(ref?.[f])),
    bodies: ['requestObject' in o, 'responseObject' in o],
  }
}

describe('scanEvent against JSON.parse', () => {
  it('reads the same fields from any valid JSON line (any key order, whitespace, escapes, duplicate keys)', () => {
    fc.assert(
      fc.property(topValue, fc.integer(), (value, seed) => {
        const w = new Writer(seed)
        w.value(value, 0, true)
        const line = encoder.encode(w.parts.join(''))
        const oracle = JSON.parse(w.parts.join('')) as unknown
        const ev = new ScannedEvent()
        const status = scanEvent(line, 0, line.length, ev)
        if (!isJsonObject(oracle)) {
          expect(status).toBe(SCAN_NOT_OBJECT)
          return
        }
        if (status === SCAN_ODD) {
          scanParsed(oracle, ev)
          expect(fieldsOf(ev)).toEqual(expectedFields(oracle))
          return
        }
        expect(status).toBe(SCAN_OK)
        expect(fieldsOf(ev)).toEqual(expectedFields(oracle))
        expect(ev.requestBodyBytes).toBe(w.extents.requestObject ?? 0)
        expect(ev.responseBodyBytes).toBe(w.extents.responseObject ?? 0)
      }),
      { numRuns: 1500 },
    )
  })

  /** verdict reads a line alone (scanEvent) and inside a run of lines (scanLine), which must agree. */
  const verdict = (bytes: Uint8Array) => {
    const s = scanEvent(bytes, 0, bytes.length, new ScannedEvent())
    const run = new Uint8Array([...encoder.encode('{"a":1}\n'), ...bytes, 0x0a, ...encoder.encode('[]\n')])
    const ev = new ScannedEvent()
    const inRun = scanLine(run, 8, run.length - 1, ev)
    expect(ev.lineEnd).toBe(8 + bytes.length)
    expect(inRun === SCAN_BLANK ? SCAN_INVALID : inRun).toBe(s)
    return s === SCAN_ODD ? 'odd' : s === SCAN_INVALID ? 'invalid' : 'valid'
  }
  const parses = (bytes: Uint8Array) => (parseLine(bytes, 0, bytes.length).ok ? 'valid' : 'invalid')

  it('calls a cut line invalid exactly when JSON.parse does', () => {
    fc.assert(
      fc.property(topValue, fc.integer(), fc.double({ min: 0, max: 1, noNaN: true }), (value, seed, at) => {
        const w = new Writer(seed)
        w.value(value, 0, true)
        const full = encoder.encode(w.parts.join(''))
        const cut = full.subarray(0, Math.floor(at * full.length))
        const v = verdict(cut)
        if (v !== 'odd') expect(v).toBe(parses(cut))
      }),
      { numRuns: 1500 },
    )
  })

  it('calls a line with a stray or missing byte invalid exactly when JSON.parse does', () => {
    const stray = encoder.encode('{}[],:"\\x1-.eu\t\u0001 ')
    fc.assert(
      fc.property(
        topValue,
        fc.integer(),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (value, seed, at, pick, insert) => {
          const w = new Writer(seed)
          w.value(value, 0, true)
          const full = encoder.encode(w.parts.join(''))
          let changed: Uint8Array
          if (insert) {
            const p = at % (full.length + 1)
            changed = new Uint8Array(full.length + 1)
            changed.set(full.subarray(0, p))
            changed[p] = stray[pick % stray.length]!
            changed.set(full.subarray(p), p + 1)
          } else {
            if (full.length === 0) return
            const p = at % full.length
            changed = new Uint8Array([...full.subarray(0, p), ...full.subarray(p + 1)])
          }
          const v = verdict(changed)
          if (v !== 'odd') expect(v).toBe(parses(changed))
        },
      ),
      { numRuns: 1500 },
    )
  })
})

describe('scanEvent', () => {
  const cases: { name: string; line: string; status: number; check?: (ev: ScannedEvent) => void }[] = [
    { name: 'an empty line', line: '', status: SCAN_INVALID },
    { name: 'whitespace only', line: ' \t ', status: SCAN_INVALID },
    { name: 'a number', line: '42', status: SCAN_NOT_OBJECT },
    { name: 'an array', line: '[{"kind":"Event"}]', status: SCAN_NOT_OBJECT },
    { name: 'a bad literal', line: '{"a":tru}', status: SCAN_INVALID },
    { name: 'a leading-zero number', line: '{"a":01}', status: SCAN_INVALID },
    { name: 'a trailing comma', line: '{"a":1,}', status: SCAN_INVALID },
    { name: 'two objects on one line', line: '{"a":1}{"b":2}', status: SCAN_INVALID },
    {
      name: 'an unterminated body',
      line: '{"kind":"Event","requestObject":{"a":[1,2}}',
      status: SCAN_INVALID,
    },
    { name: 'an escaped key', line: '{"ver\\u0062":"get"}', status: SCAN_ODD },
    {
      name: 'a raw control character in a field that is read',
      line: '{"verb":"ge\tt"}',
      status: SCAN_INVALID,
    },
    {
      name: 'bodies and their managedFields, also in list items',
      line: '{"requestObject":{"metadata":{"name":"a","managedFields":[{"m":1}]}},"responseObject":{"items":[{"metadata":{"managedFields":[]}},{"metadata":{"x":1,"managedFields":{}}}]}}',
      status: SCAN_OK,
      check: (ev) => {
        expect(ev.requestBodyBytes).toBe(
          utf8Length('{"requestObject":{"metadata":{"name":"a","managedFields":[{"m":1}]}}') - 1,
        )
        expect(ev.requestManagedFieldsBytes).toBe(utf8Length(',"managedFields":[{"m":1}]'))
        expect(ev.responseManagedFieldsBytes).toBe(
          utf8Length('"managedFields":[]') + utf8Length(',"managedFields":{}'),
        )
      },
    },
    {
      name: 'a string with every kind of escape',
      line: '{"userAgent":"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00"}',
      status: SCAN_OK,
      check: (ev) => expect(fieldString(ev, FIELD.userAgent)).toBe('"\\/\b\f\n\r\té😀'),
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const bytes = encoder.encode(c.line)
      const ev = new ScannedEvent()
      expect(scanEvent(bytes, 0, bytes.length, ev)).toBe(c.status)
      expect(parseLine(bytes, 0, bytes.length).ok).toBe(
        c.status === SCAN_OK || c.status === SCAN_NOT_OBJECT || c.status === SCAN_ODD,
      )
      c.check?.(ev)
    })
  }

  it('never reads past the end it is given', () => {
    // The bytes after `end` would complete the object; the scanner must not use them.
    const bytes = encoder.encode('{"a":[1,2]}')
    for (let end = 0; end < bytes.length; end++)
      expect(scanEvent(bytes, 0, end, new ScannedEvent())).toBe(SCAN_INVALID)
  })

  it('checks skipped strings too: raw control characters and bad escapes inside a body are errors', () => {
    for (const line of [
      '{"requestObject":{"note":"a\tb"}}',
      '{"requestObject":{"note":"a\\xb"}}',
      '{"x":"\\u12"}',
    ]) {
      const bytes = encoder.encode(line)
      expect(scanEvent(bytes, 0, bytes.length, new ScannedEvent()), line).toBe(SCAN_INVALID)
      expect(parseLine(bytes, 0, bytes.length).ok, line).toBe(false)
    }
  })
})

describe('strings read four bytes at a time', () => {
  // Every run of four bytes from an alphabet of the bytes around the word test's edges (quote, backslash,
  // control characters, 0x20, UTF-8 lead and continuation bytes), at each position of a long string: the
  // scanner's verdict and the string's end agree with JSON.parse.
  const alphabet = [0x00, 0x1f, 0x20, 0x21, 0x22, 0x5b, 0x5c, 0x7f, 0x80, 0xff]
  it('finds every quote, backslash and control character, whatever the bytes around it', () => {
    const head = encoder.encode('{"verb":"')
    const ev = new ScannedEvent()
    let checked = 0
    for (let pad = 0; pad < 4; pad++) {
      for (let n = 0; n < alphabet.length ** 4; n++) {
        const run = [0, 1, 2, 3].map((k) => alphabet[Math.floor(n / alphabet.length ** k) % alphabet.length]!)
        const line = new Uint8Array([
          ...head,
          ...'abcdefgh'
            .slice(0, pad + 4)
            .split('')
            .map((c) => c.charCodeAt(0)),
          ...run,
          0x61,
          0x62,
          0x63,
          0x22,
          0x7d,
        ])
        const status = scanEvent(line, 0, line.length, ev)
        const ok = parseLine(line, 0, line.length).ok
        if ((status === SCAN_OK) !== ok) expect([...run], `pad ${pad}`).toBe(status)
        if (status === SCAN_OK && !run.some((c) => c === 0x22 || c === 0x5c))
          expect(ev.end[FIELD.verb]! - ev.start[FIELD.verb]!).toBe(pad + 4 + 4 + 3)
        checked++
      }
    }
    expect(checked).toBe(4 * alphabet.length ** 4)
  })

  it('ends a string at its first quote, backslash or control character, wherever it falls in a word of four', () => {
    // The place of the first such byte is read off the word's mask: other flagged bytes after it in the same
    // word (a quote then a control, a backslash then a quote) must not move it.
    const plain = [0x20, 0x21, 0x5b, 0x7f, 0x80, 0xff]
    // What comes before the closing quote (escapes, a raw control: invalid), and after it.
    const conts = ['', '\\"', '\\\\', '\\"\\t', '\t', '"']
    const afters = ['}', '}\t', '} \r']
    const ev = new ScannedEvent()
    let valid = 0
    for (let at = 0; at < 4; at++) {
      for (let n = 0; n < 12; n++) {
        for (const cont of conts) {
          for (const after of afters) {
            for (const p of plain) {
              const text = `${' '.repeat(at)}{"verb":"${String.fromCharCode(p).repeat(n)}${cont}"${after}`
              const bytes = new Uint8Array([...text].map((c) => c.charCodeAt(0)))
              const parsed = parseLine(bytes, 0, bytes.length)
              expect(scanEvent(bytes, 0, bytes.length, ev) === SCAN_OK, text).toBe(parsed.ok)
              if (!parsed.ok) continue
              valid++
              expect(fieldString(ev, FIELD.verb), text).toBe((parsed.value as { verb: string }).verb)
              expect(ev.end[FIELD.verb]! - ev.start[FIELD.verb]!, text).toBe(n + cont.length)
            }
          }
        }
      }
    }
    expect(valid).toBe(4 * 12 * 4 * 3 * plain.length)
  })
})
