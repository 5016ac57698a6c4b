// Numbers and plurals in the active language (i18n/locale.ts), through Intl: Russian has three plural forms
// (1 правило, 2 правила, 5 правил), English two.
import { locale } from './locale.ts'

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
