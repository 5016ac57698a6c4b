// The analyzer worker's message handling, kept apart from the worker global so it runs (and is tested) anywhere:
// start an analysis over files or pushed chunks, report progress, cancel, and re-analyze from the aggregates.
import type { Aggregates } from './aggregate.ts'
import { analyzeSources, type LogInput } from './analyze.ts'
import type { FromWorker, ToWorker } from './protocol.ts'
import { reanalyze } from './report.ts'
import { openBlob, openStream } from './streams.ts'

/** Feed: one input of chunk mode, a stream filled by `chunk` messages and acknowledged as it is read. */
class Feed {
  private readonly queue: Uint8Array[] = []
  private closed = false
  private wake: (() => void) | null = null
  readonly stream: ReadableStream<Uint8Array>

  constructor(onRead: () => void) {
    this.stream = new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          while (this.queue.length === 0 && !this.closed) await new Promise<void>((r) => (this.wake = r))
          const next = this.queue.shift()
          if (next) {
            controller.enqueue(next)
            onRead()
          } else controller.close()
        },
      },
      { highWaterMark: 0 },
    )
  }

  push(data: Uint8Array) {
    this.queue.push(data)
    this.wake?.()
  }

  close() {
    this.closed = true
    this.wake?.()
  }
}

/** Post: how the session answers (postMessage in a worker). */
export type Post = (message: FromWorker) => void

/** createSession returns the handler for messages to one analyzer worker. */
export function createSession(post: Post): (message: ToWorker) => void {
  let aggregates: Aggregates | null = null
  let running: { id: number; controller: AbortController; feeds: Feed[] } | null = null

  const start = (msg: Extract<ToWorker, { type: 'start' }>) => {
    running?.controller.abort()
    const controller = new AbortController()
    const feeds: Feed[] = []
    let inputs: LogInput[]
    if (msg.files) {
      inputs = msg.files.map((blob, i) => ({
        name: msg.names?.[i] ?? (blob as File).name ?? `log ${i + 1}`,
        size: blob.size,
        open: () => openBlob(blob),
      }))
    } else {
      inputs = (msg.streams ?? []).map((s, index) => {
        const feed = new Feed(() => post({ type: 'ack', id: msg.id, index }))
        feeds.push(feed)
        return { name: s.name, size: s.size, open: () => openStream(feed.stream) }
      })
    }
    const run = { id: msg.id, controller, feeds }
    running = run
    analyzeSources(inputs, msg.policies, msg.options, {
      signal: controller.signal,
      onProgress: (progress) => post({ type: 'progress', id: msg.id, progress }),
    })
      .then((result) => {
        aggregates = result.aggregates
        post({ type: 'done', id: msg.id, report: result.report })
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) post({ type: 'cancelled', id: msg.id })
        else
          post({
            type: 'error',
            id: msg.id,
            failure: { code: 'failed', detail: e instanceof Error ? e.message : String(e) },
          })
      })
      .finally(() => {
        if (running === run) running = null
      })
  }

  return (msg) => {
    switch (msg.type) {
      case 'start':
        start(msg)
        return
      case 'chunk':
        if (running?.id === msg.id) running.feeds[msg.index]?.push(msg.data)
        return
      case 'end':
        if (running?.id === msg.id) running.feeds[msg.index]?.close()
        return
      case 'cancel':
        if (running?.id === msg.id) {
          running.controller.abort()
          running.feeds.forEach((f) => f.close())
        }
        return
      case 'reanalyze':
        if (aggregates === null)
          post({ type: 'error', id: msg.id, failure: { code: 'nothing-to-reanalyze' } })
        else post({ type: 'done', id: msg.id, report: reanalyze(aggregates, msg.policies) })
        return
    }
  }
}
