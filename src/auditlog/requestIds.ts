// Telling requests apart by their auditID, so that every request counts once whatever files it is spread over:
// 64-bit fingerprints of audit IDs and of whole events in one flat open-addressing table (no string or object
// per event), and the small map of requests seen so far without their ResponseComplete or Panic.
// Hand-written: a JS Set of strings costs ~80 bytes and an allocation per event; this costs 16 bytes and none.

/** fnvRange hashes b[s..e) into two independent 32-bit halves, continuing from (h1, h2); result in HASH. */
export function hashRange(b: Uint8Array, s: number, e: number, h1: number, h2: number): void {
  for (let i = s; i < e; i++) {
    const c = b[i]!
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 + c, 0x5bd1e995)
    h2 ^= h2 >>> 15
  }
  HASH[0] = h1
  HASH[1] = h2
}

/** HASH: the two halves hashRange computed last. */
export const HASH = new Int32Array(2)

/** HASH_SEED: where a fresh hash starts. */
export const HASH_SEED_1 = 0x811c9dc5 | 0
export const HASH_SEED_2 = 0x2545f491

/** fmix32: murmur3's finalizer, so that close inputs land far apart. */
export function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}

/**
 * FingerprintSet: a set of 64-bit fingerprints (two int32 halves). It grows by doubling up to `maxBits` bits of
 * slots (8 bytes each); once that is three quarters full it stops adding and says so in `saturated`.
 */
export class FingerprintSet {
  private hi: Int32Array
  private lo: Int32Array
  private mask: number
  private readonly maxSlots: number
  size = 0
  saturated = false

  constructor(bits = 12, maxBits = 23) {
    this.hi = new Int32Array(1 << bits)
    this.lo = new Int32Array(1 << bits)
    this.mask = (1 << bits) - 1
    this.maxSlots = 1 << maxBits
  }

  /** add puts (a, b) in the set; returns false when it was there already. */
  add(a: number, b: number): boolean {
    b |= 1 // (0, 0) marks an empty slot
    const hi = this.hi
    const lo = this.lo
    const mask = this.mask
    let i = fmix32(a ^ Math.imul(b, 0x9e3779b1)) & mask
    for (;;) {
      const l = lo[i]!
      if (l === 0) break
      if (l === b && hi[i] === a) return false
      i = (i + 1) & mask
    }
    if (this.saturated) return true
    hi[i] = a
    lo[i] = b
    this.size++
    if (this.size * 4 > (mask + 1) * 3) this.grow()
    return true
  }

  /** has tells whether (a, b) is in the set. */
  has(a: number, b: number): boolean {
    b |= 1
    const hi = this.hi
    const lo = this.lo
    const mask = this.mask
    let i = fmix32(a ^ Math.imul(b, 0x9e3779b1)) & mask
    for (;;) {
      const l = lo[i]!
      if (l === 0) return false
      if (l === b && hi[i] === a) return true
      i = (i + 1) & mask
    }
  }

  private grow() {
    const slots = (this.mask + 1) * 2
    if (slots > this.maxSlots) {
      this.saturated = true
      return
    }
    const { hi, lo } = this
    this.hi = new Int32Array(slots)
    this.lo = new Int32Array(slots)
    this.mask = slots - 1
    this.size = 0
    for (let i = 0; i < hi.length; i++) if (lo[i] !== 0) this.add(hi[i]!, lo[i]!)
  }
}

/** Pending: a request seen so far only in RequestReceived/ResponseStarted events: where its last one went. */
export interface Pending {
  /** Signature id, or −1 with `bucket` set (a request past every cap). */
  row: number
  bucket: unknown
  level: number
  file: number
  line: number
}

/** pendingKey: a Map key (a safe integer) from an audit ID's fingerprint. */
export const pendingKey = (a: number, b: number): number => (a >>> 0) * 0x200000 + (b >>> 11)
