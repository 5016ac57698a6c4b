// The streaming pass over the log: each line is scanned, classified (problem, audit event of some stage) and
// added to its request signature. Nothing per event is kept beyond the signature statistics, a few samples and
// the first problems of each kind, so memory stays flat whatever the size of the input.
import { AUDIT_GROUP, AUDIT_V1, EVENT, levelOf, preview, stageOf, UNKNOWN_STAGE } from './classify.ts'
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
import type { AnalyzeOptions, FileSummary, PolicyUnderTest, Problem, ProblemKind } from './types.ts'

/** STAGE_RULE: how requests are counted from events, so that stages never double-count. */
export const STAGE_RULE =
  'A request is counted once, at its ResponseComplete or Panic event; an event with no (or an unknown) stage ' +
  'and the single ResponseStarted event of a failed authentication (no user) count too. RequestReceived and the ' +
  'ResponseStarted events of long-running requests add events and bytes to their request, not requests.'

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
  }
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
    this.file = { name, bytes, decodedBytes: 0, gzip, lines: 0, auditEvents: 0 }
    this.files.push(this.file)
    this.splitter = new LineSplitter(this, this.options.maxLineBytes)
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
      this.problem('unreadable', splitter.lines, error)
      this.file!.error = error
    }
    this.file!.lines = splitter.lines
    this.splitter = null
  }

  /** finish returns the aggregates of everything read. */
  finish(): Aggregates {
    const index = this.index
    return {
      infos: index.table.infos,
      stats: index.stats,
      namelessCount: index.namelessCount,
      overflow: [...index.overflow.values()],
      scanned: this.policies,
      totals: this.totals,
      files: this.files,
      problems: this.problems,
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
      this.problem('notAudit', lineNo, `JSON but not an object: ${preview(b, s, e)}`)
      return
    }
    const parsed = parseLine(b, s, e)
    if (!parsed.ok) {
      if (parsed.tooDeep) this.problem('malformed', lineNo, `${parsed.error}: ${preview(b, s, e)}`)
      else if (terminated) this.problem('malformed', lineNo, `not JSON: ${preview(b, s, e)}`)
      else
        this.problem(
          'truncated',
          lineNo,
          `the last line (${e - s} bytes, no newline) is cut off: ${preview(b, s, e)}`,
        )
      return
    }
    if (!isJsonObject(parsed.value)) {
      this.problem('notAudit', lineNo, `JSON but not an object: ${preview(b, s, e)}`)
      return
    }
    scanParsed(parsed.value, this.ev)
    this.event(b, s, e, lineNo)
  }

  /** LineSink: a line longer than maxLineBytes. */
  tooLong(lineNo: number, bytes: number): void {
    this.totals.lines++
    this.problem(
      'tooLong',
      lineNo,
      `a line of ${bytes} bytes is longer than the limit (${this.options.maxLineBytes}); skipped`,
    )
  }

  private problem(kind: ProblemKind, line: number, message: string) {
    if (this.totals.problems[kind]++ < this.options.problemsPerKind) {
      this.problems.push({ kind, file: this.file?.name ?? '', line, message })
    }
  }

  /** event handles a scanned JSON object: `line` is b[s..e), the fields are in this.ev. */
  private event(line: Uint8Array, s: number, e: number, lineNo: number) {
    const ev = this.ev
    if (!fieldEquals(ev, FIELD.kind, EVENT, 'Event')) {
      const kind = fieldString(ev, FIELD.kind)
      this.problem(
        'notAudit',
        lineNo,
        kind === undefined
          ? 'a JSON object without "kind": not an audit Event'
          : `kind ${JSON.stringify(kind)}, not an audit Event`,
      )
      return
    }
    if (!fieldEquals(ev, FIELD.apiVersion, AUDIT_V1, 'audit.k8s.io/v1')) {
      if (!ev.has(FIELD.apiVersion)) {
        this.problem('otherVersion', lineNo, 'an Event without apiVersion (analyzed as audit.k8s.io/v1)')
      } else if (fieldStartsWith(ev, FIELD.apiVersion, AUDIT_GROUP, 'audit.k8s.io/')) {
        this.problem(
          'otherVersion',
          lineNo,
          `apiVersion ${fieldString(ev, FIELD.apiVersion)} (analyzed as audit.k8s.io/v1)`,
        )
      } else {
        this.problem(
          'notAudit',
          lineNo,
          `an Event of apiVersion ${JSON.stringify(fieldString(ev, FIELD.apiVersion))}: a Kubernetes Event, not an audit event`,
        )
        return
      }
    }
    const t = this.totals
    t.auditEvents++
    this.file!.auditEvents++
    const bytes = e - s
    const stage = stageOf(ev)
    let level = levelOf(ev)
    if (level < 0) level = ev.responseBodyBytes > 0 ? 3 : ev.requestBodyBytes > 0 ? 2 : 1
    const hasUsername = ev.hasUser && fieldLength(ev, FIELD.username) > 0
    const final = stage >= 2 || (stage === STAGE_INDEX.ResponseStarted && !hasUsername)
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
    if (id < 0) {
      this.record(index.bucket!.stats, 0, stage, level, bytes, final)
      return
    }
    this.record(index.stats, id, stage, level, bytes, final)
    // A few samples per template (request but for the name), as long as the sample budget lasts.
    const template = index.template!
    if (final && this.sampleBudget > 0 && template.samples < this.options.samplesPerRule) {
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
    if (final) {
      const m = store.main
      const c = store.counters(row)
      m[c + COL.requests]!++
      if (level < 2) m[c + COL.belowRequest]!++
      if (level < 3) m[c + COL.belowRequestResponse]!++
    }
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
