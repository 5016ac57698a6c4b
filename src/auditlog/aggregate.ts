// The streaming pass over the log: each line is scanned, classified (problem, audit event of some stage) and
// added to its request signature. Nothing per event is kept beyond the signature statistics, a few samples and
// the first problems of each kind, so memory stays flat whatever the size of the input.
import { evaluatePolicy, type GroupResources, type RequestAttributes } from '../policy/index.ts'
import { AUDIT_GROUP, AUDIT_V1, EVENT, levelOf, preview, stageOf, UNKNOWN_STAGE } from './classify.ts'
import { isJsonObject, parseLine, scanParsed } from './fallback.ts'
import { decodeRange, fieldEquals, fieldLength, fieldStartsWith, fieldString } from './fields.ts'
import { KeyBuilder } from './keys.ts'
import { DEFAULT_MAX_LINE_BYTES, LineSplitter, type LineSink } from './lines.ts'
import { nameEntries, nameMatters } from './names.ts'
import { RequestDecoder } from './requests.ts'
import { FIELD, ScannedEvent, scanEvent, SCAN_NOT_OBJECT, SCAN_OK } from './scan.ts'
import {
  COL,
  COLUMNS,
  SignatureTable,
  STAGE_COL,
  stageBase,
  STAGE_INDEX,
  type SignatureInfo,
} from './signatures.ts'
import type { AnalyzeOptions, FileSummary, PolicyUnderTest, Problem, ProblemKind, Sample } from './types.ts'

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
  sampleBudgetBytes: 4 * 1024 * 1024,
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
  /** COLUMNS numbers per signature (see signatures.ts). */
  stats: Float64Array
  namelessCount: number
  /** Requests beyond every cap, summed by the rule each scanned policy chose (−1 = none). */
  overflow: { outcomes: number[]; stats: Float64Array }[]
  /** The policies the pass was made with (outcomes above refer to them). */
  scanned: PolicyUnderTest[]
  totals: Totals
  files: FileSummary[]
  problems: Problem[]
  options: Required<AnalyzeOptions>
  elapsedMs: number
}

/** Name-less requests remembered past the signature cap (a cache: cleared when full). */
const PROBE_CACHE = 20_000

/** Probe: a name-less request past the signature cap, and the rule each scanned policy picks (null: name decides). */
interface Probe {
  request: RequestAttributes
  userAgent: string
  outcomes: number[] | null
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
  private readonly table = new SignatureTable()
  private readonly ev = new ScannedEvent()
  private readonly keys = new KeyBuilder()
  private readonly decoder = new RequestDecoder()
  private readonly overflow = new Map<string, { outcomes: number[]; stats: Float64Array }>()
  private readonly useNames: boolean
  private readonly nameEntries: GroupResources[][]
  private readonly probes = new SignatureTable<Probe>(0)
  /** Probe lookups and hits in the current window, and whether new probes are cached. */
  private readonly probeWindow = [0, 0]
  private probeCaching = true
  private namelessCount = 0
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
    this.nameEntries = policies.map((p) => nameEntries(p.policy))
    this.useNames = this.nameEntries.some((e) => e.length > 0)
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

  /** endFile ends the current file; `error` says why it could not be read to the end. */
  endFile(error?: string): void {
    if (error === undefined) this.splitter!.end()
    else this.problem('unreadable', 0, error)
    if (error !== undefined) this.file!.error = error
    this.file!.lines = this.splitter!.lines
    this.splitter = null
  }

  /** finish returns the aggregates of everything read. */
  finish(): Aggregates {
    return {
      infos: this.table.infos,
      stats: this.table.rows(),
      namelessCount: this.namelessCount,
      overflow: [...this.overflow.values()],
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
    const status = scanEvent(b, s, e, this.ev)
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
      if (terminated) this.problem('malformed', lineNo, `not JSON: ${preview(b, s, e)}`)
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

    // Find the signature: with the name first; past the cap, without the name; past that, overflow totals.
    const k = this.keys
    const h = k.build(ev, true)
    let id = this.table.find(k.key, k.length, h)
    if (id < 0) {
      const o = this.options
      if (this.table.size - this.namelessCount < o.maxSignatures) {
        id = this.table.add(k.key, k.length, h, this.decoder.decode(ev, true))
      } else {
        const h2 = k.build(ev, false)
        const probe = this.probe(h2)
        const outcomes = probe.outcomes ?? this.outcomesWithName(probe.request)
        const h3 = this.useNames ? k.appendOutcomes(h2, outcomes) : h2
        id = this.table.find(k.key, k.length, h3)
        if (id < 0 && this.namelessCount < o.maxNamelessSignatures) {
          const info: SignatureInfo = {
            request: probe.request,
            userAgent: probe.userAgent,
            nameKnown: false,
            outcomes: this.useNames ? outcomes : null,
            sample: null,
          }
          id = this.table.add(k.key, k.length, h3, info)
          this.namelessCount++
        }
        if (id < 0) {
          const k = outcomes.join(',')
          let bucket = this.overflow.get(k)
          if (!bucket) this.overflow.set(k, (bucket = { outcomes, stats: new Float64Array(COLUMNS) }))
          this.record(bucket.stats, 0, stage, level, bytes, final)
          return
        }
      }
    }
    const stats = this.table.stats
    const base = id * COLUMNS
    this.record(stats, base, stage, level, bytes, final)
    if (final) {
      const info = this.table.infos[id]!
      if (info.sample === null && this.sampleBudget > 0) {
        const cut = Math.min(bytes, this.options.sampleBytes)
        const sample: Sample = {
          file: this.file!.name,
          line: lineNo,
          text: decodeRange(line, s, s + cut),
          bytes,
          truncated: cut < bytes,
        }
        this.sampleBudget -= cut
        info.sample = sample
      }
    }
  }

  /** record adds one event to a statistics row. */
  private record(
    stats: Float64Array,
    base: number,
    stage: number,
    level: number,
    bytes: number,
    final: boolean,
  ) {
    const ev = this.ev
    if (final) {
      stats[base + COL.requests]!++
      if (level < 2) stats[base + COL.belowRequest]!++
      if (level < 3) stats[base + COL.belowRequestResponse]!++
    }
    const sb = base + stageBase(stage === UNKNOWN_STAGE ? STAGE_INDEX.ResponseComplete : stage)
    stats[sb + STAGE_COL.events]!++
    stats[sb + STAGE_COL.metaBytes]! += bytes - ev.requestBodyBytes - ev.responseBodyBytes
    stats[sb + STAGE_COL.requestBody]! += ev.requestBodyBytes
    stats[sb + STAGE_COL.responseBody]! += ev.responseBodyBytes
    stats[sb + STAGE_COL.requestManagedFields]! += ev.requestManagedFieldsBytes
    stats[sb + STAGE_COL.responseManagedFields]! += ev.responseManagedFieldsBytes
    stats[sb + STAGE_COL.levelChars]! += fieldLength(ev, FIELD.level)
  }

  /**
   * probe finds (or decodes) the name-less request of this.ev, with what the scanned policies decide. Probes are
   * cached while the cache pays off; when nearly every lookup misses (every request differs), new probes are not
   * kept, so they die young instead of filling the old generation.
   */
  private probe(hash: number): Probe {
    const k = this.keys
    const id = this.probes.find(k.key, k.length, hash)
    const window = this.probeWindow
    window[0]++
    if (id >= 0) {
      window[1]++
      return this.probes.infos[id]!
    }
    if (window[0] >= 8192) {
      this.probeCaching = window[1] * 4 >= window[0] || this.probes.size < PROBE_CACHE
      window[0] = window[1] = 0
    }
    const info = this.decoder.decode(this.ev, false)
    const sensitive = this.nameEntries.some((entries) => nameMatters(entries, info.request))
    const outcomes = sensitive
      ? null
      : this.policies.map((p) => evaluatePolicy(p.policy, info.request).matchedRule ?? -1)
    const probe: Probe = { request: info.request, userAgent: info.userAgent, outcomes }
    if (this.probeCaching) {
      if (this.probes.size >= PROBE_CACHE) this.probes.clear()
      this.probes.add(k.key, k.length, hash, probe)
    }
    return probe
  }

  /** outcomesWithName evaluates the scanned policies with this.ev's object name (for requests a name can decide). */
  private outcomesWithName(request: RequestAttributes): number[] {
    const named = { ...request, name: fieldString(this.ev, FIELD.name) ?? '' }
    return this.policies.map((p) => evaluatePolicy(p.policy, named).matchedRule ?? -1)
  }
}
