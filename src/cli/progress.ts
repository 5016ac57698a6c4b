// Progress of `analyze` on stderr. On a terminal, one line rewritten in place; elsewhere (a file, a pipe, CI),
// plain lines, only once a run has lasted a while and then now and again: the decision is made by time, so a
// small gzip that inflates to gigabytes gets progress just like a big plain log.
import type { Progress } from '../auditlog/index.ts'
import { cliStrings } from '../i18n/cli.ts'
import { formatBytes } from '../i18n/format.ts'
import type { Io } from './io.ts'

/** How often the analysis reports progress (the terminal line is rewritten this often). */
export const PROGRESS_INTERVAL_MS = 500
/** Off a terminal: no progress at all for runs shorter than this… */
export const QUIET_START_MS = 2000
/** …then one line at most this often. */
export const PLAIN_INTERVAL_MS = 5000

const MIB = 1024 * 1024

/** progressLine: one short status line (sizes and speed in binary units, as everywhere). */
export function progressLine(p: Progress): string {
  const of =
    p.totalBytes > 0
      ? { total: formatBytes(p.totalBytes), percent: Math.floor((100 * p.bytesRead) / p.totalBytes) }
      : null
  return `analyze: ${cliStrings().progress(formatBytes(p.bytesRead), of, p.events, Math.round((p.mbPerSec * 1e6) / MIB), p.fileIndex + 1, p.files)}`
}

/** ProgressPrinter writes progress updates to stderr as the kind of stderr calls for. */
export class ProgressPrinter {
  private readonly io: Pick<Io, 'stderr' | 'isTTY'>
  /** elapsedMs of the last line printed, or −1. */
  private last = -1

  constructor(io: Pick<Io, 'stderr' | 'isTTY'>) {
    this.io = io
  }

  /** update shows `p` if it is time to. */
  update(p: Progress): void {
    if (this.io.isTTY) {
      this.io.stderr(`\r${progressLine(p)}\u001b[K`)
      this.last = p.elapsedMs
      return
    }
    if (p.elapsedMs < QUIET_START_MS) return
    if (this.last >= 0 && p.elapsedMs - this.last < PLAIN_INTERVAL_MS) return
    this.io.stderr(`${progressLine(p)}\n`)
    this.last = p.elapsedMs
  }

  /** done clears the terminal line, if one was written. */
  done(): void {
    if (this.io.isTTY && this.last >= 0) this.io.stderr('\r\u001b[K')
  }
}
