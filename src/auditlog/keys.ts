// Signature keys: the raw bytes of the fields the policy can see (and the user agent), copied into one buffer
// with separators and hashed on the way (FNV-1a), so a signature is found without decoding any string.
import { FIELD, type ScannedEvent } from './scan.ts'

const SEP = 0xff // never appears in UTF-8

/** KeyBuilder writes the key of a scanned event into `key[0..length)` and returns its hash. */
export class KeyBuilder {
  key = new Uint8Array(1024)
  length = 0
  private ev: ScannedEvent | null = null

  /** build writes the key of `ev` (with or without the object name) and returns its hash (30 bits). */
  build(ev: ScannedEvent, withName: boolean): number {
    this.ev = ev
    const flags = (ev.hasUser ? 1 : 0) | (ev.hasObjectRef ? 2 : 0) | (withName ? 0 : 4)
    this.key[0] = flags
    this.length = 1
    let h = Math.imul(0x811c9dc5 ^ flags, 0x01000193)
    h = this.append(FIELD.username, h)
    h = this.append(FIELD.groups, h)
    h = this.append(FIELD.verb, h)
    h = this.append(FIELD.userAgent, h)
    if (ev.hasObjectRef) {
      h = this.append(FIELD.apiGroup, h)
      h = this.append(FIELD.resource, h)
      h = this.append(FIELD.subresource, h)
      h = this.append(FIELD.namespace, h)
      if (withName) h = this.append(FIELD.name, h)
    } else {
      h = this.append(FIELD.requestURI, h)
    }
    // 30 bits keep the Map key a small integer (no boxed number per lookup).
    return h & 0x3fffffff
  }

  /** appendOutcomes adds rule indexes (one per scanned policy) to the key; returns the new hash. */
  appendOutcomes(hash: number, outcomes: number[]): number {
    this.reserve(outcomes.length * 2)
    let h = hash
    for (const o of outcomes) {
      for (const c of [(o >>> 8) & 0xff, o & 0xff]) {
        this.key[this.length++] = c
        h = Math.imul(h ^ c, 0x01000193)
      }
    }
    return h & 0x3fffffff
  }

  /** append copies a field's raw bytes (for requestURI: up to `?`) and a separator into the key, hashing them. */
  private append(field: number, h: number): number {
    const ev = this.ev!
    const s = ev.start[field]!
    let n = this.length
    if (s >= 0) {
      const b = ev.buf
      const e = ev.end[field]!
      this.reserve(e - s)
      const k = this.key
      const uri = field === FIELD.requestURI
      for (let i = s; i < e; i++) {
        const c = b[i]!
        if (uri && c === 0x3f) break
        k[n++] = c
        h = Math.imul(h ^ c, 0x01000193)
      }
    } else {
      this.reserve(0)
    }
    this.key[n++] = SEP
    this.length = n
    return Math.imul(h ^ SEP, 0x01000193)
  }

  /** reserve makes room for n more key bytes (and a few separators). */
  private reserve(n: number) {
    if (this.length + n + 8 <= this.key.length) return
    const k = new Uint8Array(Math.max(this.key.length * 2, this.length + n + 64))
    k.set(this.key.subarray(0, this.length))
    this.key = k
  }
}
