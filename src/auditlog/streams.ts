// Web-stream sources for the analyzer (browser, worker, and Node's web streams alike): a File/Blob or any
// ReadableStream of bytes, gunzipped with the platform's own DecompressionStream when it starts with 1f 8b.
import { isGzip, type OpenedLog } from './analyze.ts'

/** chunksOf iterates a byte stream; stopping early (break, throw) cancels the stream. */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader()
  let done = false
  try {
    for (;;) {
      const r = await reader.read()
      if (r.done) {
        done = true
        return
      }
      yield r.value
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined)
    reader.releaseLock()
  }
}

/** counting passes a stream through unchanged, adding the bytes seen to `counter.n`. */
function counting(stream: ReadableStream<Uint8Array>, counter: { n: number }): ReadableStream<Uint8Array> {
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        counter.n += chunk.length
        controller.enqueue(chunk)
      },
    }),
  )
}

/** gunzip decompresses a gzip byte stream with DecompressionStream. */
const gunzip = (stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> =>
  stream.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>)

/**
 * openBlob starts reading a File or Blob as a stream (never whole; Blink's blob stream reads ahead, faster than
 * awaiting slices); gzip, told by its magic bytes, goes through DecompressionStream.
 */
export async function openBlob(blob: Blob): Promise<OpenedLog> {
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer())
  const gzip = isGzip(head)
  const raw = blob.stream() as ReadableStream<Uint8Array>
  if (!gzip) return { gzip, chunks: chunksOf(raw) }
  const counter = { n: 0 }
  return { gzip, chunks: chunksOf(gunzip(counting(raw, counter))), bytesRead: () => counter.n }
}

/** openStream starts reading a byte stream, sniffing gzip on its first bytes. */
export async function openStream(stream: ReadableStream<Uint8Array>): Promise<OpenedLog> {
  const reader = stream.getReader()
  let first = await reader.read()
  // Two bytes are needed to tell gzip; a stream may deliver a single byte first.
  while (!first.done && first.value.length < 2) {
    const more = await reader.read()
    if (more.done) break
    const joined = new Uint8Array(first.value.length + more.value.length)
    joined.set(first.value)
    joined.set(more.value, first.value.length)
    first = { done: false, value: joined }
  }
  const head = first.done ? new Uint8Array(0) : first.value
  const gzip = isGzip(head)
  const counter = { n: 0 }
  const rest = new ReadableStream<Uint8Array>({
    start(controller) {
      if (head.length > 0) controller.enqueue(head)
      if (first.done) controller.close()
    },
    async pull(controller) {
      if (first.done) return
      const r = await reader.read()
      if (r.done) controller.close()
      else controller.enqueue(r.value)
    },
    cancel(reason) {
      return reader.cancel(reason)
    },
  })
  const body = gzip ? gunzip(counting(rest, counter)) : rest
  return { gzip, chunks: chunksOf(body), bytesRead: gzip ? () => counter.n : undefined }
}
