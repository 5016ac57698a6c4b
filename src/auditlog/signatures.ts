// Request signatures: every distinct combination of what the policy can see (user, groups, verb, resource or URL,
// namespace, name) plus the user agent, with its counts and byte totals per stage (kept in a StatsStore). Keys
// are the raw bytes of the fields, hashed without decoding; a signature's strings are decoded once.
import type { RequestAttributes } from '../policy/index.ts'
import type { Sample } from './types.ts'

/** STAGE_INDEX: stage indexes used in the statistics columns. */
export const STAGE_INDEX = { RequestReceived: 0, ResponseStarted: 1, ResponseComplete: 2, Panic: 3 } as const

/** COL: columns of a signature's statistics (Float64Array rows of COLUMNS numbers). */
export const COL = {
  /** Requests: counted events (see STAGE_RULE). */
  requests: 0,
  /** Requests recorded below Request / below RequestResponse (their bodies are not in the log). */
  belowRequest: 1,
  belowRequestResponse: 2,
} as const
/** STAGE_COL: per stage, starting at stageBase(stage): events, bytes without bodies, bodies, their managedFields, level chars. */
export const STAGE_COL = {
  events: 0,
  metaBytes: 1,
  requestBody: 2,
  responseBody: 3,
  requestManagedFields: 4,
  responseManagedFields: 5,
  levelChars: 6,
} as const
/** STAGE_COLUMNS: numbers per stage block. */
export const STAGE_COLUMNS = 7
/** COLUMNS: numbers per statistics row (three per request, then a block per stage). */
export const COLUMNS = 3 + 4 * STAGE_COLUMNS

// In a full row (see StatsStore.fill) ResponseComplete, the stage every request has, comes first.
const STAGE_ORDER = [1, 2, 0, 3]

/** stageBase is the first column of a stage's block. */
export const stageBase = (stage: number): number => 3 + STAGE_ORDER[stage]! * STAGE_COLUMNS

/** SignatureInfo: the decoded request a signature stands for. */
export interface SignatureInfo {
  /** The request without its object name (request.name is ""); shared by the signatures that differ by name. */
  request: RequestAttributes
  /** The object name the policy sees ("" when none), or null when it was not kept (past maxSignatures). */
  name: string | null
  userAgent: string
  /** For name-less signatures: the rule index (−1 = none) each scanned policy chose, when it may use names. */
  outcomes: number[] | null
  sample: Sample | null
}

/** hashWords hashes key words [0..n) (murmur3's mixing, 32 bits). */
export function hashWords(w: Int32Array, n: number, seed: number): number {
  let h = seed
  for (let i = 0; i < n; i++) {
    let k = Math.imul(w[i]!, 0xcc9e2d51)
    k = (k << 15) | (k >>> 17)
    h ^= Math.imul(k, 0x1b873593)
    h = (h << 13) | (h >>> 19)
    h = (Math.imul(h, 5) + 0xe6546b64) | 0
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}

/**
 * SignatureTable maps keys to ids, with `T` per id. Keys are byte strings padded with zeros to whole 32-bit
 * words, so they are compared a word at a time; the index is an open-addressing hash table of ids (no object per
 * entry). Each slot holds its id and the key's hash side by side, and each id its key's place and length side by
 * side, so a look-up touches three places in memory (slot, place, key) rather than five: measured, the lines of
 * a large log mostly miss the cache there.
 */
export class SignatureTable<T = SignatureInfo> {
  readonly infos: T[] = []
  private arena = new Int32Array(16 * 1024)
  /** The arena's bytes. */
  private bytes = new Uint8Array(this.arena.buffer)
  private arenaLen = 0
  /** Per id: where its key starts in the arena, and its length in bytes. */
  private keys = new Int32Array(2 * 1024)
  /** Open addressing, two numbers per slot: id + 1 (0 for empty) and the key's hash; at most half full. */
  private slots = new Int32Array(2 * 2048)

  get size(): number {
    return this.infos.length
  }

  /** find returns the id of the entry whose key is `bytes` long, held in words k[0..), with hash h; or −1. */
  find(k: Int32Array, bytes: number, h: number): number {
    const slots = this.slots
    const mask = (slots.length >> 1) - 1
    const n = (bytes + 3) >> 2
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = slots[s * 2]! - 1
      if (id < 0) return -1
      if (slots[s * 2 + 1] === h && this.keys[id * 2 + 1] === bytes) {
        const a = this.arena
        const at = this.keys[id * 2]!
        let i = 0
        while (i < n && a[at + i] === k[i]) i++
        if (i === n) return id
      }
    }
  }

  /**
   * tailEquals tells whether entry `id`'s key is `head` bytes (not compared), then b[s..e), then one more byte
   * (a separator; not compared): what a caller that knows the head can check without building the key.
   */
  tailEquals(id: number, head: number, b: Uint8Array, s: number, e: number): boolean {
    if (this.keys[id * 2 + 1] !== head + (e - s) + 1) return false
    const a = this.bytes
    const at = this.keys[id * 2]! * 4 + head - s
    for (let i = s; i < e; i++) if (a[at + i] !== b[i]) return false
    return true
  }

  /** add stores a new entry (not already present) with a key as find takes it; returns its id. */
  add(k: Int32Array, bytes: number, h: number, info: T): number {
    const id = this.infos.length
    const n = (bytes + 3) >> 2
    if (id * 2 >= this.keys.length) {
      const wider = new Int32Array(Math.ceil((this.keys.length * 1.5) / 2048) * 2048)
      wider.set(this.keys)
      this.keys = wider
    }
    if ((id + 1) * 4 > this.slots.length) this.rehash()
    if (this.arenaLen + n > this.arena.length) {
      const bigger = new Int32Array(Math.max(Math.ceil(this.arena.length * 1.5), this.arenaLen + n))
      bigger.set(this.arena.subarray(0, this.arenaLen))
      this.arena = bigger
      this.bytes = new Uint8Array(bigger.buffer)
    }
    this.arena.set(k.subarray(0, n), this.arenaLen)
    this.keys[id * 2] = this.arenaLen
    this.keys[id * 2 + 1] = bytes
    this.arenaLen += n
    this.place(this.slots, id, h)
    this.infos.push(info)
    return id
  }

  /** clear forgets every entry (the arrays keep their size). */
  clear(): void {
    this.infos.length = 0
    this.slots.fill(0)
    this.arenaLen = 0
  }

  private place(slots: Int32Array, id: number, h: number) {
    const mask = (slots.length >> 1) - 1
    let s = h & mask
    while (slots[s * 2] !== 0) s = (s + 1) & mask
    slots[s * 2] = id + 1
    slots[s * 2 + 1] = h
  }

  private rehash() {
    const old = this.slots
    const slots = new Int32Array(old.length * 2)
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) this.place(slots, old[s]! - 1, old[s + 1]!)
    this.slots = slots
  }
}
