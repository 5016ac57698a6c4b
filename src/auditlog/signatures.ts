// Request signatures: every distinct combination of what the policy can see (user, groups, verb, resource or URL,
// namespace, name) plus the user agent, with its counts and byte totals per stage. Keys are the raw bytes of the
// fields, hashed without decoding; a signature's strings are decoded once, when it is first seen.
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
const STAGE_COLUMNS = 7
/** COLUMNS: numbers per statistics row (three per request, then a block per stage). */
export const COLUMNS = 3 + 4 * STAGE_COLUMNS

/** stageBase is the first column of a stage's block. */
export const stageBase = (stage: number): number => 3 + stage * STAGE_COLUMNS

/** SignatureInfo: the decoded request a signature stands for. */
export interface SignatureInfo {
  request: RequestAttributes
  userAgent: string
  /** False when the name was left out of the key (beyond maxSignatures): request.name is then "". */
  nameKnown: boolean
  /** For name-less signatures: the rule index (−1 = none) each scanned policy chose, when it may use names. */
  outcomes: number[] | null
  sample: Sample | null
}

/** SignatureTable maps key bytes to ids, with `T` per id and (when `columns` > 0) a statistics row per id. */
export class SignatureTable<T = SignatureInfo> {
  readonly infos: T[] = []
  stats: Float64Array
  private readonly columns: number
  private arena = new Uint8Array(64 * 1024)
  private arenaLen = 0
  private keyStart = new Int32Array(1024)
  private keyLen = new Int32Array(1024)
  private next = new Int32Array(1024)
  private readonly heads = new Map<number, number>()

  constructor(columns = COLUMNS) {
    this.columns = columns
    this.stats = new Float64Array(1024 * columns)
  }

  get size(): number {
    return this.infos.length
  }

  /** find returns the id of the entry with key k[0..n) and hash h, or −1. */
  find(k: Uint8Array, n: number, h: number): number {
    let id = this.heads.get(h)
    const a = this.arena
    while (id !== undefined && id >= 0) {
      if (this.keyLen[id] === n) {
        const s = this.keyStart[id]!
        let i = 0
        while (i < n && a[s + i] === k[i]) i++
        if (i === n) return id
      }
      id = this.next[id]!
    }
    return -1
  }

  /** add stores a new entry with key k[0..n) and hash h; returns its id. */
  add(k: Uint8Array, n: number, h: number, info: T): number {
    const id = this.infos.length
    if (id >= this.keyStart.length) this.grow()
    if (this.arenaLen + n > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.arenaLen + n))
      bigger.set(this.arena.subarray(0, this.arenaLen))
      this.arena = bigger
    }
    this.arena.set(k.subarray(0, n), this.arenaLen)
    this.keyStart[id] = this.arenaLen
    this.keyLen[id] = n
    this.arenaLen += n
    this.next[id] = this.heads.get(h) ?? -1
    this.heads.set(h, id)
    this.infos.push(info)
    return id
  }

  /** clear forgets every entry (the arrays keep their size). */
  clear(): void {
    this.infos.length = 0
    this.heads.clear()
    this.arenaLen = 0
    this.stats.fill(0)
  }

  private grow() {
    const cap = this.keyStart.length * 2
    const widen = (a: Int32Array) => {
      const b = new Int32Array(cap)
      b.set(a)
      return b
    }
    this.keyStart = widen(this.keyStart)
    this.keyLen = widen(this.keyLen)
    this.next = widen(this.next)
    const stats = new Float64Array(cap * this.columns)
    stats.set(this.stats)
    this.stats = stats
  }

  /** rows returns the statistics of all entries (a view, not a copy). */
  rows(): Float64Array {
    return this.stats.subarray(0, this.infos.length * this.columns)
  }
}
