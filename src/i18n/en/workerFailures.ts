// Strings for the page's workers that failed: the log analyzer's failures (auditlog/protocol.ts AnalyzerFailure)
// and a worker that stopped (state/workerStopped.ts), with the browser's or the reader's own message quoted as
// written. Part of `en` (en.ts), under the key `workerFailures`.
import type { AnalyzerFailure } from '../../auditlog/protocol.ts'

export const workerFailures = {
  /** Why an analysis, a re-analysis or a measurement on the log failed (after "The analysis stopped: "). */
  analyzer: (f: AnalyzerFailure): string =>
    f.code === 'nothing-to-reanalyze'
      ? 'nothing to re-analyze: no analysis has completed'
      : f.code === 'worker-stopped'
        ? `the analyzer stopped working${f.detail ? ` (${f.detail})` : ''}`
        : f.detail,
  /** A worker of the page stopped (it did not load, or died): the reader of texts, or lint. */
  stopped: (worker: 'reader' | 'lint', detail: string): string =>
    `${worker === 'reader' ? 'the reader stopped' : 'lint stopped'}: ${detail || 'unknown error'}`,
  /** The YAML editor's text took longer than its limit to read. */
  readTimedOut: (seconds: number) => `reading took longer than ${seconds} s and was stopped`,
}
