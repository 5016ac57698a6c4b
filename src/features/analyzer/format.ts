// Numbers as the analyzer panel shows them, in the active language: grouped counts, bytes in binary units (KiB,
// MiB: the CLI's units, and those of `ls -lh` and `du -h` that admins compare with; КиБ, МиБ in Russian),
// seconds, and the progress line.
import type { Progress } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { formatBytes as formatSize, formatNumber } from '../../i18n/format.ts'

/** fixed: `n` with exactly `digits` decimals and no digit grouping, as toFixed writes it (1.5; 1,5 in Russian). */
const fixed = (n: number, digits: number) =>
  formatNumber(n, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })

/** formatCount: 1234567 → "1,234,567". */
export const formatCount = (n: number): string => formatNumber(n, { maximumFractionDigits: 0 })

/**
 * formatBytes: 1536 → "1.5 KiB", 1_073_741_824 → "1.0 GiB": the one size formatter (i18n/format.ts, the same as
 * the CLI's and Compare's, in the active language), with negatives as 0 B.
 */
export const formatBytes = (n: number): string => formatSize(Math.max(0, n))

/** formatSeconds: 1234 ms → "1.2". */
export const formatSeconds = (ms: number): string => fixed(ms / 1000, ms < 10_000 ? 1 : 0)

/** formatSpeed: the progress speed (given in MB/s) in MiB/s, with no decimals past 10. */
export function formatSpeed(mbPerSec: number): string {
  const mib = (mbPerSec * 1e6) / 1024 / 1024
  return fixed(mib, mib < 10 ? 1 : 0)
}

/** share: part of a whole as a fraction 0…1 (0 when the whole is 0). */
export const share = (part: number, whole: number): number => (whole > 0 ? Math.min(1, part / whole) : 0)

/** progressText: "312 MiB of 1.1 GiB · 180,234 events · 250 MiB/s". */
export function progressText(p: Progress): string {
  const a = t.analyzer
  return a.progress(
    formatBytes(p.bytesRead),
    p.totalBytes > 0 ? formatBytes(p.totalBytes) : '',
    a.units.events(formatCount(p.events)),
    a.units.perSecond(formatSpeed(p.mbPerSec)),
  )
}
