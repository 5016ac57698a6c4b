// The strings the UI shows, in the active language. The language is chosen here, synchronously, before any
// strings module builds its words: in a page, the saved choice or the browser's languages (choice.ts); in node
// (the CLI, tests), whatever the caller set with setActiveLocale before importing this (English by default).
import { pageLocale } from './choice.ts'
import { en, type Strings } from './en.ts'
import { locale, setActiveLocale } from './locale.ts'
import { ru } from './ru.ts'

if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  setActiveLocale(pageLocale())
  document.documentElement.lang = locale()
}

/** t holds every user-facing string, in the active language (locale()). */
export const t: Strings = locale() === 'ru' ? ru : en
export type { Strings }
