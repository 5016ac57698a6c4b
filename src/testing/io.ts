// An in-memory Io for running CLI commands in tests.
import type { Io } from '../cli/io.ts'
import { UsageError } from '../cli/io.ts'

export interface MemoryIo extends Io {
  out(): string
  err(): string
}

/** memoryIo serves `files` (text or bytes) and `stdin`, and records what the command prints. */
export function memoryIo(
  opts: { files?: Record<string, string | Uint8Array>; stdin?: string } = {},
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
    readStdin: async () => new TextEncoder().encode(opts.stdin ?? ''),
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
