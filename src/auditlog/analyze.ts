// The one analysis loop shared by the browser worker and the CLI: read every source chunk by chunk into a
// LogAnalyzer, report progress, honour cancellation, and build the report from the aggregates.
import { LogAnalyzer, type Aggregates } from './aggregate.ts'
import { buildReport } from './report.ts'
import type { AnalysisReport, AnalyzeOptions, PolicyUnderTest, Progress } from './types.ts'

/** LogInput: one input file, opened only when its turn comes. */
export interface LogInput {
  name: string
  /** Size as stored (compressed for gzip); 0 when unknown. */
  size: number
  /** open starts reading; throwing (or rejecting) marks the file unreadable and the analysis goes on. */
  open(): Promise<OpenedLog> | OpenedLog
}

/** OpenedLog: an input being read, already decompressed into chunks of JSON lines. */
export interface OpenedLog {
  gzip: boolean
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>
  /** Bytes read from storage so far (for progress on compressed files); decoded bytes when absent. */
  bytesRead?: () => number
}

/** AnalyzeHooks: where progress goes and what cancels the run. */
export interface AnalyzeHooks {
  onProgress?: (p: Progress) => void
  signal?: AbortSignal
}

/** AnalysisResult: the report for the policies analyzed with, and the aggregates to re-analyze from. */
export interface AnalysisResult {
  report: AnalysisReport
  aggregates: Aggregates
}

/** isGzip tells gzip data by its magic bytes (1f 8b), whatever the file is called. */
export const isGzip = (head: Uint8Array): boolean => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b

/** abortError is what a cancelled analysis rejects with. */
export const abortError = (): Error => new DOMException('The analysis was cancelled', 'AbortError')

/** yieldToEventLoop waits one macrotask (a MessageChannel message: no timer clamping, in workers and Node). */
function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0))
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

const isAbort = (e: unknown) => e instanceof Error && e.name === 'AbortError'

/** describe: the reader's own message for a failure ("" when it gave none; i18n words it). */
const describe = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** analyzeSources reads every input in order and returns the report (see PolicyUnderTest) and aggregates. */
export async function analyzeSources(
  sources: LogInput[],
  policies: PolicyUnderTest[],
  options: AnalyzeOptions = {},
  hooks: AnalyzeHooks = {},
): Promise<AnalysisResult> {
  const analyzer = new LogAnalyzer(policies, options)
  const interval = analyzer.options.progressIntervalMs
  const started = Date.now()
  const totalBytes = sources.reduce((n, s) => n + s.size, 0)
  let doneBytes = 0
  let lastProgress = started
  let lastYield = started
  const progress = (index: number, current: number) => {
    const now = Date.now()
    const elapsedMs = now - started
    const t = analyzer.totals
    hooks.onProgress?.({
      file: sources[index]?.name ?? '',
      fileIndex: index,
      files: sources.length,
      bytesRead: doneBytes + current,
      totalBytes,
      bytesDecoded: t.bytes,
      lines: t.lines,
      events: t.auditEvents,
      elapsedMs,
      mbPerSec: elapsedMs > 0 ? t.bytes / 1000 / elapsedMs : 0,
    })
    lastProgress = now
  }
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i]!
    if (hooks.signal?.aborted) throw abortError()
    let opened: OpenedLog
    try {
      opened = await source.open()
    } catch (e) {
      analyzer.beginFile(source.name, source.size, false)
      analyzer.endFile(describe(e))
      doneBytes += source.size
      continue
    }
    analyzer.beginFile(source.name, source.size, opened.gzip)
    const startBytes = analyzer.totals.bytes
    const readSoFar = () => opened.bytesRead?.() ?? analyzer.totals.bytes - startBytes
    let error: string | undefined
    const from = opened.chunks
    const chunks: AsyncIterator<Uint8Array> | Iterator<Uint8Array> =
      Symbol.asyncIterator in from ? from[Symbol.asyncIterator]() : from[Symbol.iterator]()
    try {
      for (;;) {
        let next: IteratorResult<Uint8Array>
        try {
          next = await chunks.next()
        } catch (e) {
          // A read or gunzip failure ends this file; what was read so far still counts.
          if (isAbort(e)) throw e
          error = describe(e)
          break
        }
        if (next.done) break
        analyzer.push(next.value)
        const now = Date.now()
        if (now - lastProgress >= interval) progress(i, readSoFar())
        if (now - lastYield >= 50) {
          // Let messages (a cancel) and timers in, even when chunks arrive without touching the event loop.
          await yieldToEventLoop()
          lastYield = Date.now()
        }
        if (hooks.signal?.aborted) throw abortError()
      }
    } catch (e) {
      await Promise.resolve(chunks.return?.()).catch(() => undefined)
      throw e
    }
    if (hooks.signal?.aborted) throw abortError()
    analyzer.endFile(error)
    doneBytes += source.size || analyzer.totals.bytes - startBytes
    progress(i, 0)
  }
  const aggregates = analyzer.finish()
  return { aggregates, report: buildReport(aggregates, policies) }
}

/** analyzeSync analyzes in-memory files at once (tests, small pastes); same numbers as analyzeSources. */
export function analyzeSync(
  files: { name: string; chunks: Uint8Array[] }[],
  policies: PolicyUnderTest[],
  options: AnalyzeOptions = {},
): AnalysisResult {
  const analyzer = new LogAnalyzer(policies, options)
  for (const f of files) {
    analyzer.beginFile(
      f.name,
      f.chunks.reduce((n, c) => n + c.length, 0),
      false,
    )
    for (const c of f.chunks) analyzer.push(c)
    analyzer.endFile()
  }
  const aggregates = analyzer.finish()
  return { aggregates, report: buildReport(aggregates, policies) }
}
