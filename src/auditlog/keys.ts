// Signature keys: the raw bytes of the fields the policy can see (and the user agent), copied into one buffer
// with separators and hashed a word at a time, so a signature is found without decoding any string.
import { FIELD, type ScannedEvent } from './scan.ts'
import { fmix32 } from './requestIds.ts'
import { hashWords } from './signatures.ts'

const SEP = 0xff // never appears in UTF-8

/** KeyBuilder writes the key of a scanned event into `key`, zero-padded to whole words (`words[0..length)`). */
export class KeyBuilder {
  key = new Uint8Array(1024)
  /** The same bytes as 32-bit words. */
  words = new Int32Array(this.key.buffer)
  /** The same bytes for 4-byte writes at any offset. */
  private view = new DataView(this.key.buffer)
  /** Length in bytes (the words hold it zero-padded). */
  length = 0
  /** The hash of what build has appended so far. */
  private h = 0

  /**
   * build writes the key of `ev` (with or without the object name) and returns its hash. The hash is taken from
   * the fields' bytes as they are copied (never from the key afterwards): hand-written for measured speed, one
   * read of each byte instead of two (see docs/notes/analyzer-speed.md). Equal keys hold equal fields, so they
   * get equal hashes; the table compares keys in full, so the hash decides no count.
   */
  build(ev: ScannedEvent, withName: boolean): number {
    const flags = (ev.hasUser ? 1 : 0) | (ev.hasObjectRef ? 2 : 0) | (withName ? 0 : 4)
    this.key[0] = flags
    this.length = 1
    this.h = Math.imul(flags + 0x2f1b3c4d, 0x9e3779b1)
    this.append(ev, FIELD.username)
    this.append(ev, FIELD.groups)
    this.append(ev, FIELD.verb)
    this.append(ev, FIELD.userAgent)
    if (ev.hasObjectRef) {
      this.append(ev, FIELD.apiGroup)
      this.append(ev, FIELD.resource)
      this.append(ev, FIELD.subresource)
      this.append(ev, FIELD.namespace)
      if (withName) this.append(ev, FIELD.name)
    } else {
      this.append(ev, FIELD.requestURI)
    }
    let n = this.length
    while (n & 3) this.key[n++] = 0
    return fmix32(this.h ^ this.length)
  }

  /**
   * buildNamed writes the key of a signature within template `id`: a kind byte and, when `ev` is given, the
   * object name; returns its hash.
   */
  buildNamed(id: number, kind: number, ev: ScannedEvent | null): number {
    const k = this.key
    k[0] = id & 0xff
    k[1] = (id >>> 8) & 0xff
    k[2] = (id >>> 16) & 0xff
    k[3] = id >>> 24
    k[4] = kind
    this.length = 5
    if (ev !== null) this.append(ev, FIELD.name)
    return this.seal()
  }

  /** appendOutcomes adds rule indexes (one per scanned policy) to the key; returns the new hash. */
  appendOutcomes(outcomes: number[]): number {
    this.reserve(outcomes.length * 2)
    for (const o of outcomes) {
      this.key[this.length++] = (o >>> 8) & 0xff
      this.key[this.length++] = o & 0xff
    }
    return this.seal()
  }

  /** seal pads the key with zeros to a whole word and hashes it. */
  private seal(): number {
    let n = this.length
    while (n & 3) this.key[n++] = 0
    return hashWords(this.words, n >> 2, this.length)
  }

  /** append copies a field's raw bytes (for requestURI: up to `?`) and a separator into the key, hashing them. */
  private append(ev: ScannedEvent, field: number) {
    const s = ev.start[field]!
    let h = this.h
    if (s >= 0) {
      const e = ev.end[field]!
      this.reserve(e - s)
      const b = ev.buf
      const k = this.key
      const from = this.length
      let n = from
      if (field === FIELD.requestURI) {
        for (let i = s; i < e; i++) {
          const c = b[i]!
          if (c === 0x3f) break
          k[n++] = c
          h = Math.imul(h ^ c, 0x01000193)
        }
      } else {
        // Four bytes a step (most fields are 10–60 bytes): measured faster than byte by byte.
        const src = ev.view
        const to = this.view
        let i = s
        for (; i + 4 <= e; i += 4, n += 4) {
          const w = src.getInt32(i, true)
          to.setInt32(n, w, true)
          h = Math.imul(h ^ w, 0x01000193)
          h ^= h >>> 13
        }
        let tail = 0
        for (; i < e; i++) {
          const c = b[i]!
          k[n++] = c
          tail = (tail << 8) | c
        }
        h = Math.imul(h ^ tail, 0x5bd1e995)
      }
      // The field's length ends it, so that fields cannot trade bytes and keep the hash.
      h = Math.imul(h ^ (n - from), 0x27d4eb2f)
      h ^= h >>> 15
      this.length = n
    } else {
      this.reserve(0)
      h = Math.imul(h ^ 0x7f4a7c15, 0x27d4eb2f)
      h ^= h >>> 15
    }
    this.h = h
    this.key[this.length++] = SEP
  }

  /** reserve makes room for n more key bytes (and a few separators and the padding). */
  private reserve(n: number) {
    if (this.length + n + 8 <= this.key.length) return
    const k = new Uint8Array(Math.max(this.key.length * 2, (this.length + n + 64 + 3) & ~3))
    k.set(this.key.subarray(0, this.length))
    this.key = k
    this.words = new Int32Array(k.buffer)
    this.view = new DataView(k.buffer)
  }
}
