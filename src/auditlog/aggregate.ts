// The streaming pass over the log: each line is scanned, classified (problem, audit event of some stage) and
// added to its request signature. Nothing per event is kept beyond the signature statistics, a few samples and
// the first problems of each kind, so memory stays flat whatever the size of the input.
import {
  AUDIT_GROUP,
  AUDIT_V1,
  EVENT,
  levelOf,
  preview,
  stageOf,
  timeFieldOf,
  UNKNOWN_STAGE,
} from './classify.ts'
import { MAX_JSON_DEPTH } from '../policy/jsonDepth.ts'
import { isJsonObject, parseLine, scanParsed } from './fallback.ts'
import { decodeRange, fieldEquals, fieldLength, fieldStartsWith, fieldString } from './fields.ts'
import { DEFAULT_MAX_LINE_BYTES, LineSplitter, type LineSink } from './lines.ts'
import {
  FIELD,
  ScannedEvent,
  scanEvent,
  scanLine,
  SCAN_BLANK,
  SCAN_NOT_OBJECT,
  SCAN_OK,
  type ScanStatus,
} from './scan.ts'
import { SignatureIndex, type OverflowBucket } from './signatureIndex.ts'
import { COL, STAGE_COL, STAGE_INDEX, type SignatureInfo } from './signatures.ts'
import type { StatsStore } from './stats.ts'
import { DKP_ROTATION } from './forecast.ts'
import {
  FINAL_DUPLICATE,
  fmix32,
  RequestTable,
  HASH,
  hashRange,
  HASH_SEED_1,
  HASH_SEED_2,
  pendingKey,
  type Pending,
} from './requestIds.ts'
import type {
  AnalyzeOptions,
  FileSummary,
  PolicyUnderTest,
  Problem,
  ProblemDetail,
  ProblemKind,
  StageRule,
} from './types.ts'

/**
 * STAGE_RULE: how requests are counted from events, so that stages never double-count: a request (one auditID)
 * once, at its ResponseComplete or Panic event; a request whose files hold no such event (still open when the log
 * was copied, or cut by rotation) once, at the last event seen for its auditID; an event without a stage (or
 * without an auditID) by itself; the same event read twice (the same file given twice, overlapping copies) once.
 * The report carries the code; the words are i18n's (analyzerNotes.stageRule).
 */
export const STAGE_RULE: StageRule = 'oncePerAuditID'

/** DEFAULT_OPTIONS: the limits used when AnalyzeOptions leaves them out. */
export const DEFAULT_OPTIONS: Required<AnalyzeOptions> = {
  maxSignatures: 80_000,
  maxNamelessSignatures: 20_000,
  samplesPerRule: 3,
  sampleBytes: 2048,
  sampleBudgetBytes: 2 * 1024 * 1024,
  problemsPerKind: 20,
  top: 10,
  maxLineBytes: DEFAULT_MAX_LINE_BYTES,
  progressIntervalMs: 250,
  rotation: DKP_ROTATION,
}

/** Totals: the counters that do not depend on any policy. */
export interface Totals {
  lines: number
  blankLines: number
  bytes: number
  auditEvents: number
  requests: number
  /** events and bytes per stage: [RR, RS, RC, Panic, unknown] × [events, bytes]. */
  byStage: number[]
  /** Per recorded level (None, Metadata, Request, RequestResponse). */
  recordedRequests: number[]
  recordedEvents: number[]
  recordedBytes: number[]
  problems: Record<ProblemKind, number>
  /** Events read again (same auditID, stage, time (see timeFieldOf) and length as one already read): skipped. */
  duplicateEvents: number
  duplicateBytes: number
  /** Requests counted at their last event because no ResponseComplete or Panic was read for them. */
  openRequests: number
  /** Bytes recorded per minute (minutes since the epoch, UTC) and recorded level: [None, Metadata, Request, RR]. */
  minutes: Map<number, number[]>
  /** The earliest and latest event time read (RFC 3339 text, see timeFieldOf), or "" when none. */
  firstTimestamp: string
  lastTimestamp: string
}

/** OpenRequest: a request counted without its ResponseComplete/Panic: where its last event is. */
export interface OpenRequest {
  /** Signature id (−1: past every cap). */
  id: number
  file: string
  line: number
}

/** Aggregates: everything the streaming pass keeps; a report for any policy is computed from it. */
export interface Aggregates {
  infos: SignatureInfo[]
  /** Statistics per signature (row = signature id). */
  stats: StatsStore
  namelessCount: number
  /** Requests beyond every cap, summed by the rule each scanned policy chose (−1 = none). */
  overflow: OverflowBucket[]
  /** The policies the pass was made with (outcomes above refer to them). */
  scanned: PolicyUnderTest[]
  totals: Totals
  files: FileSummary[]
  problems: Problem[]
  /** The first requests counted without their ResponseComplete/Panic (up to problemsPerKind). */
  open: OpenRequest[]
  options: Required<AnalyzeOptions>
  elapsedMs: number
}

const emptyProblems = (): Record<ProblemKind, number> => ({
  malformed: 0,
  truncated: 0,
  tooLong: 0,
  notAudit: 0,
  otherVersion: 0,
  unreadable: 0,
})

/**
 * LogAnalyzer is the streaming pass. Call beginFile, push the file's (decompressed) chunks, endFile; repeat for
 * every file; then finish() returns the aggregates. `policies` are only needed for requests beyond the caps.
 */
export class LogAnalyzer implements LineSink {
  readonly options: Required<AnalyzeOptions>
  private readonly ev = new ScannedEvent()
  private readonly index: SignatureIndex
  private sampleBudget: number
  private splitter: LineSplitter | null = null
  private file: FileSummary | null = null
  private readonly started = Date.now()
  readonly totals: Totals = {
    lines: 0,
    blankLines: 0,
    bytes: 0,
    auditEvents: 0,
    requests: 0,
    byStage: new Array<number>(10).fill(0),
    recordedRequests: [0, 0, 0, 0],
    recordedEvents: [0, 0, 0, 0],
    recordedBytes: [0, 0, 0, 0],
    problems: emptyProblems(),
    duplicateEvents: 0,
    duplicateBytes: 0,
    openRequests: 0,
    minutes: new Map(),
    firstTimestamp: '',
    lastTimestamp: '',
  }
  /** Fingerprints of every event read, and of every request counted at its ResponseComplete/Panic. */
  private readonly seen = new RequestTable(16)
  /** Requests seen only in earlier stages so far, by pendingKey of their auditID. */
  private readonly pending = new Map<number, Pending>()
  /** Per file: a hash of its events (content), and the first and last stageTimestamp bytes seen. */
  private fileHash = 0
  private readonly fileHashes: { hash: number; bytes: number; lines: number; name: string }[] = []
  /** The first 16 bytes (to the minute) of the last timestamp read, and that minute's row. */
  private readonly minutePrefix = new Uint8Array(16)
  private minuteBytes: number[] | null = null
  private readonly first = new Uint8Array(64)
  private firstLen = 0
  private readonly last = new Uint8Array(64)
  private lastLen = 0
  readonly files: FileSummary[] = []
  readonly problems: Problem[] = []

  private readonly policies: PolicyUnderTest[]

  constructor(policies: PolicyUnderTest[], options: AnalyzeOptions = {}) {
    this.policies = policies
    this.options = { ...DEFAULT_OPTIONS, ...options }
    this.sampleBudget = this.options.sampleBudgetBytes
    this.index = new SignatureIndex(policies, this.options)
  }

  /** beginFile starts a new input; line numbers restart at 1. */
  beginFile(name: string, bytes: number, gzip: boolean): void {
    this.file = { name, bytes, decodedBytes: 0, gzip, lines: 0, auditEvents: 0, duplicateEvents: 0 }
    this.files.push(this.file)
    this.fileHash = 0
    this.splitter = new LineSplitter(this, this.options.maxLineBytes)
    // About one fingerprint per KiB of log (lines of audit events are rarely shorter): room made once.
    if (!gzip && bytes > 0) this.seen.reserve(this.seen.size + bytes / 1024)
  }

  /** push adds the next chunk of the current file (already decompressed). */
  push(chunk: Uint8Array): void {
    this.splitter!.push(chunk)
    this.totals.bytes += chunk.length
    this.file!.decodedBytes += chunk.length
  }

  /**
   * endFile ends the current file; `error` says why it could not be read to the end. Either way the last line,
   * when it has no newline, is passed on (and reported as cut off unless it is whole JSON); a read error is
   * reported at the line where reading stopped (0 when nothing was read).
   */
  endFile(error?: string): void {
    const splitter = this.splitter!
    splitter.end()
    if (error !== undefined) {
      this.problem('unreadable', splitter.lines, { code: 'unreadable', error })
      this.file!.error = error
    }
    const file = this.file!
    file.lines = splitter.lines
    this.splitter = null
    // The same content given twice: its events were all skipped as read already; say which file it repeats.
    const same = this.fileHashes.find(
      (f) => f.hash === this.fileHash && f.bytes === file.decodedBytes && f.lines === file.lines,
    )
    if (same !== undefined && file.auditEvents > 0) file.sameAs = same.name
    this.fileHashes.push({
      hash: this.fileHash,
      bytes: file.decodedBytes,
      lines: file.lines,
      name: file.name,
    })
    if (this.lastLen > 0) {
      const utf8 = new TextDecoder()
      file.from = utf8.decode(this.first.subarray(0, this.firstLen))
      file.to = utf8.decode(this.last.subarray(0, this.lastLen))
      const t = this.totals
      if (t.firstTimestamp === '' || file.from < t.firstTimestamp) t.firstTimestamp = file.from
      if (t.lastTimestamp === '' || file.to > t.lastTimestamp) t.lastTimestamp = file.to
    }
    this.firstLen = this.lastLen = 0
  }

  /** finish returns the aggregates of everything read. */
  finish(): Aggregates {
    const index = this.index
    const t = this.totals
    const open: OpenRequest[] = []
    // Requests with no ResponseComplete/Panic in any file: counted once, at the last event seen for them.
    for (const p of this.pending.values()) {
      const bucket = p.bucket as OverflowBucket | null
      this.countRequest(bucket === null ? index.stats : bucket.stats, bucket === null ? p.row : 0, p.level)
      t.requests++
      t.recordedRequests[p.level]!++
      t.openRequests++
      if (open.length < this.options.problemsPerKind)
        open.push({ id: bucket === null ? p.row : -1, file: this.files[p.file]?.name ?? '', line: p.line })
    }
    this.pending.clear()
    return {
      infos: index.table.infos,
      stats: index.stats,
      namelessCount: index.namelessCount,
      overflow: [...index.overflow.values()],
      scanned: this.policies,
      totals: this.totals,
      files: this.files,
      problems: this.problems,
      open,
      options: this.options,
      elapsedMs: Date.now() - this.started,
    }
  }

  /** LineSink: one line of the current file. */
  line(b: Uint8Array, s: number, e: number, lineNo: number, terminated: boolean): void {
    this.totals.lines++
    let i = s
    while (i < e && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0d)) i++
    if (i === e) {
      this.totals.blankLines++
      return
    }
    this.scanned(scanEvent(b, s, e, this.ev), b, s, e, lineNo, terminated)
  }

  /** LineSink: whole lines at once, b[s..last] with a newline at `last`; each line's end is found as it is read. */
  lines(b: Uint8Array, s: number, last: number, lineNo: number): number {
    const ev = this.ev
    const max = this.options.maxLineBytes
    while (s <= last) {
      lineNo++
      const status = scanLine(b, s, last, ev)
      const nl = ev.lineEnd
      if (nl - s > max) this.tooLong(lineNo, nl - s)
      else {
        this.totals.lines++
        if (status === SCAN_BLANK) this.totals.blankLines++
        else this.scanned(status, b, s, nl > s && b[nl - 1] === 0x0d ? nl - 1 : nl, lineNo, true)
      }
      s = nl + 1
    }
    return lineNo
  }

  /** scanned goes on with a line the scanner has read: an event, a problem, or (when odd) JSON.parse decides. */
  private scanned(
    status: ScanStatus,
    b: Uint8Array,
    s: number,
    e: number,
    lineNo: number,
    terminated: boolean,
  ) {
    if (status === SCAN_OK) {
      this.event(b, s, e, lineNo)
      return
    }
    if (status === SCAN_NOT_OBJECT) {
      this.problem('notAudit', lineNo, { code: 'notObject', preview: preview(b, s, e) })
      return
    }
    const parsed = parseLine(b, s, e)
    if (!parsed.ok) {
      if (parsed.tooDeep)
        this.problem('malformed', lineNo, {
          code: 'tooDeep',
          depth: MAX_JSON_DEPTH,
          preview: preview(b, s, e),
        })
      else if (terminated) this.problem('malformed', lineNo, { code: 'notJson', preview: preview(b, s, e) })
      else this.problem('truncated', lineNo, { code: 'cutOff', bytes: e - s, preview: preview(b, s, e) })
      return
    }
    if (!isJsonObject(parsed.value)) {
      this.problem('notAudit', lineNo, { code: 'notObject', preview: preview(b, s, e) })
      return
    }
    scanParsed(parsed.value, this.ev)
    this.event(b, s, e, lineNo)
  }

  /** LineSink: a line longer than maxLineBytes. */
  tooLong(lineNo: number, bytes: number): void {
    this.totals.lines++
    this.problem('tooLong', lineNo, { code: 'tooLong', bytes, limit: this.options.maxLineBytes })
  }

  private problem(kind: ProblemKind, line: number, detail: ProblemDetail) {
    if (this.totals.problems[kind]++ < this.options.problemsPerKind) {
      this.problems.push({ kind, file: this.file?.name ?? '', line, detail })
    }
  }

  /** event handles a scanned JSON object: `line` is b[s..e), the fields are in this.ev. */
  private event(line: Uint8Array, s: number, e: number, lineNo: number) {
    const ev = this.ev
    if (!fieldEquals(ev, FIELD.kind, EVENT, 'Event')) {
      const kind = fieldString(ev, FIELD.kind)
      this.problem('notAudit', lineNo, kind === undefined ? { code: 'noKind' } : { code: 'otherKind', kind })
      return
    }
    if (!fieldEquals(ev, FIELD.apiVersion, AUDIT_V1, 'audit.k8s.io/v1')) {
      if (!ev.has(FIELD.apiVersion)) {
        this.problem('otherVersion', lineNo, { code: 'noApiVersion' })
      } else if (fieldStartsWith(ev, FIELD.apiVersion, AUDIT_GROUP, 'audit.k8s.io/')) {
        this.problem('otherVersion', lineNo, {
          code: 'otherAuditVersion',
          apiVersion: fieldString(ev, FIELD.apiVersion) ?? '',
        })
      } else {
        this.problem('notAudit', lineNo, {
          code: 'kubernetesEvent',
          apiVersion: fieldString(ev, FIELD.apiVersion) ?? '',
        })
        return
      }
    }
    const t = this.totals
    const file = this.file!
    file.auditEvents++
    const bytes = e - s
    const stage = stageOf(ev)
    const time = timeFieldOf(ev)
    // Counting (STAGE_RULE): by the fingerprint of the auditID; an event read before is skipped.
    let final = true
    let pk = 0
    let open = false
    let check = 0
    const idStart = ev.start[FIELD.auditID]!
    if (idStart >= 0 && stage !== UNKNOWN_STAGE) {
      hashRange(ev.buf, ev.view, idStart, ev.end[FIELD.auditID]!, HASH_SEED_1, HASH_SEED_2)
      const a1 = HASH[0]!
      const a2 = HASH[1]!
      if (time >= 0) hashRange(ev.buf, ev.view, ev.start[time]!, ev.end[time]!, a1, a2)
      const e1 = fmix32(HASH[0]! ^ Math.imul(stage + 1, 0x27d4eb2f))
      const e2 = fmix32(HASH[1]! + bytes)
      this.fileHash = (Math.imul(this.fileHash ^ e1, 0x01000193) + e2) | 0
      const r1 = fmix32(a1 ^ 0x5f3759df)
      const r2 = fmix32(a2 + 0x3c6ef372)
      // A final event is looked up under its request (one probe); earlier stages under the event itself.
      const seen = this.seen
      const duplicate =
        stage >= STAGE_INDEX.ResponseComplete
          ? seen.final(r1, r2, e1, e2) === FINAL_DUPLICATE
          : !seen.add(e1, e2)
      if (duplicate) {
        t.duplicateEvents++
        t.duplicateBytes += bytes
        file.duplicateEvents!++
        return
      }
      if (stage >= STAGE_INDEX.ResponseComplete) {
        if (this.pending.size > 0) {
          const k = pendingKey(a1)
          if (this.pending.get(k)?.check === a2) this.pending.delete(k)
        }
      } else {
        final = false
        if (!seen.has(r1, r2)) {
          pk = pendingKey(a1)
          check = a2
          open = true
        }
      }
    } else {
      this.fileHash = (Math.imul(this.fileHash ^ bytes, 0x01000193) + stage) | 0
    }
    if (time >= 0) this.window(ev.buf, ev.start[time]!, ev.end[time]!)
    t.auditEvents++
    let level = levelOf(ev)
    if (level < 0) level = ev.responseBodyBytes > 0 ? 3 : ev.requestBodyBytes > 0 ? 2 : 1
    if (time >= 0) this.perMinute(ev.buf, ev.start[time]!, level, bytes)
    t.byStage[stage * 2]++
    t.byStage[stage * 2 + 1] += bytes
    t.recordedEvents[level]++
    t.recordedBytes[level] += bytes
    if (final) {
      t.requests++
      t.recordedRequests[level]++
    }

    const index = this.index
    const id = index.locate(ev)
    if (open)
      this.pending.set(pk, {
        row: id,
        bucket: id < 0 ? index.bucket : null,
        level,
        file: this.files.length - 1,
        line: lineNo,
        check,
      })
    if (id < 0) {
      this.record(index.bucket!.stats, 0, stage, level, bytes, final)
      return
    }
    this.record(index.stats, id, stage, level, bytes, final)
    // A few samples per template (request but for the name), as long as the sample budget lasts.
    const template = index.template!
    // ResponseStarted events stand in for long-running requests (exec, attach, watch) that may never complete.
    const sampled = final || stage === STAGE_INDEX.ResponseStarted
    if (sampled && this.sampleBudget > 0 && template.samples < this.options.samplesPerRule) {
      const info = index.table.infos[id]!
      if (info.sample === null) {
        const cut = Math.min(bytes, this.options.sampleBytes)
        info.sample = {
          file: this.file!.name,
          line: lineNo,
          text: decodeRange(line, s, s + cut),
          bytes,
          truncated: cut < bytes,
        }
        template.samples++
        this.sampleBudget -= cut
      }
    }
  }

  /** countRequest counts one request (recorded at `level`) in a statistics row. */
  private countRequest(store: StatsStore, row: number, level: number) {
    const m = store.main
    const c = store.counters(row)
    m[c + COL.requests]!++
    if (level < 2) m[c + COL.belowRequest]!++
    if (level < 3) m[c + COL.belowRequestResponse]!++
  }

  /** perMinute adds an event's bytes to its minute (told from the timestamp's first 16 bytes, cached). */
  private perMinute(b: Uint8Array, s: number, level: number, bytes: number) {
    const p = this.minutePrefix
    let same = this.minuteBytes !== null
    for (let i = 0; same && i < 16; i++) same = b[s + i] === p[i]
    if (!same) {
      const d = (i: number) => b[s + i]! - 0x30
      const n = (i: number, k: number) => {
        let v = 0
        for (let j = 0; j < k; j++) v = v * 10 + d(i + j)
        return v
      }
      const ms = Date.UTC(n(0, 4), n(5, 2) - 1, n(8, 2), n(11, 2), n(14, 2))
      if (!Number.isFinite(ms)) return
      const minute = ms / 60_000
      let row = this.totals.minutes.get(minute)
      if (row === undefined) {
        row = [0, 0, 0, 0]
        this.totals.minutes.set(minute, row)
      }
      this.minuteBytes = row
      p.set(b.subarray(s, s + 16))
    }
    this.minuteBytes![level]! += bytes
  }

  /** window widens the file's [first, last] to the timestamp b[s..e) (RFC 3339 in UTC: compared as bytes). */
  private window(b: Uint8Array, s: number, e: number) {
    const n = e - s
    if (n > 64) return
    if (this.lastLen === 0) {
      this.first.set(b.subarray(s, e))
      this.last.set(b.subarray(s, e))
      this.firstLen = this.lastLen = n
    } else if (compareBytes(b, s, n, this.last, this.lastLen) > 0) {
      // Logs mostly go forward in time: one comparison for most events.
      this.last.set(b.subarray(s, e))
      this.lastLen = n
    } else if (compareBytes(b, s, n, this.first, this.firstLen) < 0) {
      this.first.set(b.subarray(s, e))
      this.firstLen = n
    }
  }

  /** record adds one event to a statistics row. */
  private record(
    store: StatsStore,
    row: number,
    stage: number,
    level: number,
    bytes: number,
    final: boolean,
  ) {
    const ev = this.ev
    if (final) this.countRequest(store, row, level)
    const st = stage === UNKNOWN_STAGE ? STAGE_INDEX.ResponseComplete : stage
    const o = store.stageOffset(row, st)
    const a = store.stageArray(st)
    a[o + STAGE_COL.events]!++
    a[o + STAGE_COL.metaBytes]! += bytes - ev.requestBodyBytes - ev.responseBodyBytes
    a[o + STAGE_COL.requestBody]! += ev.requestBodyBytes
    a[o + STAGE_COL.responseBody]! += ev.responseBodyBytes
    a[o + STAGE_COL.requestManagedFields]! += ev.requestManagedFieldsBytes
    a[o + STAGE_COL.responseManagedFields]! += ev.responseManagedFieldsBytes
    a[o + STAGE_COL.levelChars]! += fieldLength(ev, FIELD.level)
  }
}

/** compareBytes orders b[s..s+n) against c[0..m) byte by byte (a prefix first). */
function compareBytes(b: Uint8Array, s: number, n: number, c: Uint8Array, m: number): number {
  const k = Math.min(n, m)
  for (let i = 0; i < k; i++) {
    const d = b[s + i]! - c[i]!
    if (d !== 0) return d
  }
  return n - m
}
