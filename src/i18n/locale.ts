// The active language. It is chosen once at start (i18n/index.ts: the saved choice, else the browser's language)
// and read by the formatting helpers (i18n/format.ts), so numbers, plurals and dates follow the words.

export const LOCALES = ['en', 'ru'] as const
export type Locale = (typeof LOCALES)[number]

let active: Locale = 'en'

/** locale: the language the strings are in now. */
export function locale(): Locale {
  return active
}

/** setActiveLocale: makes `l` the language of the formatting helpers (called by i18n/index.ts only). */
export function setActiveLocale(l: Locale): void {
  active = l
}

/** localeFor: the supported language for a BCP 47 tag such as `ru-RU` or `en-GB` (`ru*` → ru, anything else → en). */
export function localeFor(tag: string | null | undefined): Locale {
  return typeof tag === 'string' && /^ru(?:[-_]|$)/i.test(tag) ? 'ru' : 'en'
}
