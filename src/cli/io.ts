// What CLI commands may do to the outside world, so tests can run them in memory.
import { readFileSync, statSync } from 'node:fs'

/** Exit codes of the CLI contract (docs/design.md §3). */
export const EXIT_OK = 0
export const EXIT_FAIL = 1
export const EXIT_USAGE = 2

/** UsageError is a bad invocation or unreadable input: one line on stderr, exit 2. */
export class UsageError extends Error {}

export interface Io {
  stdout(text: string): void
  stderr(text: string): void
  /** Reads a whole file as bytes; throws UsageError with a one-line reason. */
  readFile(path: string): Uint8Array
  /** Reads all of standard input as bytes. */
  readStdin(): Promise<Uint8Array>
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
      return `${path}: no such file`
    case 'EISDIR':
      return `${path}: is a directory, not a file`
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`
    default:
      return `${path}: cannot read (${code ?? (e instanceof Error ? e.message : String(e))})`
  }
}

/** readLimited reads a file of at most `max` bytes, or throws a UsageError saying why not. */
export function readLimited(path: string, max = MAX_INPUT_BYTES): Uint8Array {
  let size: number
  try {
    const st = statSync(path)
    if (st.isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' })
    size = st.size
  } catch (e) {
    throw new UsageError(describeFsError(path, e))
  }
  if (size > max) {
    throw new UsageError(
      `${path}: ${(size / 1024 / 1024).toFixed(1)} MiB is too large (the limit is ${max / 1024 / 1024} MiB)`,
    )
  }
  try {
    return readFileSync(path)
  } catch (e) {
    throw new UsageError(describeFsError(path, e))
  }
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
        if (total > MAX_INPUT_BYTES)
          throw new UsageError(`standard input: more than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`)
        chunks.push(chunk as Buffer)
      }
      return Buffer.concat(chunks)
    },
    isTTY: Boolean(process.stderr.isTTY),
  }
}

/** decodeText decodes UTF-8 strictly; for binary content (NUL bytes or invalid UTF-8) it says why not. */
export function decodeText(bytes: Uint8Array, what: string): { text: string } | { error: string } {
  const nul = bytes.indexOf(0)
  if (nul >= 0) return { error: `${what}: binary content (a NUL byte at offset ${nul}), not a text file` }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) }
  } catch {
    return { error: `${what}: not UTF-8 text` }
  }
}
