import { useEffect, useState } from 'react'
import type { Target } from '../../policy/types.ts'
import {
  readImport,
  ReadTimeoutError,
  WorkerStoppedError,
  type ImportReadResult,
} from '../../state/reader.ts'

/** How long the text must stay unchanged (while typing in the box) before it is read. */
const READ_DELAY_MS = 250

/** ImportReading: where reading the input stands. */
export type ImportReading =
  | { status: 'idle' }
  | { status: 'reading'; size: number }
  | { status: 'done'; result: ImportReadResult }
  /** Failed: took longer than `timedOut` seconds, the reader worker `stopped` (the browser's message), or `reason`. */
  | { status: 'failed'; timedOut?: number; stopped?: string; reason?: string }

type Finished = Extract<ImportReading, { status: 'done' | 'failed' }>

/**
 * useImportReading reads `text` (null: nothing to read) off the page once it settles, as `target` reads it; from
 * `bytes` when the text is a file's, unchanged.
 */
export function useImportReading(text: string | null, target: Target, bytes?: Uint8Array): ImportReading {
  // The last finished reading and what it was of; anything else is still being read.
  const [finished, setFinished] = useState<{ text: string; target: Target; reading: Finished } | null>(null)
  useEffect(() => {
    if (text === null) return
    let cancelled = false
    const done = (reading: Finished) => !cancelled && setFinished({ text, target, reading })
    const timer = setTimeout(() => {
      readImport(text, target, bytes).then(
        (result) => done({ status: 'done', result }),
        (e: unknown) =>
          done(
            e instanceof ReadTimeoutError
              ? { status: 'failed', timedOut: e.seconds }
              : e instanceof WorkerStoppedError
                ? { status: 'failed', stopped: e.detail }
                : { status: 'failed', reason: e instanceof Error ? e.message : String(e) },
          ),
      )
    }, READ_DELAY_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [text, target, bytes])
  if (text === null) return { status: 'idle' }
  if (finished && finished.text === text && finished.target === target) return finished.reading
  return { status: 'reading', size: text.length }
}
