// Numbers as the analyzer panel shows them: grouped counts, bytes in SI units (as the progress speed is in
// MB/s), seconds, and the progress line.
import type { Progress } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/** formatCount: 1234567 → "1,234,567". */
export const formatCount = (n: number): string => count.format(n)

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB']

/** formatBytes: 1_234_567 → "1.2 MB" (powers of 1000, like file managers and the MB/s speed). */
export function formatBytes(n: number): string {
  let v = Math.max(0, n)
  let u = 0
  while (v >= 1000 && u < UNITS.length - 1) {
    v /= 1000
    u++
  }
  if (u === 0) return `${Math.round(v)} B`
  return `${v >= 100 ? Math.round(v) : v.toFixed(1)} ${UNITS[u]}`
}

/** formatSeconds: 1234 ms → "1.2". */
export const formatSeconds = (ms: number): string => (ms / 1000).toFixed(ms < 10_000 ? 1 : 0)

/** formatSpeed: megabytes per second with no decimals past 10. */
export const formatSpeed = (mbPerSec: number): string => mbPerSec.toFixed(mbPerSec < 10 ? 1 : 0)

/** share: part of a whole as a fraction 0…1 (0 when the whole is 0). */
export const share = (part: number, whole: number): number => (whole > 0 ? Math.min(1, part / whole) : 0)

/** progressText: "312 MB of 1.1 GB · 180,234 events · 250 MB/s". */
export function progressText(p: Progress): string {
  const a = t.analyzer
  return a.progress(
    formatBytes(p.bytesRead),
    p.totalBytes > 0 ? formatBytes(p.totalBytes) : '',
    a.units.events(formatCount(p.events)),
    a.units.perSecond(formatSpeed(p.mbPerSec)),
  )
}
