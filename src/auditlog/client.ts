// The page's side of the analyzer worker: typed promises over the message protocol. The UI uses
// AnalyzerSession (analyze, then re-analyze on every policy edit) or the one-shot analyzeFiles.
import type { Policy } from '../policy/index.ts'
import type { AnalyzerFailure, FromWorker, ToWorker } from './protocol.ts'
import type { AnalysisReport, AnalyzeOptions, PolicyUnderTest, Progress } from './types.ts'

/** WorkerLike: the part of Worker the client uses (a fake can stand in for tests). */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void
  /** A worker that fails to load or dies (e.g. out of memory) reports `error`. */
  addEventListener(type: 'error', listener: (event: Event) => void): void
  terminate(): void
}

/**
 * AnalyzerError: an analysis failed for `failure` (a code: the UI words it with i18n workerFailures.analyzer). Its
 * message is for logs and tests only, never shown.
 */
export class AnalyzerError extends Error {
  readonly failure: AnalyzerFailure
  constructor(failure: AnalyzerFailure) {
    super(
      failure.code === 'nothing-to-reanalyze'
        ? 'nothing to re-analyze: no analysis has completed'
        : failure.code === 'worker-stopped'
          ? `the analyzer stopped working${failure.detail ? ` (${failure.detail})` : ''}`
          : failure.detail,
    )
    this.name = 'AnalyzerError'
    this.failure = failure
  }
}

/** analyzerFailure: the failure behind any error of an analysis (a reader's own error is a 'failed' one). */
export function analyzerFailure(e: unknown): AnalyzerFailure {
  if (e instanceof AnalyzerError) return e.failure
  return { code: 'failed', detail: e instanceof Error ? e.message : String(e) }
}

/** createAnalyzerWorker starts the module worker (Vite bundles it as its own file). */
export function createAnalyzerWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'audit-log-analyzer' })
}

/** PolicyInput: one policy (reported as id "policy"), or policies with ids and rule labels. */
export type PolicyInput = Policy | PolicyUnderTest | PolicyUnderTest[]

/** toPoliciesUnderTest normalizes a PolicyInput. */
export function toPoliciesUnderTest(input: PolicyInput): PolicyUnderTest[] {
  if (Array.isArray(input)) return input
  return 'rules' in input ? [{ id: 'policy', policy: input }] : [input]
}

/** StreamInput: a byte stream to analyze in chunk mode (e.g. a fetch body), with its name and size (0 if unknown). */
export interface StreamInput {
  name: string
  size: number
  stream: ReadableStream<Uint8Array>
}

const IN_FLIGHT = 4

/** AnalyzerSession owns one worker, which keeps the aggregates of its last analysis for re-analysis. */
export class AnalyzerSession {
  private readonly worker: WorkerLike
  private nextId = 1
  private readonly waiting = new Map<number, (message: FromWorker) => void>()

  constructor(createWorker: () => WorkerLike = createAnalyzerWorker) {
    this.worker = createWorker()
    this.worker.addEventListener('message', (event) => this.waiting.get(event.data.id)?.(event.data))
    // A worker that could not start or crashed answers nothing more: fail whatever waits for it.
    this.worker.addEventListener('error', (event) => {
      const detail = (event as ErrorEvent).message ?? ''
      for (const [id, settle] of [...this.waiting])
        settle({ type: 'error', id, failure: { code: 'worker-stopped', detail } })
    })
  }

  /** analyzeFiles streams Files/Blobs (plain or gzip) through the worker; rejects with AbortError when cancelled. */
  analyzeFiles(
    files: Blob[],
    policy: PolicyInput,
    options: AnalyzeOptions = {},
    onProgress?: (p: Progress) => void,
    signal?: AbortSignal,
  ): Promise<AnalysisReport> {
    const names = files.map((f, i) => (f as File).name ?? `log ${i + 1}`)
    return this.run({ files, names, policies: toPoliciesUnderTest(policy), options }, onProgress, signal)
  }

  /** analyzeStreams sends byte streams to the worker in chunks, a few at a time (for sources that are not Files). */
  analyzeStreams(
    inputs: StreamInput[],
    policy: PolicyInput,
    options: AnalyzeOptions = {},
    onProgress?: (p: Progress) => void,
    signal?: AbortSignal,
  ): Promise<AnalysisReport> {
    const streams = inputs.map(({ name, size }) => ({ name, size }))
    let inFlight = 0
    let release: (() => void) | null = null
    const pump = async (id: number) => {
      for (let index = 0; index < inputs.length; index++) {
        const reader = inputs[index]!.stream.getReader()
        for (;;) {
          if (signal?.aborted) {
            await reader.cancel()
            return
          }
          const r = await reader.read()
          if (r.done) break
          while (inFlight >= IN_FLIGHT) await new Promise<void>((resolve) => (release = resolve))
          inFlight++
          const data =
            r.value.byteOffset === 0 && r.value.byteLength === r.value.buffer.byteLength
              ? r.value
              : r.value.slice()
          this.worker.postMessage({ type: 'chunk', id, index, data }, [data.buffer as ArrayBuffer])
        }
        this.worker.postMessage({ type: 'end', id, index })
      }
    }
    const onAck = () => {
      inFlight--
      const r = release
      release = null
      r?.()
    }
    return this.run(
      { streams, policies: toPoliciesUnderTest(policy), options },
      onProgress,
      signal,
      pump,
      onAck,
    )
  }

  /** reanalyze reports on other policies from the last completed analysis, without reading the files again. */
  reanalyze(policy: PolicyInput): Promise<AnalysisReport> {
    return this.run({ type: 'reanalyze', policies: toPoliciesUnderTest(policy) })
  }

  /** dispose stops the worker; pending promises never settle after it. */
  dispose(): void {
    this.waiting.clear()
    this.worker.terminate()
  }

  private run(
    message:
      | Omit<Extract<ToWorker, { type: 'start' }>, 'type' | 'id'>
      | { type: 'reanalyze'; policies: PolicyUnderTest[] },
    onProgress?: (p: Progress) => void,
    signal?: AbortSignal,
    pump?: (id: number) => Promise<void>,
    onAck?: () => void,
  ): Promise<AnalysisReport> {
    const id = this.nextId++
    return new Promise<AnalysisReport>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new DOMException('The analysis was cancelled', 'AbortError'))
        return
      }
      const onAbort = () => this.worker.postMessage({ type: 'cancel', id })
      signal?.addEventListener('abort', onAbort, { once: true })
      const finish = () => {
        this.waiting.delete(id)
        signal?.removeEventListener('abort', onAbort)
      }
      this.waiting.set(id, (m) => {
        if (m.type === 'progress') onProgress?.(m.progress)
        else if (m.type === 'ack') onAck?.()
        else {
          finish()
          if (m.type === 'done') resolve(m.report)
          else if (m.type === 'cancelled')
            reject(new DOMException('The analysis was cancelled', 'AbortError'))
          else reject(new AnalyzerError(m.failure))
        }
      })
      this.worker.postMessage('type' in message ? { ...message, id } : { type: 'start', id, ...message })
      pump?.(id).catch((e: unknown) => {
        finish()
        reject(e instanceof Error ? e : new Error(String(e)))
      })
    })
  }
}

/** analyzeFiles analyzes Files/Blobs in a worker of its own, then stops it (use AnalyzerSession to re-analyze). */
export async function analyzeFiles(
  files: Blob[],
  policy: PolicyInput,
  options: AnalyzeOptions = {},
  onProgress?: (p: Progress) => void,
  signal?: AbortSignal,
): Promise<AnalysisReport> {
  const session = new AnalyzerSession()
  try {
    return await session.analyzeFiles(files, policy, options, onProgress, signal)
  } finally {
    session.dispose()
  }
}
