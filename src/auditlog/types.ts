// The shapes the analyzer takes and returns. Everything here is plain data: it crosses the worker boundary by
// structured clone and prints as JSON.
import type { Level, Policy } from '../policy/index.ts'

/** PolicyUnderTest: a policy to report on, with optional words for its rules (e.g. DKP built-in rule titles). */
export interface PolicyUnderTest {
  /** Names this policy's part of the report, e.g. "policy" or "effective". */
  id: string
  policy: Policy
  /** labels[i] describes policy.rules[i] (where it comes from); shown next to the rule's numbers. */
  labels?: string[]
}

/** AnalyzeOptions tune limits; every field has a default. */
export interface AnalyzeOptions {
  /** Distinct request signatures kept with their object name (default 80 000). */
  maxSignatures?: number
  /** More signatures kept without the name once the first cap is hit (default 20 000). */
  maxNamelessSignatures?: number
  /** Sample events shown per rule (default 3). */
  samplesPerRule?: number
  /** Longest sample kept, in bytes of JSON (default 2048; longer ones are cut and marked). */
  sampleBytes?: number
  /** Memory for samples overall, in bytes (default 2 MiB). */
  sampleBudgetBytes?: number
  /** Problems listed per kind (counts are always complete; default 20). */
  problemsPerKind?: number
  /** Entries in each top list (default 10). */
  top?: number
  /** Longest line read, in bytes (default 64 MiB); longer lines are counted as problems and skipped. */
  maxLineBytes?: number
  /** Minimum milliseconds between progress reports (default 250). */
  progressIntervalMs?: number
  /** The log rotation the forecast assumes (default DKP's: 100 MiB files, 10 backups, 30 days). */
  rotation?: Rotation
}

/** Progress of a running analysis. */
export interface Progress {
  /** The file being read and its position in the list. */
  file: string
  fileIndex: number
  files: number
  /** Bytes read from the files as stored (compressed for .gz), and their total when known. */
  bytesRead: number
  totalBytes: number
  /** Bytes of JSON lines after decompression. */
  bytesDecoded: number
  lines: number
  /** Audit events read (all stages). */
  events: number
  elapsedMs: number
  /** Decoded megabytes (10^6 bytes) per second so far. */
  mbPerSec: number
}

/** ProblemKind: what can be wrong with a line; none of them stops the analysis. */
export type ProblemKind =
  | 'malformed' // not JSON
  | 'truncated' // the last line of a file, not JSON and not ended by a newline: cut off while being written
  | 'tooLong' // longer than maxLineBytes, skipped
  | 'notAudit' // JSON, but not an audit.k8s.io Event
  | 'otherVersion' // an audit Event of another API version (v1beta1, v1alpha1, none): analyzed, but flagged
  | 'unreadable' // the file could not be read to the end (I/O or gzip error)

/**
 * ProblemDetail: what is wrong with one line (or file), as a code and its parameters; the words are in
 * i18n/<language>/analyzerNotes.ts. `preview` is the start of the line as read; `error` is the reader's own
 * message (zlib, the file system), quoted as written ("" when it gave none).
 */
export type ProblemDetail =
  | { code: 'notObject'; preview: string }
  | { code: 'notJson'; preview: string }
  | { code: 'tooDeep'; depth: number; preview: string }
  | { code: 'cutOff'; bytes: number; preview: string }
  | { code: 'tooLong'; bytes: number; limit: number }
  | { code: 'noKind' }
  | { code: 'otherKind'; kind: string }
  | { code: 'noApiVersion' }
  | { code: 'otherAuditVersion'; apiVersion: string }
  | { code: 'kubernetesEvent'; apiVersion: string }
  | { code: 'unreadable'; error: string }

/** Problem: one line (or file) that is not a clean audit.k8s.io/v1 Event. */
export interface Problem {
  kind: ProblemKind
  file: string
  /** 1-based line number in the (decompressed) file; 0 for file-level problems. */
  line: number
  detail: ProblemDetail
}

/** StageRule: how requests are counted from events (the words: analyzerNotes.stageRule). */
export type StageRule = 'oncePerAuditID'

/** RescanReason: why numbers re-analyzed from the aggregates are not exact for a policy (words: analyzerNotes.rescan). */
export type RescanReason =
  /** Object names were not kept for every request (too many distinct requests) and the policy uses resourceNames. */
  | { code: 'namesNotKept' }
  /** Requests beyond the signature limit were kept only as totals for the policies scanned with. */
  | { code: 'beyondLimit'; requests: number }

/** Volume: events and bytes, e.g. of one stage. */
export interface Volume {
  events: number
  bytes: number
}

/** LevelCounts: a number per audit level. */
export type LevelCounts = Record<Level, number>

/** Sample: one audit event line as recorded (cut to sampleBytes). */
export interface Sample {
  file: string
  line: number
  text: string
  /** The full line length in bytes; text was cut when it is longer. */
  bytes: number
  truncated: boolean
}

/** TopEntry: one user, agent, verb, … with its requests and bytes, as recorded and as the policy would record. */
export interface TopEntry {
  key: string
  /** Requests (counted events, see STAGE_RULE). */
  events: number
  recordedBytes: number
  projectedBytes: number
}

/** NO_VALUE_KEY: a top list's key for requests without the value (no user agent, no verb); src/i18n words it. */
export const NO_VALUE_KEY = '(none)'
/** CLUSTER_KEY: the namespaces top list's key for cluster-scoped requests; src/i18n words it. */
export const CLUSTER_KEY = '(cluster)'

/** Tops: the top lists of one report. */
export interface Tops {
  users: TopEntry[]
  userAgents: TopEntry[]
  verbs: TopEntry[]
  /** `group/resource[/subresource]` (`core` for the core group), or the URL path of non-resource requests. */
  resources: TopEntry[]
  /** `""` for cluster-scoped requests is CLUSTER_KEY; non-resource requests are left out. */
  namespaces: TopEntry[]
  /** Sources of volume: `user verb resource`, by bytes this policy would record. */
  sources: TopEntry[]
}

/** RuleImpact: what one rule (or no rule, `rule: null`) catches. */
export interface RuleImpact {
  rule: number | null
  label?: string
  /** The rule's level ("None" when no rule matches). */
  level: string
  /** Requests this rule decides. */
  events: number
  /** Bytes these requests take in the log now (all stages). */
  recordedBytes: number
  /** Audit events and bytes this rule would write for them. */
  projectedEvents: number
  projectedBytes: number
  /** Requests whose recorded events lack detail this rule asks for (so projectedBytes is a lower bound). */
  lowerBoundEvents: number
  /** Requests this rule would record with more detail than the log holds for them (a higher level). */
  raisedEvents: number
  /** Requests recorded now that this rule would not record (level None or every stage omitted). */
  droppedEvents: number
  /** Audit events and bytes this rule would write per day (null when the log has no time window). */
  perDay: PerDay | null
  samples: Sample[]
}

/** PolicyImpact: the report for one policy. */
export interface PolicyImpact {
  id: string
  rules: number
  /** One entry per rule in order, then `rule: null` for requests no rule matches. */
  byRule: RuleImpact[]
  /** Requests by the level this policy gives them. */
  byLevel: LevelCounts
  /** Audit events this policy would write, by its level (stages counted separately, omitted stages not). */
  eventsByLevel: LevelCounts
  /** Bytes this policy would write, by its level. */
  bytesByLevel: LevelCounts
  /** Totals: recorded now vs this policy. */
  recorded: Volume
  projected: Volume
  /** Requests and recorded events/bytes this policy would not write at all (level None or every stage omitted). */
  dropped: { requests: number; events: number; bytes: number }
  /** Part of projected bytes that is estimated for stages the log did not record (e.g. RequestReceived). */
  estimatedBytes: number
  /** True when the policy asks for more detail than the log recorded for some requests: bytes are a lower bound. */
  lowerBound: boolean
  lowerBoundEvents: number
  /** Requests this policy would record at a higher level than the log holds (it starts recording more). */
  raised: number
  /** Audit events and bytes this policy would write per day, and the hours one API server's disk keeps. */
  perDay: PerDay | null
  historyHours: number | null
  top: Tops
}

/** FileSummary: one input file. */
export interface FileSummary {
  name: string
  /** Bytes as stored, and after decompression. */
  bytes: number
  decodedBytes: number
  gzip: boolean
  lines: number
  auditEvents: number
  /** Audit events of this file read before (in an earlier file, or earlier in this one): counted once. */
  duplicateEvents?: number
  /** The file's first and last stageTimestamp (absent when none). */
  from?: string
  to?: string
  /** Set when every event of this file was read before in the file named here: the same content, counted once. */
  sameAs?: string
  /** Set when the file could not be read to the end. */
  error?: string
}

/** OpenRequestRef: a request counted without its ResponseComplete/Panic (open, or cut by rotation). */
export interface OpenRequestRef {
  file: string
  /** Line of the last event seen for it. */
  line: number
  user: string
  verb: string
  /** As in the resources top list: `group/resource[/subresource]` or the URL path. */
  resource: string
  namespace: string
  name: string
}

/** Rotation: how kube-apiserver keeps its log file (--audit-log-maxsize, -maxbackup, -maxage). */
export interface Rotation {
  maxSizeMB: number
  maxBackups: number
  maxAgeDays: number
}

/** Timeline: bytes per step of time and level, from `from` (ISO) in steps of `stepMinutes`. */
export interface Timeline {
  from: string
  stepMinutes: number
  bytesByLevel: Record<Level, number[]>
}

/** PerDay: a volume scaled to 24 hours of the analyzed window. */
export interface PerDay {
  events: number
  bytes: number
}

/** AnalysisReport: the whole result of reading the logs, with one PolicyImpact per policy under test. */
export interface AnalysisReport {
  files: FileSummary[]
  lines: number
  /** Decoded bytes read. */
  bytes: number
  /** Lines that are audit events (any stage, any audit API version). */
  auditEvents: number
  /** Requests: audit events counted once per request, by the rule in STAGE_RULE. */
  events: number
  /** Requests counted at their last event because no ResponseComplete/Panic was read for them. */
  openRequests: number
  /** The first of them (up to problemsPerKind). */
  open: OpenRequestRef[]
  /** Events read twice (same file given twice, overlapping copies): skipped. */
  duplicates: Volume
  /** First and last stageTimestamp read (ISO text), and the seconds between; null when no event had one. */
  window: { from: string; to: string; seconds: number } | null
  /** Bytes of audit events as recorded, per day of the window (null without a window). */
  recordedPerDay: PerDay | null
  /** Hours of history one API server keeps under `rotation` at the recorded volume (null without a window). */
  recordedHistoryHours: number | null
  /** Bytes recorded over time by recorded level, in up to 96 steps of whole minutes (null without timestamps). */
  timeline: Timeline | null
  /** The rotation the forecast assumes (DKP's defaults unless told otherwise). */
  rotation: Rotation
  /** API servers the files come from (the most files that overlap in time): history is per server. */
  apiServers: number
  stageRule: StageRule
  /** Audit events and bytes by stage as recorded; `unknown` is a missing or unrecognised stage. */
  byStage: Record<'RequestReceived' | 'ResponseStarted' | 'ResponseComplete' | 'Panic' | 'unknown', Volume>
  /** Requests by level as recorded, and audit events and bytes by recorded level (all stages). */
  recordedByLevel: LevelCounts
  recordedEventsByLevel: LevelCounts
  recordedBytesByLevel: LevelCounts
  malformed: number
  truncated: number
  tooLong: number
  notAudit: number
  otherVersion: number
  unreadable: number
  blankLines: number
  /** The first problemsPerKind problems of each kind, in reading order. */
  problems: Problem[]
  impacts: PolicyImpact[]
  signatures: {
    /** Distinct request signatures kept (with name, and without). */
    count: number
    nameless: number
    /** Requests beyond every cap: counted for the policies scanned with, not in the top lists. */
    overflowEvents: number
  }
  /** True when every number is exact for these policies; false after reanalyze could not cover everything. */
  exact: boolean
  /** Why a re-scan of the files is needed to get exact numbers for these policies, or null. */
  rescanNeeded: RescanReason | null
  elapsedMs: number
}
