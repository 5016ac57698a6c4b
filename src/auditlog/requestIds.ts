// Telling requests apart by their auditID, so that every request counts once whatever files it is spread over:
// 64-bit fingerprints of audit IDs and of whole events in one flat open-addressing table (no string or object
// per event), and the small map of requests seen so far without their ResponseComplete or Panic.
// Hand-written for measured speed: a JS Set of strings costs ~80 bytes and an allocation per event, and this
// look-up runs once per line; here it is one probe into one cache line, and no allocation.

/**
 * hashRange hashes b[s..e) four bytes at a time into two independent 32-bit halves, continuing from (h1, h2);
 * `view` is a DataView of the same bytes (one read per four bytes).
 */
export function hashRange(b: Uint8Array, view: DataView, s: number, e: number, h1: number, h2: number): void {
  let i = s
  for (; i + 4 <= e; i += 4) {
    const w = view.getInt32(i, true)
    h1 = Math.imul(h1 ^ w, 0x01000193)
    h1 ^= h1 >>> 13
    h2 = Math.imul(h2 + w, 0x5bd1e995)
    h2 ^= h2 >>> 15
  }
  for (; i < e; i++) {
    h1 = Math.imul(h1 ^ b[i]!, 0x01000193)
    h2 = Math.imul(h2 + b[i]!, 0x5bd1e995)
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

/** FINAL_NEW, FINAL_DUPLICATE, FINAL_AGAIN: what RequestTable.final found. */
export const FINAL_NEW = 0
export const FINAL_DUPLICATE = 1
export const FINAL_AGAIN = 2

/**
 * RequestTable: 64-bit keys with a 64-bit value, four int32 side by side per slot (one cache line per look-up).
 * Keys are request fingerprints (value: the fingerprint of the final event counted for it) or event fingerprints
 * (value 0). It grows by doubling up to `maxBits` bits of slots (16 bytes each); once that is three quarters
 * full it stops adding and says so in `saturated`.
 */
export class RequestTable {
  private t: Int32Array
  private mask: number
  private readonly maxSlots: number
  size = 0
  saturated = false

  constructor(bits = 12, maxBits = 22) {
    this.t = new Int32Array(4 << bits)
    this.mask = (1 << bits) - 1
    this.maxSlots = 1 << maxBits
  }

  /** slot finds the slot of key (a, b): where it is, or the empty one where it would go. */
  private slot(a: number, b: number): number {
    const t = this.t
    const mask = this.mask
    let i = fmix32(a ^ Math.imul(b, 0x9e3779b1)) & mask
    for (;;) {
      const o = i << 2
      const l = t[o + 1]!
      if (l === 0 || (l === b && t[o] === a)) return o
      i = (i + 1) & mask
    }
  }

  private put(o: number, a: number, b: number, v1: number, v2: number) {
    if (this.saturated) return
    const t = this.t
    t[o] = a
    t[o + 1] = b
    t[o + 2] = v1
    t[o + 3] = v2
    this.size++
    if (this.size * 4 > (this.mask + 1) * 3) this.grow()
  }

  /** add puts key (a, b) in the table; returns false when it was there already. */
  add(a: number, b: number): boolean {
    b |= 1 // a zero low word marks an empty slot
    const o = this.slot(a, b)
    if (this.t[o + 1] !== 0) return false
    this.put(o, a, b, 0, 0)
    return true
  }

  /** has tells whether key (a, b) is in the table. */
  has(a: number, b: number): boolean {
    b |= 1
    return this.t[this.slot(a, b) + 1] !== 0
  }

  /**
   * final records the final event (v1, v2) of request (a, b): FINAL_NEW when the request had none yet,
   * FINAL_DUPLICATE when it is that same event again, FINAL_AGAIN when it is another final event.
   */
  final(a: number, b: number, v1: number, v2: number): number {
    b |= 1
    const o = this.slot(a, b)
    const t = this.t
    if (t[o + 1] === 0) {
      this.put(o, a, b, v1, v2)
      return FINAL_NEW
    }
    return t[o + 2] === v1 && t[o + 3] === v2 ? FINAL_DUPLICATE : FINAL_AGAIN
  }

  /**
   * reserve makes room for `entries` keys at once (up to maxBits bits of slots), so that a table whose size is
   * known ahead (from the size of the files) is not rehashed at every doubling on the way. It never saturates
   * the table: what is kept stays the same, only when the room is made changes. Hand-written for measured speed
   * (rehashing was ~2 % of the CLI's time on a 512 MiB log; docs/notes/analyzer-speed.md).
   */
  reserve(entries: number): void {
    let slots = this.mask + 1
    while (slots * 3 < entries * 4 && slots * 2 <= this.maxSlots) slots *= 2
    if (slots > this.mask + 1 && !this.saturated) this.resize(slots)
  }

  /** capacity: the number of slots (for tests). */
  get capacity(): number {
    return this.mask + 1
  }

  private grow() {
    const slots = (this.mask + 1) * 2
    if (slots > this.maxSlots) {
      this.saturated = true
      return
    }
    this.resize(slots)
  }

  private resize(slots: number) {
    const old = this.t
    this.t = new Int32Array(slots * 4)
    this.mask = slots - 1
    this.size = 0
    for (let o = 0; o < old.length; o += 4) {
      if (old[o + 1] === 0) continue
      this.put(this.slot(old[o]!, old[o + 1]!), old[o]!, old[o + 1]!, old[o + 2]!, old[o + 3]!)
    }
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
  /** The second half of the audit ID's fingerprint. */
  check: number
}

/**
 * pendingKey: a Map key from an audit ID's fingerprint, small enough to stay a small integer (no heap number per
 * look-up); Pending.check holds the other half, so two IDs that share a key are not taken for one another.
 */
export const pendingKey = (a: number): number => a >> 1
