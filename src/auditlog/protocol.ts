// Messages between the page and the analyzer worker. One analysis runs at a time per worker; `id` ties replies to
// the request that caused them.
import type { AnalysisReport, AnalyzeOptions, PolicyUnderTest, Progress } from './types.ts'

/** ToWorker: what the page sends. */
export type ToWorker =
  /** Analyze files (File/Blob, read by the worker) or, without `files`, chunks sent after this message. */
  | {
      type: 'start'
      id: number
      policies: PolicyUnderTest[]
      options?: AnalyzeOptions
      files?: Blob[]
      /** Names shown in the report (default: File.name, or "log N"). */
      names?: string[]
      /** Chunk mode: the inputs whose bytes follow as `chunk` messages. */
      streams?: { name: string; size: number }[]
    }
  /** Chunk mode: the next bytes of input `index` (the worker answers each with `ack`). */
  | { type: 'chunk'; id: number; index: number; data: Uint8Array }
  /** Chunk mode: input `index` is complete. */
  | { type: 'end'; id: number; index: number }
  | { type: 'cancel'; id: number }
  /** Report on other policies from the last completed analysis, without reading anything again. */
  | { type: 'reanalyze'; id: number; policies: PolicyUnderTest[] }

/** FromWorker: what the worker answers. */
export type FromWorker =
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'ack'; id: number; index: number }
  | { type: 'done'; id: number; report: AnalysisReport }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; failure: AnalyzerFailure }

/**
 * AnalyzerFailure: why an analysis (or a re-analysis) failed, as a code (words: i18n workerFailures.analyzer):
 * nothing was analyzed yet to re-analyze from; the worker stopped (crashed, `detail` is the browser's message, ''
 * when it gave none); or the reading failed (`detail` is the reader's or the browser's own message).
 */
export type AnalyzerFailure =
  | { code: 'nothing-to-reanalyze' }
  | { code: 'worker-stopped'; detail: string }
  | { code: 'failed'; detail: string }
