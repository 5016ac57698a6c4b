// What CLI commands may do to the outside world, so tests can run them in memory.
import { constants, type Stats, statSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { cliStrings } from '../i18n/cli.ts'
import type { ParseOptions, ParseResult } from '../policy/index.ts'

/** Exit codes of the CLI contract (docs/design.md §3). */
export const EXIT_OK = 0
export const EXIT_FAIL = 1
export const EXIT_USAGE = 2

/** UsageError is a bad invocation or unreadable input: one line on stderr, exit 2. */
export class UsageError extends Error {}

export interface Io {
  stdout(text: string): void
  stderr(text: string): void
  /** Reads a whole file as bytes; rejects with a UsageError with a one-line reason. */
  readFile(path: string): Promise<Uint8Array>
  /** Reads all of standard input as bytes. */
  readStdin(): Promise<Uint8Array>
  /**
   * Parses a policy text (from `bytes`, the file's own bytes, when given: parsePolicyBytes); the real CLI reads
   * large ones in a worker with a heap limit (parseWorker.ts).
   */
  parsePolicy?(text: string, options: ParseOptions, bytes?: Uint8Array): Promise<ParseResult>
  /** Whether standard error is a terminal (for progress lines). */
  isTTY: boolean
}

/** The largest policy or request file the CLI reads (a real policy is a few KB; DKP's built-in one is 16 KB). */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024

/** describeFsError turns a Node fs error into the one line a user needs. */
export function describeFsError(path: string, e: unknown): string {
  const code = (e as { code?: string }).code
  switch (code) {
    case 'ENOENT':
      return cliStrings().noSuchFile(path)
    case 'EISDIR':
      return cliStrings().isDirectory(path)
    case 'EACCES':
    case 'EPERM':
      return cliStrings().permissionDenied(path)
    default:
      return cliStrings().cannotRead(path, code ?? (e instanceof Error ? e.message : String(e)))
  }
}

const mib = (n: number) => n / 1024 / 1024
const tooLarge = (path: string, max: number) => new UsageError(cliStrings().tooLargeRead(path, mib(max)))

/** How long readLimited waits for a writer to open a FIFO (a named pipe) before it gives up. */
export const FIFO_WRITER_WAIT_MS = 10_000

/**
 * readLimited reads a file of at most `max` bytes, or rejects with a UsageError saying why not. The bytes are
 * counted while reading, so a pipe, a FIFO or a device (/dev/zero) stops at the limit like a regular file; a FIFO
 * is opened without blocking, so one that nobody writes to is given up on after `writerWaitMs`.
 */
export async function readLimited(
  path: string,
  max = MAX_INPUT_BYTES,
  writerWaitMs = FIFO_WRITER_WAIT_MS,
): Promise<Uint8Array> {
  let st: Stats
  try {
    st = statSync(path)
    if (st.isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' })
  } catch (e) {
    throw new UsageError(describeFsError(path, e))
  }
  if (st.isFile() && st.size > max) {
    throw new UsageError(cliStrings().tooLargeFile(path, mib(st.size), mib(max)))
  }
  const fifo = st.isFIFO() || st.isSocket()
  let fh: FileHandle
  try {
    fh = await open(path, fifo ? constants.O_RDONLY | constants.O_NONBLOCK : constants.O_RDONLY)
  } catch (e) {
    throw new UsageError(describeFsError(path, e))
  }
  try {
    return await readAll(fh, path, max, fifo ? writerWaitMs : -1)
  } finally {
    await fh.close()
  }
}

/** readAll reads to the end or to max+1 bytes; on a non-blocking FIFO it polls (EAGAIN: no data yet). */
async function readAll(fh: FileHandle, path: string, max: number, writerWaitMs: number): Promise<Uint8Array> {
  const buf = Buffer.allocUnsafe(Math.min(max + 1, 1024 * 1024))
  const chunks: Buffer[] = []
  let total = 0
  const started = Date.now()
  for (;;) {
    let n: number
    try {
      n = (await fh.read(buf, 0, buf.length, null)).bytesRead
    } catch (e) {
      if ((e as { code?: string }).code !== 'EAGAIN') throw new UsageError(describeFsError(path, e))
      await sleep(10) // a writer holds the FIFO open but has written nothing yet
      continue
    }
    if (n === 0) {
      // On a non-blocking FIFO, 0 before any byte means that no writer has opened it yet.
      if (writerWaitMs < 0 || total > 0) break
      if (Date.now() - started > writerWaitMs)
        throw new UsageError(cliStrings().pipeSilent(path, writerWaitMs / 1000))
      await sleep(20)
      continue
    }
    total += n
    if (total > max) throw tooLarge(path, max)
    chunks.push(Buffer.from(buf.subarray(0, n)))
  }
  return Buffer.concat(chunks, total)
}

/** nodeIo is the real Io over process streams and the file system. */
export function nodeIo(): Io {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readFile: (p) => readLimited(p),
    readStdin: async () => {
      const chunks: Buffer[] = []
      let total = 0
      for await (const chunk of process.stdin) {
        total += (chunk as Buffer).length
        if (total > MAX_INPUT_BYTES) {
          process.stdin.destroy() // stop reading: an endless pipe must not keep the process alive
          throw new UsageError(cliStrings().stdinTooLarge(MAX_INPUT_BYTES / 1024 / 1024))
        }
        chunks.push(chunk as Buffer)
      }
      return Buffer.concat(chunks)
    },
    isTTY: Boolean(process.stderr.isTTY),
  }
}

/**
 * binaryPolicy: why a policy file is not read at all (NUL bytes in a file without a UTF-16 BOM: binary content,
 * which kube-apiserver refuses too), or undefined. Everything else, invalid UTF-8 and UTF-16 included, is read
 * from its bytes as kube-apiserver reads it (parsePolicyBytes), so its verdict is kube-apiserver's.
 */
export function binaryPolicy(
  bytes: Uint8Array,
  what: string,
  words: ReturnType<typeof cliStrings> = cliStrings(),
): string | undefined {
  const utf16 =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  const nul = utf16 ? -1 : bytes.indexOf(0)
  return nul >= 0 ? words.binary(what, nul) : undefined
}

/** decodeText decodes UTF-8 strictly; for binary content (NUL bytes or invalid UTF-8) it says why not. */
export function decodeText(bytes: Uint8Array, what: string): { text: string } | { error: string } {
  const nul = bytes.indexOf(0)
  if (nul >= 0) return { error: cliStrings().binary(what, nul) }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) }
  } catch {
    return { error: cliStrings().notUtf8(what) }
  }
}
