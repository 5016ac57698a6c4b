// Web-stream sources for the analyzer (browser, worker, and Node's web streams alike): a File/Blob or any
// ReadableStream of bytes, gunzipped with the platform's own DecompressionStream when it starts with 1f 8b.
// Memory stays flat: a plain File is read through a BYOB reader into one reused buffer, and gzip input is fed
// to the decompressor by hand (a pipe through an extra TransformStream costs more than the inflating).
import { isGzip, type OpenedLog } from './analyze.ts'

/** READ_CHUNK: bytes read at a time from a File. */
const READ_CHUNK = 1 << 20

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

/**
 * reusedChunksOf iterates a byte stream through a BYOB reader, into one buffer that goes back and forth between
 * the stream and the caller: no garbage per chunk (a default reader hands out a new buffer per chunk, and those
 * pile up until the garbage collector gets to them). Falls back to chunksOf when the stream is not a byte
 * stream. Each chunk is only valid until the next one is asked for.
 */
export async function* reusedChunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  let reader: ReadableStreamBYOBReader
  try {
    reader = stream.getReader({ mode: 'byob' })
  } catch {
    yield* chunksOf(stream)
    return
  }
  let buffer = new ArrayBuffer(READ_CHUNK)
  let done = false
  try {
    for (;;) {
      const r = await reader.read(new Uint8Array(buffer, 0, READ_CHUNK))
      if (r.done) {
        done = true
        return
      }
      yield r.value
      buffer = r.value.buffer as ArrayBuffer
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined)
    reader.releaseLock()
  }
}

/** Source: a pull-based byte source; pull resolves null at the end. */
interface Source {
  pull(): Promise<Uint8Array | null>
  cancel(): Promise<void>
}

/** sourceOf reads a stream chunk by chunk (BYOB into fresh buffers when it can: they are handed on, not reused). */
function sourceOf(stream: ReadableStream<Uint8Array>): Source {
  let byob: ReadableStreamBYOBReader | null = null
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null
  try {
    byob = stream.getReader({ mode: 'byob' })
  } catch {
    reader = stream.getReader()
  }
  return {
    async pull() {
      const r = byob ? await byob.read(new Uint8Array(READ_CHUNK)) : await reader!.read()
      return r.done ? null : r.value
    },
    cancel: () => (byob ?? reader!).cancel().catch(() => undefined),
  }
}

/**
 * gunzip decompresses a source with DecompressionStream, writing to it by hand with backpressure and counting
 * the compressed bytes written into `counter.n`. A corrupt stream ends the iteration with its error.
 */
async function* gunzip(source: Source, counter: { n: number }): AsyncGenerator<Uint8Array> {
  const ds = new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>
  const writer = ds.writable.getWriter()
  let stopped = false
  const pump = async () => {
    try {
      for (;;) {
        await writer.ready
        if (stopped) return
        const chunk = await source.pull()
        if (chunk === null) {
          await writer.close()
          return
        }
        counter.n += chunk.length
        // The write settles when the decompressor has taken the chunk; an error shows on the readable side.
        writer.write(chunk).catch(() => undefined)
      }
    } catch (e) {
      await writer.abort(e).catch(() => undefined)
    }
  }
  void pump()
  try {
    yield* chunksOf(ds.readable)
  } finally {
    stopped = true
    await source.cancel()
  }
}

/** openBlob starts reading a File or Blob as a stream (never whole); gzip, told by its magic bytes, is inflated. */
export async function openBlob(blob: Blob): Promise<OpenedLog> {
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer())
  const gzip = isGzip(head)
  const raw = blob.stream() as ReadableStream<Uint8Array>
  if (!gzip) return { gzip, chunks: reusedChunksOf(raw) }
  const counter = { n: 0 }
  return { gzip, chunks: gunzip(sourceOf(raw), counter), bytesRead: () => counter.n }
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
  const source: Source = {
    pull: async () => {
      if (first.done) return null
      const r = await reader.read()
      return r.done ? null : r.value
    },
    cancel: () => reader.cancel().catch(() => undefined),
  }
  if (gzip) {
    const counter = { n: 0 }
    const pending = first.done ? source : withHead(source, head)
    return { gzip, chunks: gunzip(pending, counter), bytesRead: () => counter.n }
  }
  async function* plain(): AsyncGenerator<Uint8Array> {
    let done = false
    try {
      if (head.length > 0) yield head
      for (let c = await source.pull(); c !== null; c = await source.pull()) yield c
      done = true
    } finally {
      if (!done) await source.cancel()
    }
  }
  return { gzip, chunks: plain() }
}

/** withHead yields `head` before the rest of a source. */
function withHead(source: Source, head: Uint8Array): Source {
  let pending: Uint8Array | undefined = head
  return {
    pull: async () => {
      if (pending === undefined) return source.pull()
      const h = pending
      pending = undefined
      return h
    },
    cancel: source.cancel,
  }
}
