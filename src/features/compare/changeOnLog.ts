import type { ChangeOnLog } from '../../auditlog/diffOnLog.ts'
import { formatBytes } from '../../i18n/format.ts'
import { compareLogStrings } from '../../i18n/compareLog.ts'

export const signedBytes = (n: number) => `${n > 0 ? '+' : n < 0 ? '-' : ''}${formatBytes(Math.abs(n))}`

/** changeOnLogText: one change's figures on the log, and per day when the log has timestamps. */
export function changeOnLogText(m: ChangeOnLog | null): string {
  const w = compareLogStrings()
  if (m === null) return w.notMeasured
  const whole = w.changeLine(m.requests, m.events, signedBytes(m.bytes))
  const text = m.perDay
    ? `${whole} · ${w.changeLineDay(m.perDay.events, signedBytes(m.perDay.bytes))}`
    : whole
  return m.lowerBound ? `${text} (${w.lowerBound})` : text
}
