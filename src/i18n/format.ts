// Numbers and plurals in the active language (i18n/locale.ts), through Intl: Russian has three plural forms
// (1 правило, 2 правила, 5 правил), English two.
import { locale } from './locale.ts'

/** The units of sizes, 1024 apart (binary units, as `ls -lh` and `du -h` print them). */
const BYTE_UNITS = {
  en: ['B', 'KiB', 'MiB', 'GiB', 'TiB'],
  ru: ['Б', 'КиБ', 'МиБ', 'ГиБ', 'ТиБ'],
} as const

/** The word forms of a counted noun; `few` and `many` are Russian's, English uses `one` and `other`. */
export interface PluralForms {
  one: string
  few?: string
  many?: string
  other: string
}

const rules = new Map<string, Intl.PluralRules>()
const numbers = new Map<string, Intl.NumberFormat>()

function pluralRules(l: string): Intl.PluralRules {
  let r = rules.get(l)
  if (!r) rules.set(l, (r = new Intl.PluralRules(l)))
  return r
}

/** formatNumber: `n` with the active language's digit grouping (12,345 / 12 345). */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  const l = locale()
  if (options) return n.toLocaleString(l === 'en' ? 'en-US' : l, options)
  let f = numbers.get(l)
  if (!f) numbers.set(l, (f = new Intl.NumberFormat(l === 'en' ? 'en-US' : l)))
  return f.format(n)
}

/** pluralForm: the form of the word that goes with `n` ("rules" for 5, "правил" for 5). */
export function pluralForm(n: number, forms: PluralForms): string {
  const category = pluralRules(locale()).select(n)
  return (
    (category === 'few' || category === 'many' || category === 'one' ? forms[category] : undefined) ??
    forms.other
  )
}

/** countOf: `n` and its word, "1 rule", "12,345 rules", "2 правила". */
export function countOf(n: number, forms: PluralForms): string {
  return `${formatNumber(n)} ${pluralForm(n, forms)}`
}

/**
 * numberList: rule numbers in words, "1–27, 29 and 31" ("1–27, 29 и 31" with `and` = "и"): sorted, runs of three
 * or more as a range, the last joined by `and`.
 */
export function numberList(ns: readonly number[], and: string): string {
  const sorted = [...new Set(ns)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`)
    else parts.push(...sorted.slice(i, j + 1).map(String))
    i = j + 1
  }
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`
}

/** fixed: `n` with exactly `digits` decimals and no digit grouping, as toFixed writes it (1.5; 1,5 in Russian). */
function fixed(n: number, digits: number): string {
  // One formatter per language and digits, kept: toLocaleString with options builds one per call (~1 ms each,
  // measured on the CLI's progress line).
  const l = locale()
  const key = `${l} ${digits}`
  let f = fixedFormats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(l === 'en' ? 'en-US' : l, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    })
    fixedFormats.set(key, f)
  }
  return f.format(n)
}
const fixedFormats = new Map<string, Intl.NumberFormat>()

/**
 * formatBytes: a size in binary units in the active language, 1536 → "1.5 KiB" ("1,5 КиБ"), 1023 → "1023 B",
 * 123.4 MiB → "123 MiB" (one decimal below 100, none from 100 on; a negative size keeps its sign).
 */
export function formatBytes(n: number): string {
  const units = BYTE_UNITS[locale()]
  let v = Math.abs(n)
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  const sign = n < 0 && v > 0 ? '-' : ''
  return u === 0
    ? `${sign}${fixed(Math.round(v), 0)} ${units[0]}`
    : `${sign}${fixed(v, v >= 100 ? 0 : 1)} ${units[u]}`
}

/** formatMebibytes: `bytes` in MiB with `digits` decimals, 9_961_472 → "9.5 MiB" ("9,5 МиБ"). */
export function formatMebibytes(bytes: number, digits: number): string {
  return `${fixed(bytes / 1024 / 1024, digits)} ${BYTE_UNITS[locale()][2]}`
}

const timeFormats = new Map<string, Intl.DateTimeFormat>()

/** A format per language and shape; audit timestamps are UTC, so times are shown in UTC, whatever the machine's zone. */
function timeFormat(withYear: boolean): Intl.DateTimeFormat {
  const l = locale()
  const key = `${l}:${withYear}`
  let f = timeFormats.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(l === 'en' ? 'en-US' : l, {
      ...(withYear ? { year: 'numeric', second: '2-digit', timeZoneName: 'short' } : {}),
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'UTC',
    })
    timeFormats.set(key, f)
  }
  return f
}

/**
 * formatTime: an RFC 3339 timestamp from an audit log in the active language, in UTC, "Sep 11, 2017, 19:55:05 UTC"
 * ("11 сент. 2017 г., 19:55:05 UTC"); a text that is not a timestamp is shown as it is.
 */
export function formatTime(rfc3339: string): string {
  const ms = Date.parse(rfc3339)
  return Number.isNaN(ms) ? rfc3339 : timeFormat(true).format(ms)
}

/** formatTimeShort: a moment (milliseconds since the epoch) as a chart's axis label, "Sep 11, 09:05" ("11 сент., 09:05"), UTC. */
export function formatTimeShort(ms: number): string {
  return timeFormat(false).format(ms)
}
