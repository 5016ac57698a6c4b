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
