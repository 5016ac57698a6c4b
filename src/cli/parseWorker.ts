// Reading a large policy in a worker thread with a heap limit, so that no accepted file takes the CLI past its
// memory budget: a file the worker cannot read within the limit is refused with one line, not a V8 heap crash.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { parsePolicy, parsePolicyBytes, type ParseOptions, type ParseResult } from '../policy/index.ts'
import { cliStrings } from '../i18n/cli.ts'
import { UsageError } from './io.ts'

/** Up to this many characters a policy is parsed in the CLI's own thread (it costs well under 100 MB). */
export const INLINE_PARSE_CHARS = 64 * 1024
/** The worker's heap limit (old generation, MB): with the main thread, the CLI stays under 300 MB RSS. */
export const PARSE_HEAP_MB = 128

interface ParseJob {
  abpParse: true
  text: string
  options: ParseOptions
  /** The file's bytes, when the text was decoded from them: read with parsePolicyBytes. */
  bytes?: Uint8Array
}

const parseJob = (text: string, options: ParseOptions, bytes?: Uint8Array): ParseResult =>
  bytes ? parsePolicyBytes(bytes, options) : parsePolicy(text, options)

/** isParseWorker tells whether this thread was started by parseInWorker (the bundle is its own worker script). */
export function isParseWorker(): boolean {
  return !isMainThread && (workerData as ParseJob | null)?.abpParse === true
}

/** runParseWorker parses the job's text and posts the result back. */
export function runParseWorker(): void {
  const job = workerData as ParseJob
  parentPort!.postMessage(parseJob(job.text, job.options, job.bytes))
}

/**
 * parseInWorker parses `text` in a worker thread of `script` (the bundled CLI) with a heap limit; small texts are
 * parsed in place. Running out of memory rejects with a UsageError.
 */
export function parseInWorker(
  script: URL,
  text: string,
  options: ParseOptions,
  bytes?: Uint8Array,
): Promise<ParseResult> {
  if (text.length <= INLINE_PARSE_CHARS) return Promise.resolve(parseJob(text, options, bytes))
  return new Promise((resolve, reject) => {
    const job: ParseJob = { abpParse: true, text, options, bytes }
    const worker = new Worker(script, {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_MB, maxYoungGenerationSizeMb: 16 },
      stdout: true,
      stderr: true,
    })
    let result: ParseResult | undefined
    worker.on('message', (m: ParseResult) => (result = m))
    worker.on('error', (e: Error & { code?: string }) =>
      reject(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new UsageError(cliStrings().outOfMemory(PARSE_HEAP_MB, text.length / 1024))
          : e,
      ),
    )
    worker.on('exit', () => (result ? resolve(result) : reject(new Error(cliStrings().readerStopped))))
  })
}
