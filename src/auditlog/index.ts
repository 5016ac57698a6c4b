// The audit-log analyzer's public API. Pure TypeScript (no DOM, no Node built-ins): it runs in a Web Worker, in
// the page and in Node alike. The UI talks to the worker through client.ts; the CLI calls analyzeSources.
export * from './types.ts'
export { LogAnalyzer, STAGE_RULE, DEFAULT_OPTIONS, type Aggregates, type Totals } from './aggregate.ts'
export {
  analyzeSources,
  analyzeSync,
  isGzip,
  abortError,
  type LogInput,
  type OpenedLog,
  type AnalyzeHooks,
  type AnalysisResult,
} from './analyze.ts'
export { buildReport, reanalyze, resourceKey } from './report.ts'
export { formatReport, formatImpact, type ReportWords, type NotesWords } from './table.ts'
export { openBlob, openStream, chunksOf, reusedChunksOf } from './streams.ts'
export type { ToWorker, FromWorker } from './protocol.ts'
