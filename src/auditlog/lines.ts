// Splits a byte stream into lines without decoding it: lines that fit in a chunk are passed as ranges of that
// chunk; a line cut by a chunk boundary is carried over in one reusable buffer. CRLF endings and a UTF-8 BOM at
// the start are dropped; a line longer than the limit is skipped (reported, never buffered whole).

/** LineSink receives each line as b[start..end) (no line ending) with its 1-based number. */
export interface LineSink {
  line(b: Uint8Array, start: number, end: number, lineNo: number, terminated: boolean): void
  /**
   * lines, when the sink has it, takes a run of whole lines at once: b[start..last] where b[last] is the newline
   * ending the last of them (so the sink can find line ends as it reads). `lineNo` is the number of the line
   * before the first; it returns the number of the last line.
   */
  lines?(b: Uint8Array, start: number, last: number, lineNo: number): number
  /** A line longer than the limit was skipped; `bytes` is how long it was. */
  tooLong(lineNo: number, bytes: number): void
}

/** DEFAULT_MAX_LINE_BYTES: the longest line kept (a RequestResponse list of a big cluster can be tens of MB). */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024

/** LineSplitter turns pushed chunks into lines for a LineSink; call end() after the last chunk. */
export class LineSplitter {
  private carry = new Uint8Array(64 * 1024)
  private carryLen = 0
  /** Inside an over-long line: its bytes so far, or −1. */
  private skipping = -1
  private lineNo = 0
  /** Bytes pushed so far. */
  bytes = 0

  private readonly sink: LineSink
  private readonly maxLineBytes: number

  constructor(sink: LineSink, maxLineBytes = DEFAULT_MAX_LINE_BYTES) {
    this.sink = sink
    this.maxLineBytes = maxLineBytes
  }

  /** lines is how many lines were passed on (or skipped) so far. */
  get lines(): number {
    return this.lineNo
  }

  /** push splits one chunk; the chunk may be reused by the caller afterwards. */
  push(chunk: Uint8Array): void {
    // A Node Buffer's indexOf is a slow JS wrapper: look at the same bytes as a plain Uint8Array.
    if (chunk.constructor !== Uint8Array) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)
    this.bytes += chunk.length
    let pos = 0
    const n = chunk.length
    if (this.sink.lines !== undefined) {
      // Finish a line carried over from the last chunk, then hand every whole line of this one over at once.
      if (this.carryLen > 0 || this.skipping >= 0) {
        const nl = chunk.indexOf(0x0a)
        if (nl < 0) {
          this.append(chunk, 0, n)
          return
        }
        this.carried(chunk, nl)
        pos = nl + 1
      }
      const last = chunk.lastIndexOf(0x0a)
      if (last >= pos) {
        if (this.lineNo === 0 && isBom(chunk, pos, last)) pos += 3
        this.lineNo = this.sink.lines(chunk, pos, last, this.lineNo)
        pos = last + 1
      }
      if (pos < n) this.append(chunk, pos, n)
      return
    }
    while (pos < n) {
      const nl = chunk.indexOf(0x0a, pos)
      if (nl < 0) {
        this.append(chunk, pos, n)
        return
      }
      if (this.skipping >= 0) {
        this.lineNo++
        this.sink.tooLong(this.lineNo, this.skipping + (nl - pos))
        this.skipping = -1
      } else if (this.carryLen > 0) {
        this.carried(chunk, nl)
      } else if (nl - pos > this.maxLineBytes) {
        this.lineNo++
        this.sink.tooLong(this.lineNo, nl - pos)
      } else {
        this.emit(chunk, pos, nl, true)
      }
      pos = nl + 1
    }
  }

  /** end passes on the last line when the input did not end with a newline (a possibly truncated line). */
  end(): void {
    if (this.skipping >= 0) {
      this.lineNo++
      this.sink.tooLong(this.lineNo, this.skipping)
    } else if (this.carryLen > 0) {
      this.emit(this.carry, 0, this.carryLen, false)
    }
    this.carryLen = 0
    this.skipping = -1
  }

  /** carried ends the line in the carry (or being skipped) with chunk[0..nl). */
  private carried(chunk: Uint8Array, nl: number) {
    if (this.skipping >= 0) this.skipping += nl
    else this.append(chunk, 0, nl)
    if (this.skipping >= 0) {
      this.lineNo++
      this.sink.tooLong(this.lineNo, this.skipping)
      this.skipping = -1
      this.carryLen = 0
      return
    }
    this.emit(this.carry, 0, this.carryLen, true)
    this.carryLen = 0
    if (this.carry.length > 1 << 20) this.carry = new Uint8Array(64 * 1024)
  }

  private emit(b: Uint8Array, start: number, end: number, terminated: boolean) {
    this.lineNo++
    if (end > start && b[end - 1] === 0x0d) end--
    if (this.lineNo === 1 && isBom(b, start, end)) start += 3
    this.sink.line(b, start, end, this.lineNo, terminated)
  }

  private append(chunk: Uint8Array, from: number, to: number) {
    if (this.skipping >= 0) {
      this.skipping += to - from
      return
    }
    const need = this.carryLen + (to - from)
    if (need > this.maxLineBytes) {
      this.skipping = need
      this.carryLen = 0
      return
    }
    // Keep one spare byte so a line in the carry is always followed by a byte that ends JSON (a newline).
    if (need + 1 > this.carry.length) {
      const next = new Uint8Array(Math.min(Math.max(need + 1, this.carry.length * 2), this.maxLineBytes + 1))
      next.set(this.carry.subarray(0, this.carryLen))
      this.carry = next
    }
    this.carry.set(chunk.subarray(from, to), this.carryLen)
    this.carryLen = need
    this.carry[need] = 0x0a
  }
}

/** isBom: b[start..end) starts with the UTF-8 byte order mark. */
const isBom = (b: Uint8Array, start: number, end: number) =>
  end - start >= 3 && b[start] === 0xef && b[start + 1] === 0xbb && b[start + 2] === 0xbf
