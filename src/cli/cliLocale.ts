// The CLI's language, as other Unix tools choose it (POSIX locale precedence for messages): LC_ALL, else
// LC_MESSAGES, else LANG, the first one set and not empty; `ru_RU.UTF-8` and any other `ru*` is Russian, anything
// else (C, POSIX, en_US.UTF-8, unset) English.
import { localeFor, type Locale } from '../i18n/locale.ts'

/** cliLocale: the language of the CLI's messages for the environment `env`. */
export function cliLocale(env: Record<string, string | undefined>): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name]
    if (v) return localeFor(v)
  }
  return 'en'
}
