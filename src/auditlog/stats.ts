// Statistics rows, compact: per row, the request counters and the ResponseComplete block in one array; the blocks
// of the other stages (RequestReceived, ResponseStarted, Panic, which most requests lack) in a second array, made
// on first use. About 90 bytes a row instead of the 250 of a full row.
import { COL, COLUMNS, STAGE_COLUMNS, stageBase, STAGE_INDEX } from './signatures.ts'

/** MAIN_COLUMNS: the request counters, then the ResponseComplete block. */
const MAIN_COLUMNS = 3 + STAGE_COLUMNS
const RC = STAGE_INDEX.ResponseComplete
/** The slot (0–2) of each stage that is not ResponseComplete. */
const SLOT = [0, 1, -1, 2]

const grown = <A extends Float64Array | Int32Array>(a: A, length: number): A => {
  const b = new (a.constructor as new (n: number) => A)(length)
  b.set(a)
  return b
}

/** StatsStore holds statistics rows; `row` numbers are given out by addRow. */
export class StatsStore {
  /** Per row: COL's three counters, then the ResponseComplete block. */
  main: Float64Array
  /** Blocks of the other stages, STAGE_COLUMNS numbers each. */
  blocks: Float64Array
  /** Per row and stage slot: 1 + the block's index, 0 when the row has no such block. */
  private slots: Int32Array
  private blockCount = 0
  rows = 0

  constructor(capacity = 1024) {
    this.main = new Float64Array(capacity * MAIN_COLUMNS)
    this.slots = new Int32Array(capacity * 3)
    this.blocks = new Float64Array(Math.max(1, capacity >> 2) * STAGE_COLUMNS)
  }

  /** addRow adds a row of zeros and returns its number. */
  addRow(): number {
    const row = this.rows++
    if (this.rows * MAIN_COLUMNS > this.main.length) {
      // Grow by half (not double): a copy briefly needs both.
      const capacity = Math.ceil(this.rows * 1.5)
      this.main = grown(this.main, capacity * MAIN_COLUMNS)
      this.slots = grown(this.slots, capacity * 3)
    }
    return row
  }

  /** counters is where `row`'s COL counters start in `main`. */
  counters(row: number): number {
    return row * MAIN_COLUMNS
  }

  /** stageArray: the array holding `stage` blocks (main for ResponseComplete, blocks otherwise). */
  stageArray(stage: number): Float64Array {
    return stage === RC ? this.main : this.blocks
  }

  /** stageOffset: where `row`'s block of `stage` starts in stageArray(stage), making the block on first use. */
  stageOffset(row: number, stage: number): number {
    if (stage === RC) return row * MAIN_COLUMNS + 3
    const k = row * 3 + SLOT[stage]!
    let b = this.slots[k]!
    if (b === 0) {
      b = ++this.blockCount
      if (b * STAGE_COLUMNS > this.blocks.length)
        this.blocks = grown(this.blocks, Math.ceil(b * 1.5) * STAGE_COLUMNS)
      this.slots[k] = b
    }
    return (b - 1) * STAGE_COLUMNS
  }

  /** requests: the requests counted in a row. */
  requests(row: number): number {
    return this.main[row * MAIN_COLUMNS + COL.requests]!
  }

  /** fill writes `row` as a full row (COLUMNS numbers, laid out as COL and stageBase say) into `out`. */
  fill(row: number, out: Float64Array): Float64Array {
    out.fill(0)
    const m = row * MAIN_COLUMNS
    for (let c = 0; c < 3; c++) out[c] = this.main[m + c]!
    const rc = stageBase(RC)
    for (let c = 0; c < STAGE_COLUMNS; c++) out[rc + c] = this.main[m + 3 + c]!
    for (let stage = 0; stage < 4; stage++) {
      if (stage === RC) continue
      const b = this.slots[row * 3 + SLOT[stage]!]!
      if (b === 0) continue
      const at = stageBase(stage)
      for (let c = 0; c < STAGE_COLUMNS; c++) out[at + c] = this.blocks[(b - 1) * STAGE_COLUMNS + c]!
    }
    return out
  }
}

/** fullRow: a scratch row for StatsStore.fill. */
export const fullRow = (): Float64Array => new Float64Array(COLUMNS)
