// An in-memory Io for running CLI commands in tests.
import type { Io } from '../cli/io.ts'
import { UsageError } from '../cli/io.ts'

export interface MemoryIo extends Io {
  stdinStream(): AsyncIterable<Uint8Array>
  out(): string
  err(): string
}

/** memoryIo serves `files` (text or bytes) and `stdin`, and records what the command prints. */
export function memoryIo(
  opts: { files?: Record<string, string | Uint8Array>; stdin?: string | Uint8Array } = {},
): MemoryIo {
  let out = ''
  let err = ''
  const files = opts.files ?? {}
  return {
    stdout: (t) => {
      out += t
    },
    stderr: (t) => {
      err += t
    },
    readFile: async (p) => {
      const f = files[p]
      if (f === undefined) throw new UsageError(`${p}: no such file`)
      return typeof f === 'string' ? new TextEncoder().encode(f) : f
    },
    readStdin: async () =>
      typeof opts.stdin === 'string' || opts.stdin === undefined
        ? new TextEncoder().encode(opts.stdin ?? '')
        : opts.stdin,
    // Standard input streamed in small chunks (for `analyze --log -`).
    stdinStream: async function* () {
      const bytes =
        typeof opts.stdin === 'string'
          ? new TextEncoder().encode(opts.stdin)
          : (opts.stdin ?? new Uint8Array(0))
      for (let at = 0; at < bytes.length; at += 4096) yield bytes.subarray(at, at + 4096)
    },
    isTTY: false,
    out: () => out,
    err: () => err,
  }
}

/** fsIo reads real files (with the CLI's size limit) and records output in memory. */
export async function fsIo(stdin = ''): Promise<MemoryIo> {
  const { readLimited } = await import('../cli/io.ts')
  const io = memoryIo({ stdin })
  return { ...io, readFile: (p) => readLimited(p) }
}
