// Which language the page speaks: the one the user chose in the header (remembered in this browser), else the
// first of the browser's languages that the builder speaks (`ru*` → Russian, `en*` → English), else English.
// Read once, before any strings module evaluates (i18n/index.ts); a new choice takes effect on a reload
// (app/LanguageSwitch.tsx), which autosave survives.
import { localeFor, LOCALES, type Locale } from './locale.ts'

/** LOCALE_KEY: where the user's choice is kept in localStorage. */
export const LOCALE_KEY = 'audit-policy-builder:locale'

/** LANGUAGE_NAMES: each language's name in that language, as the switch shows it. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский' }

const isLocale = (v: unknown): v is Locale => (LOCALES as readonly unknown[]).includes(v)

/** browserLocale: the first of `languages` (BCP 47 tags, most preferred first) the builder speaks, else English. */
export function browserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0]
    if (isLocale(primary)) return localeFor(tag)
  }
  return 'en'
}

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** savedLocale: the language the user chose in this browser, or null when none was (or storage is off). */
export function savedLocale(): Locale | null {
  try {
    const v = storage()?.getItem(LOCALE_KEY)
    return isLocale(v) ? v : null
  } catch {
    return null
  }
}

/** saveLocale remembers the user's choice; false when the browser refuses to store it. */
export function saveLocale(l: Locale): boolean {
  try {
    const s = storage()
    if (!s) return false
    s.setItem(LOCALE_KEY, l)
    return s.getItem(LOCALE_KEY) === l
  } catch {
    return false
  }
}

/** pageLocale: the language of this page: the saved choice, else the browser's languages. */
export function pageLocale(): Locale {
  const nav = typeof navigator === 'undefined' ? undefined : navigator
  const languages = nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : []
  return savedLocale() ?? browserLocale(languages)
}
