// The forecast: from the analyzed window (first to last stageTimestamp) and the bytes in it, what a policy writes
// per day and how many hours of history one API server's disk keeps under kube-apiserver's log rotation.
import type { FileSummary, PerDay, Rotation } from './types.ts'

/**
 * DKP_ROTATION: the flags DKP's control-plane-manager renders for `auditLog.output: File`
 * (`--audit-log-maxsize=100 --audit-log-maxbackup=10 --audit-log-maxage=30`, see docs/notes/analyzer.md).
 */
export const DKP_ROTATION: Rotation = { maxSizeMB: 100, maxBackups: 10, maxAgeDays: 30 }

/** lumberjack (kube-apiserver's log rotation) counts a megabyte as 2^20 bytes. */
const MEGABYTE = 1024 * 1024

/**
 * historyBytes: what one API server always keeps: maxBackups full files (the current file, up to one more,
 * starts empty after each rotation).
 */
export const historyBytes = (r: Rotation): number => r.maxBackups * r.maxSizeMB * MEGABYTE

/** TimeWindow: the analyzed time span. */
export interface TimeWindow {
  from: string
  to: string
  seconds: number
}

/** timeWindow is the span between two RFC 3339 timestamps, or null when it is empty or unreadable. */
export function timeWindow(from: string, to: string): TimeWindow | null {
  const a = Date.parse(from)
  const b = Date.parse(to)
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= a) return null
  return { from, to, seconds: (b - a) / 1000 }
}

/** perDay scales events and bytes seen in `w` to 24 hours. */
export function perDay(events: number, bytes: number, w: TimeWindow | null): PerDay | null {
  if (w === null) return null
  const k = 86_400 / w.seconds
  return { events: Math.round(events * k), bytes: Math.round(bytes * k) }
}

/**
 * historyHours: how many hours of audit log one API server keeps, at `bytesPerDay` for all `servers` together
 * (each writes its share to its own disk): the rotated files' capacity over the hourly volume, at most maxAgeDays.
 */
export function historyHours(bytesPerDay: number | null, r: Rotation, servers: number): number | null {
  if (bytesPerDay === null) return null
  const maxHours = r.maxAgeDays * 24
  const perHour = bytesPerDay / Math.max(1, servers) / 24
  if (perHour <= 0) return maxHours
  return Math.min(maxHours, historyBytes(r) / perHour)
}

/**
 * apiServers estimates how many API servers wrote the files: the most files whose time spans overlap at one
 * moment (rotated files of one server follow each other; files of several masters cover the same time). Files
 * that repeat another (sameAs) are left out.
 */
export function apiServers(files: FileSummary[]): number {
  const points: [number, number][] = []
  for (const f of files) {
    if (f.sameAs !== undefined || f.from === undefined || f.to === undefined) continue
    const a = Date.parse(f.from)
    const b = Date.parse(f.to)
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue
    points.push([a, 1], [b, -1])
  }
  // At equal times a file that ends goes before one that starts: back-to-back rotated files do not overlap.
  points.sort((x, y) => x[0] - y[0] || x[1] - y[1])
  let open = 0
  let most = 0
  for (const [, d] of points) {
    open += d
    most = Math.max(most, open)
  }
  return Math.max(1, most)
}
